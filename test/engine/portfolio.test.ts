/**
 * Views over a graded customer base (src/engine/portfolio), on the shipped sample: the grade summary, the
 * history of grade changes, tier migration and seed 002's year-end screening.
 */
import {
  type GradeChange,
  type Table,
  defaultRuleSet,
  fieldValues,
  gradeBreakdown,
  gradeChanges,
  gradeTable,
  migrationMatrix,
  parseDate,
  parseNumber,
  yearEndScreening,
} from "../../src/engine";
import sample from "../../samples/logistics-customers.json";

const asOf = parseDate(sample.asOf) as number;
const table = sample as unknown as Table;
const graded = gradeTable(table, defaultRuleSet(), { asOf });
if (!graded.ok) throw new Error(graded.error.message.en);
const report = graded.value;
const values = fieldValues(table, report, asOf);
const column = (header: string): number => sample.headers.indexOf(header);

describe("grade breakdown", () => {
  const breakdown = gradeBreakdown(report, values.numbers("annualAmount"));

  test("counts customers per grade in the rule set's order, the ungraded last", () => {
    expect(breakdown.grades.map((g) => [g.grade, g.customers])).toEqual([
      ["A", 8],
      ["B", 14],
      ["C", 5],
      ["D", 2],
      [null, 1],
    ]);
    expect(breakdown.customers).toBe(30);
    expect(breakdown.issues).toBe(report.summary.issues);
  });

  test("adds up each customer's months 1–12 as its annual amount (the sample keeps no annual column)", () => {
    const months = Array.from({ length: 12 }, (_, m) => column(`${m + 1}月`));
    const yearOf = (row: readonly unknown[]): number =>
      months.reduce((sum, c) => sum + ((parseNumber(String(row[c] ?? "")) as number) || 0), 0);
    const total = sample.rows.reduce((sum, row) => sum + yearOf(row), 0);
    expect(breakdown.amount).toBeCloseTo(total, 6);
    const aRows = sample.rows.filter((_, i) => report.outputs.grades[i] === "A");
    expect(breakdown.grades[0]?.amount).toBeCloseTo(
      aRows.reduce((sum, row) => sum + yearOf(row), 0),
      6,
    );
  });

  test("shares of customers and of amount each add up to one", () => {
    const sum = (pick: (g: (typeof breakdown.grades)[number]) => number) =>
      breakdown.grades.reduce((s, g) => s + pick(g), 0);
    expect(sum((g) => g.customerShare)).toBeCloseTo(1, 12);
    expect(sum((g) => g.amountShare)).toBeCloseTo(1, 12);
    expect(breakdown.grades[0]?.customerShare).toBeCloseTo(8 / 30, 12);
  });

  test("counts customers without a readable amount instead of treating them as zero", () => {
    const amounts = Float64Array.from(values.numbers("annualAmount"));
    amounts[0] = NaN;
    const partial = gradeBreakdown(report, amounts);
    expect(partial.withoutAmount).toBe(1);
    expect(partial.grades[0]?.customers).toBe(8);
    expect(partial.amount).toBeLessThan(breakdown.amount);
  });
});

describe("grade changes (history)", () => {
  const grades = report.outputs.grades;

  test("grading again with nothing changed records nothing", () => {
    expect(gradeChanges({ report, before: grades, date: asOf })).toEqual([]);
  });

  test("records only the rows whose grade cell held another grade, with the new score", () => {
    const before = [...grades];
    before[0] = "B"; // 华东精密电子有限公司 was B, is A now
    before[21] = " C "; // 旧城家具厂 was C (as typed, with spaces), is D now
    const changes = gradeChanges({ report, before, date: asOf });
    expect(changes.map((c) => [c.customer, c.from, c.to, c.score])).toEqual([
      ["华东精密电子有限公司", "B", "A", report.outputs.scores[0]],
      ["旧城家具厂", "C", "D", report.outputs.scores[21]],
    ]);
    expect(changes.every((c) => c.date === asOf && c.customerId === "")).toBe(true);
  });

  test("the analyst's own grade text naming the same grade is no change; another grade is recorded as its letter", () => {
    const before = grades.map((g) => (g === null ? null : `${g}级`));
    before[0] = "grade b"; // 华东精密电子有限公司 was B (in the analyst's words), is A now
    before[1] = "A級";
    const changes = gradeChanges({ report, before, date: asOf });
    expect(changes.map((c) => [c.customer, c.from, c.to])).toEqual([["华东精密电子有限公司", "B", "A"]]);
  });

  test("a grade the rule set does not have is kept as typed", () => {
    const before = [...grades];
    before[0] = "AA";
    expect(gradeChanges({ report, before, date: asOf }).map((c) => c.from)).toEqual(["AA"]);
  });

  test("the first grading records every customer that got a grade, from no grade", () => {
    const changes = gradeChanges({ report, before: [], date: asOf });
    expect(changes).toHaveLength(29); // 南山陶瓷制品厂 is incomplete: no grade before, none now
    expect(changes.every((c) => c.from === null && c.to !== null)).toBe(true);
  });
});

