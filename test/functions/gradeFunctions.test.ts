/** CUSTOMERGRADE, CUSTOMERSCORE, GRADEREASONS and GRADEREMARK, run as Excel would call them (2-D arrays). */
import { defaultRuleSet, loadRuleSet, templateHeaders } from "../../src/engine";
import { isCellError } from "../../src/functions/core/cellError";
import { customerGrade, customerScore, gradeReasons } from "../../src/functions/core/gradeFunctions";
import { gradeRemark } from "../../src/functions/core/otherFunctions";
import { SEED_HEADERS, SEED_ROWS } from "../excel/fixtures";
import { fixedBandRuleSet } from "../support/fixedBandRules";

const rules = defaultRuleSet();
/** For one row with an amount: the default ranks amounts within the table, which one row cannot do. */
const fixedBands = fixedBandRuleSet();
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
  expect(line).toMatch(
    /^安全性 \+\d+\.\d; 运输需求 \+\d+\.\d; 服务偏好 \+\d+\.\d; 财务状况 \+\d+\.\d; 未评估（本表无数据）：年交易量、收益和发展前景$/,
  );
});

test("names the rule that capped a grade", () => {
  const capHeaders = [["客户名称", "年交易额(万元)", "逾期天数", "未结余额", "财务状况", "运输需求"]];
  const row = ["欠款大户", 300, 120, 350000, "良好", "每周一次"];
  const [[line]] = gradeReasons([row], capHeaders, fixedBands, ASOF) as [[string]];
  expect(line).toContain("欠款逾期超过90天 → 最高 C");
});

test("with the default rules, one row with an amount asks for the whole table (its amount is ranked in it)", () => {
  const [[cell]] = customerGrade([["甲", 300, "良好"]], [["客户名称", "年交易额", "财务状况"]], rules, ASOF) as [
    [unknown],
  ];
  expect(isCellError(cell) && [cell.error, cell.message]).toEqual([
    "na",
    "评分规则含表内排名：请传入整张表（例如 客户表），而不是一行",
  ]);
});

test("without a header row, takes the columns in the template's order", () => {
  const width = 6; // the source's first six columns
  expect(templateHeaders("zh-CN").slice(0, width)).toEqual(SEED_HEADERS.slice(0, width));
  expect(
    customerGrade(
      SEED_ROWS.map((r) => r.slice(0, width)),
      undefined,
      rules,
      ASOF,
    ),
  ).toEqual([["A"], ["B"], ["C"]]);
});

test("a row with an unreadable cell is #VALUE! with the cell's message, never a guessed grade", () => {
  const [[cell]] = customerGrade(
    [["甲", "很多", "良好"]],
    [["客户名称", "年交易额", "财务状况"]],
    fixedBands,
    ASOF,
  ) as [[unknown]];
  expect(isCellError(cell) && [cell.error, cell.message]).toEqual([
    "value",
    "“年交易额”列的“很多”不是可识别的数字或金额",
  ]);
});

test("a row missing key data is #N/A with the remark that says what is missing; a blank row is empty", () => {
  const result = customerGrade(
    [
      ["甲", null],
      [null, null],
    ],
    [["客户名称", "财务状况"]],
    rules,
    ASOF,
  );
  const [[first], [second]] = result as [[unknown], [unknown]];
  expect(isCellError(first) && first.error).toBe("na");
  // The table has a 财务状况 column, blank in this row: incomplete. It has no volume column at all: not assessed.
  expect(isCellError(first) && first.message).toContain("缺少财务或付款数据");
  expect(isCellError(first) && first.message).not.toContain("缺少交易量或运输需求数据");
  expect(second).toBe("");
});

test.each([
  ["a header row of unknown names", [["a", "b"]]],
  ["two header rows", [SEED_HEADERS, SEED_HEADERS]],
  ["a header row of another width", [SEED_HEADERS.slice(0, 3)]],
])("%s is #N/A for every row", (_name, badHeaders) => {
  const result = customerGrade(
    SEED_ROWS.map((r) => r.slice(0, 2)),
    badHeaders,
    rules,
    ASOF,
  );
  for (const [cell] of result) expect(isCellError(cell) && cell.error).toBe("na");
});

test("GRADEREMARK gives the grade's action in the rule set's language, and #VALUE! for an unknown grade", () => {
  expect(gradeRemark("A", rules)).toContain("重点客户,优先安排");
  expect(gradeRemark("b级", rules)).toContain("关注客户需求变化");
  const unknown = gradeRemark("S", rules);
  expect(isCellError(unknown) && unknown.error).toBe("value");
});

test("reads the 0 desktop Excel passes for a blank cell as blank in name, text and date columns", () => {
  // Excel on the web passes a blank cell as null, desktop Excel as 0: both must grade the same.
  const withNulls = [
    ["XX科技有限公司", null, null, "电子产品,每月两次,国内各地", "快速配送,全程追踪", "良好,长期合作"],
    [null, null, null, null, null, null],
  ];
  const withZeros = withNulls.map((row) => row.map((cell) => cell ?? 0));
  expect(customerGrade(withZeros, [SEED_HEADERS.slice(0, 6)], rules, ASOF)).toEqual(
    customerGrade(withNulls, [SEED_HEADERS.slice(0, 6)], rules, ASOF),
  );
  expect(customerGrade(withZeros, [SEED_HEADERS.slice(0, 6)], rules, ASOF)).toEqual([["A"], [""]]);
});

test("reads the plain value of a cell holding a data type", () => {
  const row = [{ type: "FormattedNumber", basicValue: 2_000_000 }, "良好", "每周一次"];
  expect(customerGrade([row as unknown[]], [["年交易额", "财务状况", "运输需求"]], rules, ASOF)).toEqual(
    customerGrade([[2_000_000, "良好", "每周一次"]], [["年交易额", "财务状况", "运输需求"]], rules, ASOF),
  );
});

test("with a rank rule set, one row alone is #N/A asking for the whole table, not a rank of one", () => {
  const json = JSON.parse(JSON.stringify(rules.source)) as { dimensions: { id: string; criteria: unknown[] }[] };
  const volume = json.dimensions.find((d) => d.id === "volume");
  if (volume) volume.criteria = [{ id: "amount-rank", field: "annualAmount", kind: "rank" }];
  const ranked = loadRuleSet(json);
  if (!ranked.ok) throw new Error("rank rule set should load");
  const headers3 = [["客户名称", "年交易额", "财务状况"]];
  const [[alone]] = customerGrade([["甲", 100, "良好"]], headers3, ranked.value, ASOF) as [[unknown]];
  expect(isCellError(alone) && alone.error).toBe("na");
  const both = customerGrade(
    [
      ["甲", 100, "良好"],
      ["乙", 300, "良好"],
    ],
    headers3,
    ranked.value,
    ASOF,
  );
  expect(both.every(([g]) => typeof g === "string" && g.length === 1)).toBe(true);
});

test("GRADEREMARK of a blank cell is blank", () => {
  expect(gradeRemark(null, rules)).toBe("");
  expect(gradeRemark(0, rules)).toBe("");
});
