/**
 * What must hold for every table, checked on random ones (fast-check): grading never throws, grades are the
 * rule set's letters, raising a positive value never lowers a score, the input is never changed.
 */
import fc from "fast-check";
import { type CellValue, type Table, defaultRuleSet, gradeTable } from "../../src/engine";

const ASOF = 46348; // 2026-11-22
const rules = defaultRuleSet();
const letters = rules.grades.map((g) => g.letter);

const HEADERS = [
  "客户名称",
  "运输需求",
  "服务偏好",
  "财务状况",
  "年交易额(万元)",
  "1月",
  "2月",
  "毛利率",
  "准时付款率",
  "逾期天数",
  "未结余额",
  "信用额度",
  "合作开始日期",
  "最近交易日期",
  "发展潜力",
  "投诉次数",
  "人工等级",
  "客户等级",
  "备注",
];

/** Anything a cell can hold: text people type, numbers of any size, booleans, blanks, Excel error strings. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("   "),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 0, -0, 46082),
  fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?"),
  fc.constantFrom(
    "良好,长期合作",
    "一般，偶尔合作",
    "较差",
    "12.5万",
    "¥3,400",
    "95%",
    "30天",
    "2026年3月1日",
    "每月两次",
    "A级",
    "b",
    "高",
    "=SUM(A1)",
  ),
  fc.string(),
  fc.string({ unit: "grapheme" }),
);

const table = (width: number): fc.Arbitrary<Table> =>
  fc
    .array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 25 })
    .map((rows) => ({ headers: HEADERS.slice(0, width), rows }));

const anyTable = fc.integer({ min: 1, max: HEADERS.length }).chain(table);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

test("grading never throws, whatever the cells hold", () => {
  fc.assert(
    fc.property(anyTable, (t) => {
      const result = gradeTable(t, rules, { asOf: ASOF });
      if (result.ok) result.value.rows(); // explaining every row must not throw either
    }),
    { numRuns: 300 },
  );
});

test("every grade written is one of the rule set's letters, and every score is within 0–100", () => {
  fc.assert(
    fc.property(anyTable, (t) => {
      const result = gradeTable(t, rules, { asOf: ASOF });
      if (!result.ok) return;
      for (const grade of result.value.outputs.grades) if (grade !== null) expect(letters).toContain(grade);
      result.value.outputs.scores.forEach((score, row) => {
        if (Number.isNaN(score))
          expect(result.value.outputs.grades[row] === null || result.value.row(row).status !== "graded").toBe(true);
        else expect(score >= 0 && score <= 100).toBe(true);
      });
    }),
    { numRuns: 300 },
  );
});

test("the input table is never mutated (it is frozen while graded)", () => {
  fc.assert(
    fc.property(anyTable, (t) => {
      const before = JSON.stringify(t);
      const frozen = deepFreeze(t);
      const result = gradeTable(frozen, rules, { asOf: ASOF });
      if (result.ok) result.value.rows();
      expect(JSON.stringify(frozen)).toBe(before);
    }),
    { numRuns: 150 },
  );
});

test("grading is deterministic: the same table gives the same outputs", () => {
  fc.assert(
    fc.property(anyTable, (t) => {
      const a = gradeTable(t, rules, { asOf: ASOF });
      const b = gradeTable(t, rules, { asOf: ASOF });
      expect(JSON.stringify(a.ok && a.value.outputs)).toBe(JSON.stringify(b.ok && b.value.outputs));
    }),
    { numRuns: 100 },
  );
});

/** A realistic structured row: every field the default rules read, with readable values. */
const structuredRow = fc.record({
  amount: fc.integer({ min: 0, max: 500 }), // 万元
  margin: fc.double({ min: -0.1, max: 0.4, noNaN: true }),
  onTime: fc.double({ min: 0.3, max: 1, noNaN: true }),
  overdue: fc.integer({ min: 0, max: 200 }),
  balance: fc.integer({ min: 0, max: 2_000_000 }),
  limit: fc.integer({ min: 1, max: 2_000_000 }),
  since: fc.integer({ min: 40000, max: ASOF }),
  last: fc.integer({ min: 45000, max: ASOF }),
  potential: fc.constantFrom("高", "中", "低"),
  finance: fc.constantFrom("良好,长期合作", "一般,偶尔合作", "较差,需谨慎评估"),
});

const POSITIVE_HEADERS = [
  "客户名称",
  "年交易额(万元)",
  "毛利率",
  "准时付款率",
  "逾期天数",
  "未结余额",
  "信用额度",
  "合作开始日期",
  "最近交易日期",
  "发展潜力",
  "财务状况",
];

type StructuredRow = typeof structuredRow extends fc.Arbitrary<infer T> ? T : never;

function rowOf(r: StructuredRow): CellValue[] {
  return ["客户", r.amount, r.margin, r.onTime, r.overdue, r.balance, r.limit, r.since, r.last, r.potential, r.finance];
}

test.each([
  ["annual amount", 1, (v: number) => v + 50],
  ["gross margin", 2, (v: number) => Math.min(0.4, v + 0.05)],
  ["on-time payment rate", 3, (v: number) => Math.min(1, v + 0.1)],
  ["relationship length (an earlier start)", 7, (v: number) => v - 400],
])("raising the %s never lowers the score", (_name, column, raise) => {
  fc.assert(
    fc.property(structuredRow, (r) => {
      const row = rowOf(r);
      const raised = [...row];
      raised[column] = raise(row[column] as number);
      const result = gradeTable({ headers: POSITIVE_HEADERS, rows: [row, raised] }, rules, { asOf: ASOF });
      if (!result.ok) throw new Error(result.error.message.en);
      const [before, after] = result.value.outputs.scores;
      expect(after).not.toBeNaN();
      expect(after as number).toBeGreaterThanOrEqual(before as number);
    }),
    { numRuns: 200 },
  );
});

test("more days overdue never raises the score", () => {
  fc.assert(
    fc.property(structuredRow, fc.integer({ min: 1, max: 120 }), (r, extra) => {
      const row = rowOf(r);
      const worse = [...row];
      worse[4] = (row[4] as number) + extra;
      const result = gradeTable({ headers: POSITIVE_HEADERS, rows: [row, worse] }, rules, { asOf: ASOF });
      if (!result.ok) throw new Error(result.error.message.en);
      const [before, after] = result.value.outputs.scores;
      expect(after as number).toBeLessThanOrEqual(before as number);
    }),
    { numRuns: 200 },
  );
});
