/**
 * The Excel adapter against the strict simulator of the Excel JavaScript API (src/simulator): these are
 * simulator results, not Excel results (Excel does not run on these machines).
 */
import { defaultRuleSetJson } from "../../src/engine";
import { createExcelAdapter } from "../../src/excel";
import { createWorkbook } from "../../src/simulator";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "./fixtures";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );

describe("binding a table", () => {
  test("lists the workbook's tables with their sheets", async () => {
    const adapter = createExcelAdapter(hostOf(seedWorkbook()), { today: TODAY });
    const tables = await adapter.listTables();
    expect(tables.ok && tables.value.map((t) => [t.name, t.sheetName])).toEqual([["客户表", "客户"]]);
  });

  test("says what to do when the workbook has no tables", async () => {
    const adapter = createExcelAdapter(
      hostOf(createWorkbook({ sheets: [{ name: "Sheet1", cells: [["客户名称"], ["甲"]] }] })),
      { today: TODAY },
    );
    const tables = await adapter.listTables();
    expect(!tables.ok && tables.error.code).toBe("no-tables");
    expect(!tables.ok && tables.error.message["zh-CN"]).toContain("Ctrl+T");
  });

  test("refuses a host without ExcelApi 1.8 with a message in each language, touching nothing", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook, "none"), { today: TODAY });
    const result = await adapter.bind("客户表");
    expect(!result.ok && result.error.code).toBe("host-too-old");
    expect(!result.ok && Object.values(result.error.message).every((m) => m.includes("ExcelApi 1.8"))).toBe(true);
    expect(workbook.stats.syncs).toBe(0);
  });

  test("reports a missing table by name", async () => {
    const adapter = createExcelAdapter(hostOf(seedWorkbook()), { today: TODAY });
    const result = await adapter.bind("没有这个表");
    expect(!result.ok && result.error.code).toBe("table-not-found");
    expect(!result.ok && result.error.message["zh-CN"]).toContain("没有这个表");
  });

  test("notices a bound table that was renamed, and one that was deleted", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    expect((await adapter.bind("客户表")).ok).toBe(true);
    workbook.renameTable("客户表", "Customers2026");
    const renamed = await adapter.gradeAll();
    expect(!renamed.ok && renamed.error.code).toBe("table-renamed");
    expect(!renamed.ok && renamed.error.message.en).toContain("Customers2026");
    workbook.deleteTable("Customers2026");
    const deleted = await adapter.gradeAll();
    expect(!deleted.ok && deleted.error.code).toBe("table-deleted");
  });

  test("refuses a table with no column it can grade, and writes nothing", async () => {
    const workbook = workbookWith("杂项", ["序号", "日期"], [[1, "2026-01-01"]]);
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    expect((await adapter.bind("杂项")).ok).toBe(true);
    const before = JSON.stringify(workbook.tableValues("杂项"));
    const result = await adapter.gradeAll();
    expect(!result.ok && result.error.code).toBe("no-recognised-columns");
    expect(JSON.stringify(workbook.tableValues("杂项"))).toBe(before);
  });

  test("saves a rule set in the workbook and recalculates so the custom functions follow it", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const rules = JSON.parse(JSON.stringify(adapter.ruleSet().source)) as { language: string };
    rules.language = "en";
    expect((await adapter.saveRuleSet(rules)).ok).toBe(true);
    expect(workbook.lastRequest()?.calculation).toBe("Full");
    const again = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await again.restore();
    expect(again.ruleSet().language).toBe("en");
  });

  test("refuses a rule set that does not validate, listing each problem's path, and saves nothing", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const saved = await adapter.saveRuleSet({ format: "customer-grader/rules", version: 1, grades: "A" });
    expect(!saved.ok && saved.error.map((p) => p.path)).toEqual(expect.arrayContaining(["grades", "dimensions"]));
    expect(workbook.stats.syncs).toBe(0);
  });

  test("remembers the binding and the mapping fixes in the workbook itself", async () => {
    const workbook = seedWorkbook();
    const first = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await first.bind("客户表", { 联系电话: null });
    const second = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const restored = await second.restore();
    expect(restored.ok && restored.value?.binding.tableName).toBe("客户表");
    expect(restored.ok && restored.value?.binding.overrides).toEqual({ 联系电话: null });
  });
});

