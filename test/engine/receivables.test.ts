/**
 * Receivables in the default rule set: the overdue share of the balance (from an overdue-amount column or the
 * ageing buckets past due), the exposure (balance plus shipments not yet invoiced) against the credit limit,
 * and the caps they drive. Each case is a small table whose figures are worked out in the comment beside it.
 */
import { type GradeReport, defaultRuleSet, gradeTable, parseDate } from "../../src/engine";

const asOf = parseDate("2026-11-30") as number;

function grade(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]): GradeReport {
  const graded = gradeTable({ headers, rows }, defaultRuleSet(), { asOf });
  if (!graded.ok) throw new Error(graded.error.message.en);
  return graded.value;
}

interface Reasoned {
  readonly reasons: readonly {
    readonly kind: string;
    readonly rule?: string;
    readonly criteria?: readonly { readonly criterion: string; readonly points: number | null }[];
  }[];
}

const reasonsOf = (report: GradeReport, row: number): Reasoned["reasons"] =>
  (report.row(row) as unknown as Reasoned).reasons;

const pointsOf = (report: GradeReport, row: number, criterion: string): number | null | undefined =>
  reasonsOf(report, row)
    .flatMap((r) => r.criteria ?? [])
    .find((c) => c.criterion === criterion)?.points;

const capsOf = (report: GradeReport, row: number): (string | undefined)[] =>
  reasonsOf(report, row)
    .filter((r) => r.kind === "cap")
    .map((r) => r.rule);

describe("the overdue share", () => {
  // A Digiwin-style ageing report: not yet due, then days past due.
  const headers = ["客戶名稱", "年交易額", "未到期", "逾期1~30天", "逾期31~60天", "逾期61~90天", "逾期91~180天"];
  const rows = [
    ["甲", 800_000, 100, 0, 0, 0, 0], // nothing overdue: share 0 → 100 points
    ["乙", 800_000, 90, 10, 0, 0, 0], // 10 of 100: 0.10 → 80
    ["丙", 800_000, 40, 30, 30, 0, 0], // 60 of 100: 0.60 → 20, and half or more is overdue
    ["丁", 800_000, 0, 0, 0, 0, 0], // nothing owed: nothing overdue → 100
  ];
  const report = grade(headers, rows);

  test("is the buckets past due over all the buckets, scored by its bands", () => {
    expect([0, 1, 2, 3].map((row) => pointsOf(report, row, "overdue-share"))).toEqual([100, 80, 20, 100]);
  });

  test("caps the grade at B when half or more of the balance is overdue, with the remark saying to collect", () => {
    expect(capsOf(report, 2)).toContain("mostly-overdue");
    expect(capsOf(report, 1)).not.toContain("mostly-overdue");
    expect(report.outputs.remarks[2]).toContain("先催收");
  });

  test("comes from an overdue-amount column beside the balance when the table has one", () => {
    const own = grade(
      ["Customer Name", "Revenue", "Open A/R", "Past Due Amount"],
      [
        ["North", 500_000, 200, 50], // 0.25 → 50
        ["South", 500_000, 200, 300], // more overdue than owed (a stale balance): all of it → 0, capped
      ],
    );
    expect(pointsOf(own, 0, "overdue-share")).toBe(50);
    expect(pointsOf(own, 1, "overdue-share")).toBe(0);
    expect(capsOf(own, 1)).toContain("mostly-overdue");
  });

  test("is not assessed without a balance or buckets, and changes nothing in a table without them", () => {
    const plain = grade(["客户名称", "年交易额", "准时付款率"], [["甲", 800_000, 0.95]]);
    expect(pointsOf(plain, 0, "overdue-share")).toBeNull();
    expect(capsOf(plain, 0)).toEqual([]);
  });
});

describe("the exposure against the credit limit", () => {
  // Balance 80 and limit 100: within the line alone; with 30 delivered but not invoiced, 110 is over it.
  const headers = ["客户名称", "年交易额", "应收余额", "信用额度", "已发货未开票金额"];

  test("adds shipments not yet invoiced to the balance, for the credit used and the over-limit cap", () => {
    const report = grade(headers, [
      ["甲", 800_000, 80, 100, 30], // 110 of 100: over the limit
      ["乙", 800_000, 80, 100, null], // nothing unbilled given: 80 of 100
      ["丙", 800_000, 80, 100, 0], // 80 of 100
    ]);
    expect(capsOf(report, 0)).toContain("over-credit-limit");
    expect(capsOf(report, 1)).not.toContain("over-credit-limit");
    expect(capsOf(report, 2)).not.toContain("over-credit-limit");
    // Credit used 1.1 → band "at least 1" (20 points); 0.8 → band "at least 0.8" (50 points).
    expect([0, 1, 2].map((row) => pointsOf(report, row, "credit-usage"))).toEqual([20, 50, 50]);
  });

  test("is the balance alone where the table has no unbilled column, as before", () => {
    const report = grade(headers.slice(0, 4), [
      ["甲", 800_000, 120, 100],
      ["乙", 800_000, 80, 100],
    ]);
    expect(capsOf(report, 0)).toContain("over-credit-limit");
    expect(capsOf(report, 1)).toEqual([]);
  });
});