describe("tier migration", () => {
  const change = (
    date: number,
    customer: string,
    from: string | null,
    to: string | null,
    customerId = "",
  ): GradeChange => ({
    date,
    customer,
    customerId,
    from,
    to,
    score: null,
  });
  const history = [
    change(100, "甲", null, "B"),
    change(200, "甲", "B", "A"),
    change(150, "乙", "A", "B"),
    change(300, "乙", "B", "A"), // back where it was: counts on the diagonal
    change(250, "丙公司", "C", "D", "K-7"),
    change(260, "丙公司（新名）", "D", "C", "K-7"), // renamed, same id: one customer
    change(50, "丁", "A", "C"), // before the period
  ];
  const letters = ["A", "B", "C", "D"];

  test("counts each customer once, from its first grade in the period to its last", () => {
    const matrix = migrationMatrix(history, 100, letters);
    expect(matrix.grades).toEqual(["A", "B", "C", "D", null]);
    expect(matrix.customers).toBe(3);
    expect(matrix.counts).toEqual([
      [1, 0, 0, 0, 0], // 乙 A → A
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0], // 丙 C → C
      [0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0], // 甲 new → A
    ]);
  });

  test("a later start date leaves out earlier changes", () => {
    const matrix = migrationMatrix(history, 255, letters);
    expect(matrix.customers).toBe(2);
    expect(matrix.counts[1]?.[0]).toBe(1); // 乙 B → A
    expect(matrix.counts[3]?.[2]).toBe(1); // 丙 D → C
  });
});

describe("year-end screening (seed 002)", () => {
  const screening = yearEndScreening(report, values);

  test("lists every A customer as a key account to give a dedicated representative", () => {
    const aNames = sample.rows.filter((_, i) => report.outputs.grades[i] === "A").map((row) => row[0]);
    expect(screening.keyAccounts.map((k) => k.name)).toEqual(aNames);
    expect(screening.keyAccounts.every((k) => k.representative === null)).toBe(true); // the sample has no 客户经理 column
  });

  test("asks customers with a balance past due to settle it, not those within their terms", () => {
    const names = screening.unsettled.map((u) => u.name);
    expect(names).toContain("宏远钢铁贸易公司"); // 520,000 overdue 120 days
    expect(names).not.toContain("华东精密电子有限公司"); // 180,000, not overdue
    expect(names).not.toContain("康宁医药供应链公司"); // nothing owed
    expect(screening.settleRule?.id).toBe("settle-balance");
    expect(screening.unsettled.every((u) => (u.outstandingBalance ?? 0) > 0 && (u.overdueDays ?? 0) > 90)).toBe(true);
  });

  test("proposes dropping only the lowest grade with no margin and no prospects", () => {
    // 永发五金批发部 is D too, but still earns a 4 % margin.
    expect(screening.dropCandidates.map((d) => [d.name, d.grade, d.grossMargin, d.futurePoints])).toEqual([
      ["旧城家具厂", "D", -0.02, 20],
    ]);
  });

  test("names the representative a key account already has", () => {
    const small: Table = {
      headers: [
        "客户名称",
        "客户经理",
        "年交易额",
        "毛利率",
        "准时付款率",
        "逾期天数",
        "发展潜力",
        "运输频次",
        "财务状况",
      ],
      rows: [
        ["甲公司", "王芳", "500万", "25%", "100%", "0", "高", "每天", "良好"],
        ["乙公司", "", "480万", "24%", "99%", "0", "很高", "每天", "良好"],
      ],
    };
    const result = gradeTable(small, defaultRuleSet(), { asOf });
    if (!result.ok) throw new Error(result.error.message.en);
    const keys = yearEndScreening(result.value, fieldValues(small, result.value, asOf)).keyAccounts;
    expect(keys.map((k) => [k.name, k.representative])).toEqual([
      ["甲公司", "王芳"],
      ["乙公司", null],
    ]);
  });
});
