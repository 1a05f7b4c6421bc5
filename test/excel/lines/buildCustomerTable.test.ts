/**
 * Customers from lines on the simulator, with the test builder (test/support/testCustomersBuilder.ts) standing in
 * for the engine's: the first build's sheet, table, formats and link; a refresh that changes only the measures;
 * what is said instead of guessed; the syncs it costs.
 */
import { LINES_LINKS_SETTING } from "../../../src/excel/lines/linesLinks";
import { testBuildCustomers } from "../../support/testCustomersBuilder";
import { AS_OF, LINES, addColumn, adapterOn, appendLines, buildFrom, linesWorkbook } from "./support";

const SERIAL_2026_07_01 = 46204;

describe("the first build", () => {
  test("writes a new sheet 客户汇总 with the table 客户汇总表: one row per customer, its measures formatted", async () => {
    const workbook = linesWorkbook();
    const built = await buildFrom(adapterOn(workbook));
    expect(built).toMatchObject({
      action: "created",
      sheetName: "客户汇总",
      tableName: "客户汇总表",
      linesTableName: "运单明细",
      lines: 5,
      added: 3,
      updated: 0,
      kept: 0,
      linesAfterAsOf: 1,
      issues: [],
    });
    expect(workbook.sheetNames()).toEqual(["运单明细", "Notes", "客户汇总"]);
    expect(workbook.tableValues("客户汇总表")).toEqual({
      headers: ["客户名称", "年交易额", "订单数", "最近交易日期"],
      rows: [
        ["华通电子", 1500, 2, 46162],
        ["申达物资", 250, 1, 46083],
        ["联运纺织", 80, 1, SERIAL_2026_07_01],
      ],
    });
    expect(workbook.cell("客户汇总", 1, 1).numberFormat).toBe("#,##0.00");
    expect(workbook.cell("客户汇总", 3, 2).numberFormat).toBe("0");
    expect(workbook.cell("客户汇总", 3, 3).numberFormat).toBe("yyyy-mm-dd");
    expect(workbook.cell("客户汇总", 1, 0).numberFormat).toBe("General");
    expect(workbook.formatting("客户汇总").frozenRows).toBe(1);
    expect(workbook.activeSheet()).toBe("客户汇总");
    const links = workbook.settings[LINES_LINKS_SETTING] as Record<
      string,
      { customersTableId: string; measures: string[] }
    >;
    expect(Object.values(links)).toEqual([
      expect.objectContaining({
        customersTableId: built.tableId,
        keyHeader: "客户名称",
        lang: "zh-CN",
        measures: ["年交易额", "订单数", "最近交易日期"],
      }),
    ]);
    expect(workbook.cell("Notes", 0, 0).value).toBe("keep me");
  });

  test("costs four syncs for a small lines table: position and names, the lines, the table, the link", async () => {
    const workbook = linesWorkbook();
    const adapter = adapterOn(workbook);
    workbook.resetStats();
    await buildFrom(adapter);
    expect(workbook.stats.syncs).toBe(4);
  });

  test("takes the next free names when the analyst has a sheet 客户汇总 and a table 客户汇总表", async () => {
    const workbook = linesWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.add("客户汇总");
      sheet.getRange("A1:B2").values = [
        ["mine", "too"],
        [1, 2],
      ];
      context.workbook.tables.add("客户汇总!A1:B2", true).name = "客户汇总表";
      await context.sync();
    });
    const built = await buildFrom(adapterOn(workbook));
    expect([built.sheetName, built.tableName]).toEqual(["客户汇总 2", "客户汇总表2"]);
    expect(workbook.tableValues("客户汇总表")).toEqual({ headers: ["mine", "too"], rows: [[1, 2]] });
  });

  test("names the sheet and headers in the language asked for", async () => {
    const workbook = linesWorkbook();
    const built = await buildFrom(adapterOn(workbook), "en");
    expect([built.sheetName, built.tableName]).toEqual(["Customers from lines", "CustomersFromLines"]);
    expect(workbook.tableValues("CustomersFromLines").headers).toEqual([
      "Customer",
      "Annual amount",
      "Orders",
      "Last transaction",
    ]);
  });

  test("lists an unreadable line with its address in the lines table, and builds from the rest", async () => {
    const workbook = linesWorkbook([...LINES, ["Y006", "2026-08-01", "华通电子", "abc"]]);
    const built = await buildFrom(adapterOn(workbook));
    expect(built.issues.map((i) => [i.address, i.issue.header, i.sheetName, i.cell])).toEqual([
      ["运单明细!D7", "金额", "运单明细", "D7"],
    ]);
    expect(workbook.tableValues("客户汇总表").rows[0]).toEqual(["华通电子", 1500, 2, 46162]);
  });

  test("refuses a table without the columns the builder needs, writing nothing", async () => {
    const workbook = linesWorkbook();
    await addColumn(workbook, "运单明细", "备注", ["", "", "", "", ""]);
    const adapter = adapterOn(workbook);
    const result = await adapter.buildCustomerTable("Notes-less", testBuildCustomers, { asOf: AS_OF, lang: "en" });
    expect(result.ok || result.error.code).toBe("table-not-found");
    const sheets = workbook.sheetNames();
    const refused = await adapter.buildCustomerTable(
      "运单明细",
      () => ({
        ok: false,
        error: { kind: "no-lines", message: { "zh-CN": "没有明细", "zh-TW": "沒有明細", en: "no lines" } },
      }),
      { asOf: AS_OF, lang: "en" },
    );
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: "lines-unusable" }) });
    if (!refused.ok) expect(refused.error.message.en).toContain("no lines");
    expect(workbook.sheetNames()).toEqual(sheets);
  });
});

