/** Apply template formatting against the simulator: what is set, in how many syncs, idempotent, others' rules kept. */
import { createExcelAdapter } from "../../../src/excel";
import { OWN_RULE_MARK } from "../../../src/plan/formattingPlan";
import { SEED_HEADERS, SEED_ROWS, STRUCTURED_HEADERS, TODAY, hostOf, structuredRows, workbookWith } from "../fixtures";

const HEADERS = [...SEED_HEADERS, "评分", "人工等级", "年交易额", "毛利率"];
const ROWS = SEED_ROWS.map((row, i) => [...row, "", i === 2 ? "B" : "", [1_200_000, 300_000, 80_000][i] ?? 0, 0.2]);

async function boundAdapter(headers = HEADERS, rows: (string | number)[][] = ROWS) {
  const workbook = workbookWith("客户表", headers, rows);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const bound = await adapter.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  return { workbook, adapter };
}

async function apply(adapter: Awaited<ReturnType<typeof boundAdapter>>["adapter"]) {
  const result = await adapter.applyTemplateFormatting();
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

// The table's header is at B2 of 客户: 客户等级 is column H, 评分 column J, data rows 3-5.
test("colours each grade, puts a data bar on the score, styles the table and freezes the header in three syncs", async () => {
  const { workbook, adapter } = await boundAdapter();
  workbook.resetStats();
  const summary = await apply(adapter);
  expect(workbook.stats.syncs).toBe(3);
  expect(summary.conditionalFormats).toBe("added");
  const f = workbook.formatting("客户");
  const grades = f.conditionalFormats.filter((c) => c.type === "Custom");
  expect(grades.map((c) => [c.address, c.rule?.["formula"], c.fillColor])).toEqual(
    expect.arrayContaining([
      ["H3:H5", `=AND(${OWN_RULE_MARK},$H3="A")`, "#C6EFCE"],
      ["H3:H5", `=AND(${OWN_RULE_MARK},$H3="D")`, "#FFC7CE"],
    ]),
  );
  expect(grades).toHaveLength(4);
  expect(f.conditionalFormats.filter((c) => c.type === "DataBar").map((c) => c.address)).toEqual(["J3:J5"]);
  expect(workbook.tableStyle("客户表")).toBe("TableStyleMedium9");
  expect(f.frozenRows).toBe(2);
  for (let column = 1; column <= HEADERS.length; column++) expect(f.columnWidth(column)).not.toBeNull();
});

test("sets number formats by field type: money, percent and the score", async () => {
  const { workbook, adapter } = await boundAdapter();
  await apply(adapter);
  expect(workbook.cell("客户", 2, 11).numberFormat).toBe("#,##0.00"); // 年交易额, column L
  expect(workbook.cell("客户", 4, 12).numberFormat).toBe("0.0%"); // 毛利率, column M
  expect(workbook.cell("客户", 3, 9).numberFormat).toBe("0.0"); // 评分
  expect(workbook.cell("客户", 2, 1).numberFormat).toBe("General"); // 客户名称 is text
});

test("puts the rule set's letters on the manual grade and its words on the financial status as drop-down lists", async () => {
  const { workbook, adapter } = await boundAdapter();
  const summary = await apply(adapter);
  const f = workbook.formatting("客户");
  expect(f.validation("K3")).toEqual({
    rule: { list: { inCellDropDown: true, source: "A,B,C,D" } },
    errorAlert: expect.objectContaining({ showAlert: true, style: "Stop" }),
  });
  const financial = f.validation("G5")?.rule as { list: { source: string } };
  expect(financial.list.source.split(",")).toEqual(expect.arrayContaining(["良好", "一般", "较差"]));
  expect(f.validation("G5")?.errorAlert).toEqual(expect.objectContaining({ showAlert: false }));
  expect(summary.validatedColumns).toEqual(expect.arrayContaining(["人工等级", "财务状况"]));
  expect(f.validation("B3")).toBeNull();
});

test("applying it twice changes nothing the second time", async () => {
  const { workbook, adapter } = await boundAdapter();
  await apply(adapter);
  const before = JSON.stringify(workbook.formatting("客户"));
  const cells = JSON.stringify(workbook.tableValues("客户表"));
  const second = await apply(adapter);
  expect(second.conditionalFormats).toBe("unchanged");
  expect(JSON.stringify(workbook.formatting("客户"))).toBe(before);
  expect(JSON.stringify(workbook.tableValues("客户表"))).toBe(cells);
});

test("keeps the analyst's own conditional formats and validations, and replaces only the add-in's own rules", async () => {
  const { workbook, adapter } = await boundAdapter();
  workbook.userAddConditionalFormat("客户", "B3:B5", {
    type: "CellValue",
    rule: { formula1: "0", operator: "GreaterThan" },
    fillColor: "#FFEB9C",
  });
  workbook.userAddConditionalFormat("客户", "H3:H5", {
    type: "Custom",
    rule: { formula: '=$H3="A"' },
    fillColor: "#0000FF",
  });
  workbook.userSetValidation("客户", "C3:C5", "张经理,李女士");
  workbook.userSetValidation("客户", "G3:G5", "好,坏");
  await apply(adapter);
  // A rule set with other letters: the add-in's grade colours are replaced, the analyst's stay.
  const rules = adapter.ruleSet().source as { grades: { letter: string }[] };
  const renamed = {
    ...rules,
    grades: rules.grades.map((g, i) => ({ ...g, letter: ["S", "A", "B", "C"][i] ?? g.letter })),
  };
  const saved = await adapter.saveRuleSet(renamed);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const summary = await apply(adapter);
  expect(summary.conditionalFormats).toBe("replaced");
  const f = workbook.formatting("客户");
  expect(f.conditionalFormats.filter((c) => c.fillColor === "#FFEB9C" && c.address === "B3:B5")).toHaveLength(1);
  expect(f.conditionalFormats.filter((c) => c.rule?.["formula"] === '=$H3="A"')).toHaveLength(1);
  const own = f.conditionalFormats.filter((c) => c.rule?.["formula"]?.includes(OWN_RULE_MARK));
  expect(own.map((c) => c.rule?.["formula"]).join()).toContain('$H3="S"');
  expect(own).toHaveLength(4);
  expect(f.conditionalFormats.filter((c) => c.type === "DataBar")).toHaveLength(1);
  expect(f.validation("C4")?.rule).toEqual({ list: { inCellDropDown: true, source: "张经理,李女士" } });
  expect(f.validation("G4")?.rule).toEqual({ list: { inCellDropDown: true, source: "好,坏" } });
  expect(summary.keptValidations).toEqual(["财务状况"]);
  expect(f.validation("K3")?.rule).toEqual({ list: { inCellDropDown: true, source: "S,A,B,C" } }); // its own earlier list, replaced
});

test("adds the output columns first when the table has none, so there is a grade column to colour", async () => {
  const headers = ["客户名称", "财务状况"];
  const { workbook, adapter } = await boundAdapter(headers, [["XX", "良好"]]);
  const summary = await apply(adapter);
  expect(summary.addedColumns).toEqual(["客户等级", "评分", "备注"]);
  expect(workbook.tableValues("客户表").headers).toEqual(["客户名称", "财务状况", "客户等级", "评分", "备注"]);
  expect(workbook.formatting("客户").conditionalFormats.filter((c) => c.address === "D3")).toHaveLength(4);
  expect(adapter.bound()?.outputColumns).toEqual({ grade: 2, score: 3, remark: 4 });
});

test("a deleted table is reported, not thrown", async () => {
  const { workbook, adapter } = await boundAdapter();
  workbook.deleteTable("客户表");
  const result = await adapter.applyTemplateFormatting();
  expect(result.ok ? null : result.error.code).toBe("table-deleted");
});

test("on a 200,000-row table the number formats go in requests under Excel's 5 MB limit", async () => {
  const { workbook, adapter } = await boundAdapter(STRUCTURED_HEADERS, structuredRows(200_000));
  workbook.resetStats();
  const summary = await apply(adapter);
  expect(summary.numberFormats).toBe(7); // six money, percent and days columns, and the score
  for (const request of workbook.stats.requests) expect(request.bytesSent).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(workbook.stats.syncs).toBeGreaterThan(3);
  expect(workbook.cell("客户", 200_001, 3).numberFormat).toBe("0.0%"); // 毛利率 of the last row
}, 60_000);
