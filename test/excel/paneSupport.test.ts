/**
 * What the task pane asks of the adapter besides grading: a cell's address and selecting it, what the output
 * columns already hold before a first Grade all, the customer under the selection, and why a table cannot be
 * graded. Against the simulator (src/simulator), not Excel.
 */
import { createExcelAdapter } from "../../src/excel";
import { createWorkbook } from "../../src/simulator";
import { SEED_HEADERS, SEED_ROWS, STRUCTURED_HEADERS, TODAY, hostOf, structuredRows, workbookWith } from "./fixtures";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );

async function boundAdapter(workbook: ReturnType<typeof seedWorkbook>, table = "客户表") {
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const bound = await adapter.bind(table);
  if (!bound.ok) throw new Error(bound.error.message.en);
  return adapter;
}

describe("a cell of the bound table", () => {
  test("has the address Excel gives it, quoting a sheet name that needs it", async () => {
    const adapter = await boundAdapter(seedWorkbook());
    expect(adapter.cellAddress(0, 0)).toBe("客户!B3");
    expect(adapter.cellAddress(2, 5)).toBe("客户!G5");
    const spaced = createWorkbook({
      sheets: [{ name: "My customers" }],
      tables: [
        {
          name: "T",
          sheet: "My customers",
          topRow: 0,
          leftColumn: 0,
          headers: ["客户名称", "财务状况"],
          rows: [["甲", "良好"]],
        },
      ],
    });
    const other = await boundAdapter(spaced, "T");
    expect(other.cellAddress(0, 1)).toBe("'My customers'!B2");
  });

  test("is selected in Excel, switching to its sheet when another sheet is active", async () => {
    const workbook = seedWorkbook();
    const adapter = await boundAdapter(workbook);
    workbook.userSelect("Notes", 0, 0);
    expect((await adapter.selectCell(1, 5)).ok).toBe(true);
    expect(workbook.activeSheet()).toBe("客户");
    expect(workbook.selectedAddress()).toBe("客户!G4");
  });

  test("cannot be selected before a table is bound", async () => {
    const adapter = createExcelAdapter(hostOf(seedWorkbook()), { today: TODAY });
    const result = await adapter.selectCell(0, 0);
    expect(!result.ok && result.error.code).toBe("not-bound");
    expect(adapter.cellAddress(0, 0)).toBeNull();
  });
});

describe("what the output columns hold before the first Grade all", () => {
  test("counts the analyst's own grades and remarks in seed 000's 客户等级 and 备注, and writes nothing", async () => {
    const workbook = seedWorkbook();
    const adapter = await boundAdapter(workbook);
    const before = JSON.stringify(workbook.tableValues("客户表"));
    const inUse = await adapter.outputsInUse();
    expect(inUse.ok && inUse.value).toEqual({ headers: ["客户等级", "备注"], filledCells: 6, owned: false });
    expect(JSON.stringify(workbook.tableValues("客户表"))).toBe(before);
  });

  test("is nothing for a table without output columns", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      SEED_ROWS.map((r) => r.slice(0, 6)),
    );
    const adapter = await boundAdapter(workbook);
    const inUse = await adapter.outputsInUse();
    expect(inUse.ok && inUse.value).toEqual({ headers: [], filledCells: 0, owned: false });
  });

  test("once claimed, is owned and is not counted again, also for a later session of the same workbook", async () => {
    const workbook = seedWorkbook();
    const adapter = await boundAdapter(workbook);
    expect((await adapter.claimOutputs()).ok).toBe(true);
    expect((await adapter.claimOutputs()).ok).toBe(true); // twice keeps one entry
    expect(workbook.settings["customerGrader.ownedOutputs"]).toEqual([adapter.bound()?.meta.id]);
    const later = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await later.restore();
    const inUse = await later.outputsInUse();
    expect(inUse.ok && inUse.value).toEqual({ headers: ["客户等级", "备注"], filledCells: 0, owned: true });
  });

  test("counts a large table in several reads, each under the payload limit", async () => {
    const rows = structuredRows(60_000).map((r, i) => [...r, i % 3 === 0 ? "" : "A级"]);
    const workbook = workbookWith("大表", [...STRUCTURED_HEADERS, "客户等级"], rows);
    const adapter = await boundAdapter(workbook, "大表");
    workbook.resetStats();
    const inUse = await adapter.outputsInUse();
    expect(inUse.ok && inUse.value.filledCells).toBe(40_000);
    expect(workbook.stats.syncs).toBeGreaterThan(2);
  });
});