describe("a refresh", () => {
  /** Built, bound, graded with the summary and history on, an analyst's column added. */
  async function builtAndGraded() {
    const workbook = linesWorkbook();
    const adapter = adapterOn(workbook);
    const built = await buildFrom(adapter);
    const bound = await adapter.bind(built.tableName);
    if (!bound.ok) throw new Error(bound.error.message.en);
    await adapter.setPortfolioViews(true);
    const graded = await adapter.gradeAll();
    if (!graded.ok) throw new Error(graded.error.message.en);
    await addColumn(workbook, built.tableName, "跟进人", ["张伟", "李娜", "'0012"]);
    return { workbook, adapter, built };
  }

  /** Every column of the customer table that is not a measure, and every other sheet's cells. */
  function notMeasures(workbook: ReturnType<typeof linesWorkbook>, table: string) {
    const { headers, rows } = workbook.tableValues(table);
    const keep = headers
      .map((h, i) => [h, i] as const)
      .filter(([h]) => !["年交易额", "订单数", "最近交易日期"].includes(String(h)));
    return keep.map(([h, i]) => [
      h,
      ...rows.slice(0, 3).map((r) => r[i]),
      ...rows.slice(0, 3).map((_, r) => workbook.cell("客户汇总", r + 1, i).numberFormat),
    ]);
  }

  test("after lines were added: rewrites the measures, appends the new customer, keeps the analyst's column, the grades and the history byte-equal", async () => {
    const { workbook, adapter, built } = await builtAndGraded();
    const before = notMeasures(workbook, built.tableName);
    const history = workbook.tableValues("等级变动记录");
    const headers = workbook.tableValues(built.tableName).headers;
    expect(headers).toEqual(["客户名称", "年交易额", "订单数", "最近交易日期", "客户等级", "评分", "备注", "跟进人"]);
    await appendLines(workbook, [
      ["Y006", "2026-09-15", "申达物资", 400],
      ["Y007", "2026-10-01", "顺源家居", 120],
    ]);
    workbook.resetStats();
    const refreshed = await buildFrom(adapter);
    expect(refreshed).toMatchObject({
      action: "refreshed",
      tableName: built.tableName,
      added: 1,
      updated: 1,
      unchanged: 2,
      kept: 0,
    });
    // Lines table, lines and link, customer table, its rows, the writes: five syncs; a sixth re-reads the bound table.
    expect(workbook.stats.syncs).toBe(6);
    expect(notMeasures(workbook, built.tableName)).toEqual(before);
    expect(workbook.tableValues("等级变动记录")).toEqual(history);
    const { rows } = workbook.tableValues(built.tableName);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["华通电子", 1500, 2, 46162],
      ["申达物资", 650, 2, 46280],
      ["联运纺织", 80, 1, SERIAL_2026_07_01],
      ["顺源家居", 120, 1, 46296],
    ]);
    expect(rows[3]?.slice(4)).toEqual(["", "", "", ""]);
    expect(workbook.cell("客户汇总", 4, 1).numberFormat).toBe("#,##0.00");
    expect(workbook.eventsEnabled()).toBe(true);
  });

  test("a second refresh with nothing new writes no cell", async () => {
    const { workbook, adapter } = await builtAndGraded();
    await buildFrom(adapter);
    workbook.resetStats();
    const again = await buildFrom(adapter);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(workbook.stats.requests.reduce((n, r) => n + r.cellsWritten, 0)).toBe(0);
  });

  test("keeps the row of a customer the lines no longer have, its measures blank", async () => {
    const workbook = linesWorkbook();
    const adapter = adapterOn(workbook);
    const built = await buildFrom(adapter);
    await addColumn(workbook, built.tableName, "备注2", ["a", "b", "c"]);
    await workbook.run(async (context) => {
      // The analyst corrects a customer name in the lines: 联运纺织 has no line left.
      context.workbook.worksheets.getItem("运单明细").getRange("C5").values = [["顺源家居"]];
      await context.sync();
    });
    const refreshed = await buildFrom(adapter);
    expect(refreshed).toMatchObject({ added: 1, kept: 1 });
    expect(workbook.tableValues(built.tableName).rows).toEqual([
      ["华通电子", 1500, 2, 46162, "a"],
      ["申达物资", 250, 1, 46083, "b"],
      ["联运纺织", "", "", "", "c"],
      ["顺源家居", 80, 1, SERIAL_2026_07_01, ""],
    ]);
  });

  test("says so, writing nothing, when the analyst renamed a measure column", async () => {
    const workbook = linesWorkbook();
    const adapter = adapterOn(workbook);
    const built = await buildFrom(adapter);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("客户汇总").getRange("B1").values = [["本年交易额"]];
      await context.sync();
    });
    await appendLines(workbook, [["Y006", "2026-09-15", "申达物资", 400]]);
    const before = workbook.tableValues(built.tableName);
    const result = await adapter.buildCustomerTable("运单明细", testBuildCustomers, { asOf: AS_OF, lang: "zh-CN" });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "measure-columns-missing" }) });
    if (!result.ok) expect(result.error.message["zh-CN"]).toContain("“年交易额”");
    expect(workbook.tableValues(built.tableName)).toEqual(before);
  });

  test("builds a new table when the analyst deleted the one built before", async () => {
    const workbook = linesWorkbook();
    const adapter = adapterOn(workbook);
    const built = await buildFrom(adapter);
    workbook.deleteTable(built.tableName);
    const again = await buildFrom(adapter);
    expect(again.action).toBe("created");
    expect(again.tableName).toBe("客户汇总表");
    expect(again.sheetName).toBe("客户汇总 2");
  });

  test("re-reads the bound customer table, so Grade all grades the appended rows", async () => {
    const { workbook, adapter, built } = await builtAndGraded();
    await appendLines(workbook, [["Y007", "2026-10-01", "顺源家居", 120]]);
    await buildFrom(adapter);
    expect(adapter.bound()?.meta.rowCount).toBe(4);
    const graded = await adapter.gradeAll();
    expect(graded.ok).toBe(true);
    expect(workbook.tableValues(built.tableName).rows[3]?.[4]).not.toBe("");
  });
});

