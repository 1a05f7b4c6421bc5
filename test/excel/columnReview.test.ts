/**
 * What the adapter hands the pane's column review: a few values of each column read with the header, and what
 * the table can assess (dimensions not assessed, the amount scale, the as-of date), on binding, after new rules
 * and in Grade all's summary. Against the simulator.
 */
import { createExcelAdapter } from "../../src/excel";
import { createWorkbook, SHEET_ROWS } from "../../src/simulator";
import { fixedBandRuleSetJson } from "../support/fixedBandRules";
import { CRM_HEADERS, TMS_HEADERS, crmRows, exportsWorkbook } from "./exportTables";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "./fixtures";

async function bound(workbook: ReturnType<typeof exportsWorkbook>, table: string) {
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const result = await adapter.bind(table);
  if (!result.ok) throw new Error(result.error.message.en);
  return { adapter, table: result.value };
}

describe("sample values", () => {
  test("are up to three distinct non-blank values of each column, from the table's first rows", async () => {
    const { table } = await bound(exportsWorkbook(), "TMS台账");
    const byHeader = Object.fromEntries(TMS_HEADERS.map((h, i) => [h, table.samples[i]]));
    expect(byHeader["客户简称"]).toEqual(["华通", "申达", "远航"]);
    expect(byHeader["结算方式"]).toEqual(["现结", "月结"]);
    expect(byHeader["往来余额(万元)"]).toEqual([86, 13, 14]);
    expect(table.samples).toHaveLength(TMS_HEADERS.length);
  });

  test("leave out blank cells and what lies below the table", async () => {
    const workbook = createWorkbook({
      sheets: [{ name: "S", cells: [[], [], [], ["below the table", "below"]] }],
      tables: [
        {
          name: "T",
          sheet: "S",
          topRow: 0,
          leftColumn: 0,
          headers: ["客户名称", "备注"],
          rows: [
            ["甲", ""],
            ["乙", null],
          ],
        },
      ],
    });
    const { table } = await bound(workbook, "T");
    expect(table.samples).toEqual([["甲", "乙"], []]);
  });

  test("are read in the same sync as the header: binding costs no extra round trip for them", async () => {
    const workbook = exportsWorkbook();
    const { adapter } = await bound(workbook, "CRM导出");
    workbook.resetStats();
    await adapter.bind("CRM导出");
    // The sync that reads the header also carries the sample rows (ten columns by up to twenty rows).
    const headerSync = workbook.stats.requests.find((r) => r.cellsRead >= CRM_HEADERS.length * 13);
    expect(headerSync).toBeDefined();
    expect(workbook.stats.syncs).toBe(3); // the saved fixes; the header with the samples; saving the binding
  });

  test("a table whose header sits on the sheet's last rows still binds, without samples", async () => {
    const workbook = createWorkbook({
      sheets: [{ name: "S" }],
      tables: [
        {
          name: "T",
          sheet: "S",
          topRow: SHEET_ROWS - 3,
          leftColumn: 0,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.slice(0, 2),
        },
      ],
    });
    const { table } = await bound(workbook, "T");
    expect(table.mapping.columns.customerName?.header).toBe("客户名称");
    expect(table.samples).toEqual([]);
  });
});

describe("what the table can assess", () => {
  test("a CRM export of one closed year: no payment data, graded as of that year's end, amounts ranked in the table", async () => {
    const { adapter } = await bound(exportsWorkbook(), "CRM导出");
    const assessment = adapter.tableAssessment();
    expect(assessment?.notAssessed.dimensions.map((d) => d.id)).toEqual(
      expect.arrayContaining(["safety", "financial"]),
    );
    expect(assessment?.notAssessed.message?.en).toContain("Days overdue");
    expect(assessment?.asOf).toMatchObject({ from: "period", header: "Sales (2017)" });
    expect(assessment?.asOf.message?.["zh-CN"]).toContain("2017-12-31");
    expect(assessment?.moneyScales.map((s) => s.relative)).toEqual([true]);
    expect(assessment?.notAssessedShare).toBeGreaterThan(0);
    expect(assessment?.notAssessedShare).toBeLessThan(1);
  });

  test("follows new rules: with fixed amount bands the scale says so", async () => {
    const { adapter } = await bound(exportsWorkbook(), "TMS台账");
    expect(adapter.tableAssessment()?.moneyScales.every((s) => s.relative)).toBe(true);
    const saved = await adapter.saveRuleSet(fixedBandRuleSetJson());
    expect(saved.ok).toBe(true);
    const scales = adapter.tableAssessment()?.moneyScales ?? [];
    expect(scales.length).toBeGreaterThan(0);
    expect(scales.every((s) => !s.relative)).toBe(true);
    expect(adapter.bound()?.assessment).toBe(adapter.tableAssessment());
  });

  test("is in Grade all's summary, as the run graded", async () => {
    const { adapter } = await bound(exportsWorkbook(), "CRM导出");
    const result = await adapter.gradeAll();
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.assessment.notAssessed.message).toEqual(adapter.tableAssessment()?.notAssessed.message);
    expect(result.value.assessment.asOf.from).toBe("period");
    expect(result.value.graded).toBe(crmRows().length);
  });

  test("a table that assesses every dimension has no message; one that cannot be graded has no assessment", async () => {
    const full = workbookWith(
      "客户表",
      ["客户名称", "年交易额", "毛利率", "逾期天数", "发展潜力", "合作开始日期", "运输需求", "服务偏好", "财务状况"],
      [["甲", "120万", "20%", 0, "高", "2019-01-01", "电子产品,每周两次,国内各地", "快速配送", "良好"]],
    );
    const { adapter } = await bound(full, "客户表");
    expect(adapter.tableAssessment()?.notAssessed.message).toBeNull();
    const none = await bound(workbookWith("杂项", ["序号", "日期"], [[1, "2026-01-01"]]), "杂项");
    expect(none.adapter.tableAssessment()).toBeNull();
  });
});