describe("the customer under the selection", () => {
  test("is the selected row's record and result, and null outside the table or on another sheet", async () => {
    const workbook = seedWorkbook();
    const adapter = await boundAdapter(workbook);
    workbook.userSelect("客户", 3, 4);
    const yy = await adapter.currentCustomer();
    expect(yy.ok && yy.value?.record["客户名称"]).toBe("YY贸易公司");
    expect(yy.ok && yy.value?.result?.status === "graded" && yy.value.result.grade).toBe("B");
    workbook.userSelect("客户", 1, 1); // the header row
    expect(await adapter.currentCustomer()).toEqual({ ok: true, value: null });
    workbook.userSelect("Notes", 3, 4);
    expect(await adapter.currentCustomer()).toEqual({ ok: true, value: null });
    workbook.userSelect("客户", 0, 0, 10, 1); // column A only: left of the table
    expect(await adapter.currentCustomer()).toEqual({ ok: true, value: null });
  });
});

describe("why a table cannot be graded", () => {
  test("is known from its header alone, before any grading", async () => {
    const adapter = await boundAdapter(workbookWith("杂项", ["序号", "日期"], [[1, "2026-01-01"]]), "杂项");
    expect(adapter.tableProblem()?.code).toBe("no-recognised-columns");
    const seed = await boundAdapter(seedWorkbook());
    expect(seed.tableProblem()).toBeNull();
  });
});

describe("stopping a watch", () => {
  test("twice (by a new binding, then by its owner) removes its handler once and keeps the new one", async () => {
    const workbook = seedWorkbook();
    const adapter = await boundAdapter(workbook);
    const selection = await adapter.watchSelection(() => undefined);
    const auto = await adapter.startAutoGrade();
    if (!selection.ok || !auto.ok) throw new Error("watches did not start");
    await adapter.bind("客户表"); // stops both
    const again = await adapter.watchSelection(() => undefined);
    expect(again.ok).toBe(true);
    await selection.value.stop();
    await auto.value.stop();
    expect(workbook.handlerCount("客户表")).toBe(1);
  });
});

describe("a cell of a table that is no longer the bound one", () => {
  test("has no address and is not selected: the adapter says the table changed", async () => {
    const workbook = createWorkbook({
      sheets: [{ name: "客户" }, { name: "Old" }],
      tables: [
        {
          name: "客户表",
          sheet: "客户",
          topRow: 1,
          leftColumn: 1,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.map((r) => [...r]),
        },
        {
          name: "Archive",
          sheet: "Old",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.map((r) => [...r]),
        },
      ],
    });
    const adapter = await boundAdapter(workbook);
    const graded = adapter.bound()!.binding.tableId;
    expect(adapter.cellAddress(0, 0, graded)).toBe("客户!B3");
    await adapter.bind("Archive");
    expect(adapter.cellAddress(0, 0, graded)).toBeNull();
    const selectedBefore = workbook.selectedAddress();
    const refused = await adapter.selectCell(0, 0, graded);
    expect(!refused.ok && refused.error.code).toBe("table-changed");
    expect(workbook.selectedAddress()).toBe(selectedBefore);
    expect(adapter.cellAddress(0, 0, adapter.bound()!.binding.tableId)).toBe("Old!A2");
  });
});

describe("the column-mapping fixes", () => {
  const twoTables = () =>
    createWorkbook({
      sheets: [{ name: "客户" }, { name: "Old" }],
      tables: [
        {
          name: "客户表",
          sheet: "客户",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.map((r) => [...r]),
        },
        {
          name: "Archive",
          sheet: "Old",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.map((r) => [...r]),
        },
      ],
    });

  test("are kept per table: binding another table and back, with no fixes given, brings them back", async () => {
    const workbook = twoTables();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客户表", { 服务偏好: null });
    await adapter.bind("Archive");
    expect(adapter.bound()?.binding.overrides).toEqual({});
    await adapter.bind("客户表");
    expect(adapter.bound()?.binding.overrides).toEqual({ 服务偏好: null });
    expect(adapter.bound()?.mapping.columns.servicePreferences).toBeUndefined();
    expect(workbook.settings["customerGrader.binding"]).toMatchObject({
      tableName: "客户表",
      overrides: { 服务偏好: null },
    });
  });

  test("follow a renamed table (they are saved by its id), in a later session too", async () => {
    const workbook = twoTables();
    const first = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await first.bind("客户表", { 服务偏好: null });
    workbook.renameTable("客户表", "客户名单");
    const later = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const bound = await later.bind("客户名单");
    expect(bound.ok && bound.value.binding.overrides).toEqual({ 服务偏好: null });
  });

  test("given explicitly, replace the saved ones for that table only", async () => {
    const workbook = twoTables();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("Archive", { 财务状况: null });
    await adapter.bind("客户表", { 服务偏好: null });
    await adapter.bind("客户表", {});
    await adapter.bind("Archive");
    expect(adapter.bound()?.binding.overrides).toEqual({ 财务状况: null });
    await adapter.bind("客户表");
    expect(adapter.bound()?.binding.overrides).toEqual({});
  });
});
