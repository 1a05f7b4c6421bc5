/** CUSTOMERGRADE, CUSTOMERSCORE, GRADEREASONS and GRADEREMARK, run as Excel would call them (2-D arrays). */
import { defaultRuleSet, templateHeaders } from "../../src/engine";
import { isCellError } from "../../src/functions/core/cellError";
import { customerGrade, customerScore, gradeReasons } from "../../src/functions/core/gradeFunctions";
import { gradeRemark } from "../../src/functions/core/otherFunctions";
import { SEED_HEADERS, SEED_ROWS } from "../excel/fixtures";

const rules = defaultRuleSet();
const ASOF = 46348;
const headers = [SEED_HEADERS];

test("grades the seed table A, B, C, spilling one grade per row", () => {
  expect(customerGrade(SEED_ROWS, headers, rules, ASOF)).toEqual([["A"], ["B"], ["C"]]);
});

test("scores the seed table 97.3, 55.8, 36.3", () => {
  expect(customerScore(SEED_ROWS, headers, rules, ASOF)).toEqual([[97.3], [55.8], [36.3]]);
});

test("grades one row given with its header row", () => {
  expect(customerGrade([SEED_ROWS[1] as string[]], headers, rules, ASOF)).toEqual([["B"]]);
});

test("explains a grade in one line: each dimension's points", () => {
  const [[line]] = gradeReasons([SEED_ROWS[2] as string[]], headers, rules, ASOF) as [[string]];
  expect(line).toMatch(/^安全性 \+\d+\.\d; 运输需求 \+\d+\.\d; 服务偏好 \+\d+\.\d; 财务状况 \+\d+\.\d$/);
});

test("names the rule that capped a grade", () => {
  const capHeaders = [["客户名称", "年交易额(万元)", "逾期天数", "未结余额", "财务状况", "运输需求"]];
  const [[line]] = gradeReasons([["欠款大户", 300, 120, 350000, "良好", "每周一次"]], capHeaders, rules, ASOF) as [[string]];
  expect(line).toContain("欠款逾期超过90天 → 最高 C");
});

test("without a header row, takes the columns in the template's order", () => {
  const width = 6; // the source's first six columns
  expect(templateHeaders("zh-CN").slice(0, width)).toEqual(SEED_HEADERS.slice(0, width));
  expect(customerGrade(SEED_ROWS.map((r) => r.slice(0, width)), undefined, rules, ASOF)).toEqual([["A"], ["B"], ["C"]]);
});

test("a row with an unreadable cell is #VALUE! with the cell's message, never a guessed grade", () => {
  const [[cell]] = customerGrade([["甲", "很多", "良好"]], [["客户名称", "年交易额", "财务状况"]], rules, ASOF) as [[unknown]];
  expect(isCellError(cell) && [cell.error, cell.message]).toEqual(["value", "“年交易额”列的“很多”不是可识别的数字或金额"]);
});

test("a row missing key data is #N/A with the remark that says what is missing; a blank row is empty", () => {
  const result = customerGrade([["甲", null], [null, null]], [["客户名称", "财务状况"]], rules, ASOF);
  const [[first], [second]] = result as [[unknown], [unknown]];
  expect(isCellError(first) && first.error).toBe("na");
  expect(isCellError(first) && first.message).toContain("缺少交易量或运输需求数据");
  expect(second).toBe("");
});

test.each([
  ["a header row of unknown names", [["a", "b"]]],
  ["two header rows", [SEED_HEADERS, SEED_HEADERS]],
  ["a header row of another width", [SEED_HEADERS.slice(0, 3)]],
])("%s is #N/A for every row", (_name, badHeaders) => {
  const result = customerGrade(SEED_ROWS.map((r) => r.slice(0, 2)), badHeaders, rules, ASOF);
  for (const [cell] of result) expect(isCellError(cell) && cell.error).toBe("na");
});

test("GRADEREMARK gives the grade's action in the rule set's language, and #VALUE! for an unknown grade", () => {
  expect(gradeRemark("A", rules)).toContain("重点客户,优先安排");
  expect(gradeRemark("b级", rules)).toContain("关注客户需求变化");
  const unknown = gradeRemark("S", rules);
  expect(isCellError(unknown) && unknown.error).toBe("value");
});