describe("the tables offered", () => {
  test("marks the lines table, the one a customer table was built from, and that customer table", async () => {
    const workbook = linesWorkbook();
    const adapter = adapterOn(workbook);
    const before = await adapter.linesTables(testBuildCustomers, "zh-CN");
    expect(before).toEqual({
      ok: true,
      value: [
        expect.objectContaining({ name: "运单明细", looksLikeLines: true, customerTable: null, builtFromLines: false }),
      ],
    });
    await buildFrom(adapter);
    const after = await adapter.linesTables(testBuildCustomers, "zh-CN");
    expect(after.ok && after.value.map((t) => [t.name, t.looksLikeLines, t.customerTable, t.builtFromLines])).toEqual([
      ["运单明细", true, "客户汇总表", false],
      ["客户汇总表", false, null, true],
    ]);
  });
});

test("a large lines table is read and written in chunks under Excel's request limit", async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => [
    `Y${i}`,
    46000 + (i % 300),
    `客户${i % 3000}`,
    100 + (i % 17),
  ]);
  const workbook = linesWorkbook(rows);
  const adapter = adapterOn(workbook);
  workbook.resetStats();
  const built = await buildFrom(adapter);
  expect(built.added).toBe(3000);
  const reads = workbook.stats.requests.filter((r) => r.cellsRead > 1000).length;
  expect(reads).toBeGreaterThan(1);
  // Position, the reads, the table (one chunk of 3,000 customers), the link.
  expect(workbook.stats.syncs).toBe(1 + reads + 2);
  expect(workbook.tableValues(built.tableName).rows).toHaveLength(3000);
});