describe("Grade all", () => {
  test("grades the seed table A, B, C into its own grade and remark columns, adding a score column", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客户表");
    const result = await adapter.gradeAll();
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.counts).toEqual({ A: 1, B: 1, C: 1, D: 0 });
    expect(result.value.addedColumns).toEqual(["评分"]);
    const table = workbook.tableValues("客户表");
    expect(table.headers).toEqual([...SEED_HEADERS, "评分"]);
    expect(table.rows.map((r) => r[6])).toEqual(["A", "B", "C"]);
    expect(table.rows.map((r) => r[7])).toEqual([
      "重点客户,优先安排；指派专职业务代表,提供增值服务",
      "关注客户需求变化；提升基础服务质量",
      "加强沟通,提高信任度",
    ]);
    expect(table.rows.map((r) => r[8])).toEqual([97.3, 55.8, 36.3]);
    // The analyst's own grades ("A级"...) and two of the three remarks were replaced, and the summary says so
    // (ZZ's remark already read "加强沟通,提高信任度").
    expect(result.value.replacedCells).toBe(5);
    expect(result.value.alikeCells).toBe(1); // with the 5: every cell the confirmation counts (outputsInUse)
  });

  test("once the columns are the add-in's, a re-grade that changes grades replaces nothing of the analyst's", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客户表");
    await adapter.gradeAll();
    await adapter.claimOutputs();
    workbook.userEdit("客户", 2, 6, "较差"); // XX's finances: its grade, score and remark change
    const again = await adapter.gradeAll();
    if (!again.ok) throw new Error(again.error.message.en);
    expect(again.value.cellsWritten).toBeGreaterThan(0);
    expect([again.value.replacedCells, again.value.alikeCells]).toEqual([0, 0]);
  });

  test("grading twice writes nothing the second time", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客户表");
    await adapter.gradeAll();
    const second = await adapter.gradeAll();
    expect(second.ok && second.value.cellsWritten).toBe(0);
  });

  test("reports every unreadable cell with its table row and column", async () => {
    const workbook = workbookWith(
      "T",
      ["客户名称", "年交易额", "财务状况"],
      [
        ["甲", "很多", "良好"],
        ["乙", 100000, "良号"],
      ],
    );
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("T");
    const result = await adapter.gradeAll();
    expect(result.ok && result.value.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [0, 1, "unreadable-number"],
      [1, 2, "unrecognised-words"],
    ]);
  });

  test("keeps text as text: a customer named like a formula stays text, and so does a remark starting with =", async () => {
    // The analyst typed the first name with Excel's text prefix ('), so Excel holds it as text.
    const rows = [
      ['\'=HYPERLINK("http://x")', "电子产品,每月两次,国内各地", "良好,长期合作"],
      ["+86 139 0000", "纺织品,每周一次", "一般"],
    ];
    const workbook = workbookWith("T", ["客户名称", "运输需求", "财务状况"], rows);
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("T");
    const rules = JSON.parse(JSON.stringify(adapter.ruleSet().source)) as {
      grades: { remark: Record<string, string> }[];
    };
    for (const g of rules.grades) g.remark["zh-CN"] = `=${g.remark["zh-CN"]}`;
    expect((await adapter.saveRuleSet(rules)).ok).toBe(true);
    await adapter.gradeAll();
    for (let row = 2; row <= 3; row++) {
      for (let column = 1; column <= 6; column++) expect(workbook.cell("客户", row, column).formula).toBeNull();
    }
    expect(workbook.cell("客户", 2, 6).value).toMatch(/^=重点客户/); // the remark column, added right of the score
  });

  test("never touches cells outside its own columns, nor other sheets", async () => {
    const workbook = seedWorkbook();
    const before = workbook.tableValues("客户表");
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客户表");
    await adapter.gradeAll();
    const after = workbook.tableValues("客户表");
    after.rows.forEach((row, r) => row.slice(0, 6).forEach((cell, c) => expect(cell).toBe(before.rows[r]?.[c])));
    expect(workbook.cell("Notes", 0, 0).value).toBe("keep me");
  });

  test("turns events off while writing and suspends calculation, then turns events back on", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客户表");
    await adapter.gradeAll();
    expect(workbook.eventsEnabled()).toBe(true);
    expect(workbook.stats.requests.some((r) => r.suspendedCalculation)).toBe(true);
  });
});

