/**
 * The grade summary: customers, annual amount and their shares per grade, for the summary sheet and its
 * chart. Seed 000 asks for "deeper analysis"; seed 002 measures a customer first by its annual volume.
 */
import type { GradeReport } from "../grade/results";

export interface GradeShare {
  /** A grade letter of the rule set, or `null` for customers without a grade (incomplete, no manual grade). */
  readonly grade: string | null;
  readonly customers: number;
  /** Sum of the known annual amounts; rows without one add nothing. */
  readonly amount: number;
  /** 0–1 of all customers; 0 when there are none. */
  readonly customerShare: number;
  /** 0–1 of the total amount; 0 when the total is 0. */
  readonly amountShare: number;
}

export interface GradeBreakdown {
  /** One entry per grade letter in the rule set's order (zeros included), then the ungraded customers. */
  readonly grades: readonly GradeShare[];
  readonly customers: number;
  readonly amount: number;
  /** Customers whose annual amount is unknown (blank or unreadable), so the amounts are understood as partial. */
  readonly withoutAmount: number;
  /** Unreadable cells in the table. */
  readonly issues: number;
}

/**
 * @param amounts each data row's annual amount (NaN where unknown), e.g. `fieldValues(...).numbers("annualAmount")`.
 * Skipped rows (blank customers) are not customers and are left out.
 */
export function gradeBreakdown(report: GradeReport, amounts: ArrayLike<number>): GradeBreakdown {
  const letters = report.ruleSet.grades.map((g) => g.letter);
  const slot = new Map<string, number>(letters.map((letter, i) => [letter, i]));
  const ungraded = letters.length;
  const customers = new Array<number>(letters.length + 1).fill(0);
  const sums = new Array<number>(letters.length + 1).fill(0);
  let withoutAmount = 0;
  for (let row = 0; row < report.rowCount; row++) {
    if (report.statusOf(row) === "skipped") continue;
    const grade = report.outputs.grades[row];
    const at = grade == null ? ungraded : (slot.get(grade) ?? ungraded);
    customers[at] = (customers[at] ?? 0) + 1;
    const amount = amounts[row] ?? NaN;
    if (Number.isFinite(amount)) sums[at] = (sums[at] ?? 0) + amount;
    else withoutAmount++;
  }
  const totalCustomers = customers.reduce((a, b) => a + b, 0);
  const totalAmount = sums.reduce((a, b) => a + b, 0);
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const entry = (grade: string | null, at: number): GradeShare => ({
    grade,
    customers: customers[at] ?? 0,
    amount: sums[at] ?? 0,
    customerShare: share(customers[at] ?? 0, totalCustomers),
    amountShare: share(sums[at] ?? 0, totalAmount),
  });
  return {
    grades: [...letters.map((letter, i) => entry(letter, i)), entry(null, ungraded)],
    customers: totalCustomers,
    amount: totalAmount,
    withoutAmount,
    issues: report.summary.issues,
  };
}
