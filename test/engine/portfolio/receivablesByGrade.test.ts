/**
 * The receivables per grade for the summary: what each grade's customers owe, the overdue part and the ageing
 * report's columns, summed by hand below; chunks add up to the whole table.
 */
import {
  addReceivables,
  defaultRuleSet,
  fieldValues,
  gradeTable,
  parseDate,
  receivablesByGrade,
  type Table,
} from "../../../src/engine";

const asOf = parseDate("2026-11-30") as number;

function receivables(table: Table) {
  const graded = gradeTable(table, defaultRuleSet(), { asOf });
  if (!graded.ok) throw new Error(graded.error.message.en);
  return { report: graded.value, byGrade: receivablesByGrade(graded.value, fieldValues(table, graded.value, asOf)) };
}

// An Oracle-style ageing report with the annual amount beside it; buckets of 91–180 and 181–360 fold into "over 90".
const HEADERS = [
  "Customer Name",
  "Revenue",
  "Current",
  "1-30 Days Past Due",
  "31-60 Days Past Due",
  "61-90 Days Past Due",
  "91-180 Days Past Due",
  "181-360 Days Past Due",
];
const ROWS: Table["rows"] = [
  ["North", 900_000, 500, 0, 0, 0, 0, 0],
  ["South", 900_000, 400, 100, 0, 0, 0, 0],
  ["East", 50_000, 0, 0, 0, 0, 300, 200],
  ["", null, null, null, null, null, null, null], // a blank row: no customer
];

describe("receivables by grade", () => {
  test("sum each grade's balance, overdue part and ageing columns; every letter is listed, then the ungraded", () => {
    const { report, byGrade } = receivables({ headers: HEADERS, rows: ROWS });
    if (byGrade === null) throw new Error("no receivables");
    expect(byGrade.hasOverdue).toBe(true);
    expect(byGrade.hasAgeing).toBe(true);
    expect(byGrade.grades.map((g) => g.grade)).toEqual(["A", "B", "C", "D", null]);
    const ofRow = (row: number) => byGrade.grades.find((g) => g.grade === report.outputs.grades[row]);
    // East owes 500, all over 90 days past due.
    expect(ofRow(2)).toMatchObject({ balance: 500, overdue: 500, ageing: [0, 0, 0, 0, 500] });
    const total = byGrade.grades.reduce(
      (sum, g) => ({
        customers: sum.customers + g.customers,
        balance: sum.balance + g.balance,
        overdue: sum.overdue + g.overdue,
      }),
      { customers: 0, balance: 0, overdue: 0 },
    );
    expect(total).toEqual({ customers: 3, balance: 1500, overdue: 600 });
  });

  test("two chunks add up to the table graded whole", () => {
    const whole = receivables({ headers: HEADERS, rows: ROWS }).byGrade;
    const first = receivables({ headers: HEADERS, rows: ROWS.slice(0, 2) }).byGrade;
    const second = receivables({ headers: HEADERS, rows: ROWS.slice(2) }).byGrade;
    // Ranked amounts grade differently in halves, so compare the totals, which do not depend on the grades.
    const totals = (r: typeof whole) => (r?.grades ?? []).reduce((sum, g) => sum + g.balance, 0);
    expect(totals(addReceivables(first, second))).toBe(totals(whole));
    expect(addReceivables(null, second)).toBe(second);
  });

  test("is null for a table with no balance nor buckets", () => {
    expect(receivables({ headers: ["客户名称", "年交易额"], rows: [["甲", 1]] }).byGrade).toBeNull();
  });

  test("without an overdue column or buckets, the balance alone", () => {
    const { byGrade } = receivables({ headers: ["客户名称", "年交易额", "应收余额"], rows: [["甲", 100, 80]] });
    expect(byGrade?.hasOverdue).toBe(false);
    expect(byGrade?.hasAgeing).toBe(false);
    expect(byGrade?.grades.reduce((sum, g) => sum + g.balance, 0)).toBe(80);
    expect(byGrade?.grades.every((g) => g.ageing === null)).toBe(true);
  });
});