describe("Grade all in other languages and with rank criteria", () => {
  test("adds missing output columns with headers in the table's language", async () => {
    const workbook = workbookWith(
      "客戶表",
      ["客戶名稱", "運輸需求", "財務狀況"],
      [["XX科技有限公司", "電子產品,每月兩次,國內各地", "良好,長期合作"]],
    );
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("客戶表");
    const result = await adapter.gradeAll();
    expect(result.ok && result.value.addedColumns).toEqual(["客戶等級", "評分", "備註"]);
  });

  test("with a rank criterion, grades the whole table at once and keeps the report for the score card", async () => {
    const workbook = workbookWith(
      "T",
      ["客户名称", "年交易额", "财务状况"],
      [
        ["甲", 100, "良好"],
        ["乙", 300, "良好"],
        ["丙", 200, "良好"],
      ],
    );
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    await adapter.bind("T");
    const rules = JSON.parse(JSON.stringify(adapter.ruleSet().source)) as {
      dimensions: { id: string; criteria: unknown[] }[];
    };
    const volume = rules.dimensions.find((d) => d.id === "volume");
    if (!volume) throw new Error("default rules have a volume dimension");
    volume.criteria = [{ id: "amount-rank", field: "annualAmount", kind: "rank" }];
    expect((await adapter.saveRuleSet(rules)).ok).toBe(true);
    const result = await adapter.gradeAll();
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.report?.row(1).status).toBe("graded");
    const scores = workbook.tableValues("T").rows.map((r) => r[4]);
    expect(scores[1]).toBeGreaterThan(scores[2] as number); // 乙 has the largest amount
    expect(scores[2]).toBeGreaterThan(scores[0] as number);
  });
});

describe("the language of a new rule set's remarks", () => {
  test("a workbook without rules of its own gets the default ones in the analyst's language", async () => {
    const workbook = seedWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, ruleLanguage: () => "zh-TW" });
    await adapter.restore();
    await adapter.bind("客户表");
    expect(adapter.ruleSet().language).toBe("zh-TW");
    const result = await adapter.gradeAll();
    if (!result.ok) throw new Error(result.error.message.en);
    expect(workbook.tableValues("客户表").rows[0]?.[7]).toBe("重點客戶,優先安排；指派專職業務代表,提供增值服務");
  });

  test("the language is asked again when the workbook is read: the adapter may be made before Office is ready", async () => {
    const workbook = seedWorkbook();
    let officeLanguage: "en" | "zh-TW" = "en"; // not ready yet: the runtime's fallback
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, ruleLanguage: () => officeLanguage });
    expect(adapter.ruleSet().language).toBe("en");
    officeLanguage = "zh-TW";
    await adapter.restore();
    expect(adapter.ruleSet().language).toBe("zh-TW");
  });

  test("rules saved in the workbook keep their own language whatever the analyst's", async () => {
    const workbook = seedWorkbook();
    const first = createExcelAdapter(hostOf(workbook), { today: TODAY, ruleLanguage: () => "zh-CN" });
    await first.restore();
    const saved = await first.saveRuleSet(defaultRuleSetJson("zh-CN"));
    expect(saved.ok).toBe(true);
    const later = createExcelAdapter(hostOf(workbook), { today: TODAY, ruleLanguage: () => "en" });
    await later.restore();
    expect(later.ruleSet().language).toBe("zh-CN");
  });
});
