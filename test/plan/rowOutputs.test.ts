/** A graded row's output cells, and whether the row already holds them (shared by the add-in and the command line). */
import { gradeTable } from "../../src/engine";
import { planOutputColumns } from "../../src/plan/outputColumns";
import { outputsOf, outputsUnchanged, overwrittenOutputs } from "../../src/plan/rowOutputs";
import { fixedBandRuleSet } from "../support/fixedBandRules";

const columns = { grade: 1, score: 2, remark: 3 };

test("a row holding the same values, the score as a number, is unchanged", () => {
  const next = { grade: "A", score: 97.3, remark: "" };
  expect(outputsUnchanged(["甲", "A", 97.3, null], columns, next)).toBe(true);
  expect(overwrittenOutputs(["甲", "A", 97.3, null], columns, next)).toEqual({ replaced: 0, alike: 2 });
});

test("the text '97.3' is not the score 97.3, and a row never read is changed", () => {
  const next = { grade: "A", score: 97.3, remark: "" };
  expect(outputsUnchanged(["甲", "A", "97.3", ""], columns, next)).toBe(false);
  expect(overwrittenOutputs(["甲", "A", "97.3", ""], columns, next)).toEqual({ replaced: 1, alike: 1 });
  expect(outputsUnchanged(undefined, columns, next)).toBe(false);
  expect(overwrittenOutputs(undefined, columns, next)).toEqual({ replaced: 0, alike: 0 });
});

test("only non-empty cells count: as replaced when they held something else, as alike when not", () => {
  const next = { grade: "B", score: "", remark: "新客户" };
  expect(overwrittenOutputs(["甲", "A", 80, null], columns, next)).toEqual({ replaced: 2, alike: 0 });
  expect(overwrittenOutputs(["甲", "", null, "新客户"], columns, next)).toEqual({ replaced: 0, alike: 1 });
});

test("outputsOf gives a graded row's values and empty cells where a row has no grade or score", () => {
  const headers = ["客户名称", "年营业额", "财务状况"];
  const table = {
    headers,
    rows: [
      ["甲", 1_000_000, "良好"],
      [null, null, null],
      ["乙", null, null],
    ],
  };
  const report = gradeTable(table, fixedBandRuleSet(), { asOf: 46_000 }); // 1,000,000 → the fixed band of 85
  if (!report.ok) throw new Error("the table is graded");
  const plan = planOutputColumns(report.value.mapping, headers.length, "zh-CN");
  expect(plan.toAdd).toEqual(["客户等级", "评分", "备注"]);
  expect(outputsOf(report.value, 0)).toEqual({ grade: "A", score: 90, remark: expect.stringContaining("重点客户") });
  expect(outputsOf(report.value, 1)).toEqual({ grade: "", score: "", remark: "" });
  expect(outputsOf(report.value, 2)).toEqual({ grade: "", score: "", remark: expect.stringContaining("数据不完整") });
});
