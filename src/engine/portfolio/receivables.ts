/**
 * The receivables per grade, for the summary: how much each grade's customers owe, how much of it is overdue,
 * and, when the table has ageing buckets, the ageing report's columns per grade. Seed 002's safety measure and
 * risk management ("collect receivables, guard against default") read this way: where the money at risk sits.
 */
import { AGEING_FIELDS, fieldAvailable } from "../grade/fieldSources";
import type { GradeReport } from "../grade/results";
import { type FieldId, fieldSpec } from "../fields";
import type { FieldValues } from "./fieldValues";

/** Not yet due, 1–30, 31–60, 61–90, over 90 days past due. */
export type AgeingColumns = readonly [number, number, number, number, number];

export interface GradeReceivable {
  /** A grade letter of the rule set, or `null` for customers without a grade. */
  readonly grade: string | null;
  /** Customers of the grade with a known balance. */
  readonly customers: number;
  readonly balance: number;
  readonly overdue: number;
  /** Sums of the ageing buckets, folded into the five columns; null when the table has no buckets. */
  readonly ageing: AgeingColumns | null;
}

export interface ReceivablesByGrade {
  /** One entry per grade letter in the rule set's order (zeros included), then the ungraded customers. */
  readonly grades: readonly GradeReceivable[];
  /** Whether the table says what is overdue (an overdue-amount column or buckets past due). */
  readonly hasOverdue: boolean;
  readonly hasAgeing: boolean;
}

/** Which of the five columns a bucket adds to: by the first day past due it stands for (over 90: 91, 181, 366). */
function columnOf(field: FieldId): number {
  const from = fieldSpec(field).ageingFrom ?? 0;
  return from <= 0 ? 0 : from <= 30 ? 1 : from <= 60 ? 2 : from <= 90 ? 3 : 4;
}

/**
 * The receivables of the graded rows by grade; `null` when the table has no balance (nor buckets to sum).
 * Skipped rows are not customers and are left out; a row without a balance adds nothing.
 */
export function receivablesByGrade(report: GradeReport, values: FieldValues): ReceivablesByGrade | null {
  const { mapping } = report;
  if (!fieldAvailable("outstandingBalance", mapping)) return null;
  const balance = values.numbers("outstandingBalance");
  const hasOverdue = fieldAvailable("overdueAmount", mapping);
  const overdue = hasOverdue ? values.numbers("overdueAmount") : null;
  const buckets = AGEING_FIELDS.filter((f) => mapping.columns[f]).map((f) => [columnOf(f), values.numbers(f)] as const);
  const letters = report.ruleSet.grades.map((g) => g.letter);
  const slot = new Map<string, number>(letters.map((letter, i) => [letter, i]));
  const sums = Array.from({ length: letters.length + 1 }, () => ({
    customers: 0,
    balance: 0,
    overdue: 0,
    ageing: [0, 0, 0, 0, 0],
  }));
  for (let row = 0; row < report.rowCount; row++) {
    if (report.statusOf(row) === "skipped") continue;
    const owed = balance[row] as number;
    if (!Number.isFinite(owed)) continue;
    const grade = report.outputs.grades[row];
    const sum = sums[grade == null ? letters.length : (slot.get(grade) ?? letters.length)];
    if (!sum) continue;
    sum.customers++;
    sum.balance += owed;
    const late = overdue ? (overdue[row] as number) : NaN;
    if (Number.isFinite(late)) sum.overdue += late;
    for (const [column, amounts] of buckets) {
      const amount = amounts[row] as number;
      if (Number.isFinite(amount)) sum.ageing[column] = (sum.ageing[column] as number) + amount;
    }
  }
  const entry = (grade: string | null, i: number): GradeReceivable => {
    const sum = sums[i] as (typeof sums)[number];
    return {
      grade,
      customers: sum.customers,
      balance: sum.balance,
      overdue: sum.overdue,
      ageing: buckets.length > 0 ? (sum.ageing as unknown as AgeingColumns) : null,
    };
  };
  return {
    grades: [...letters.map((letter, i) => entry(letter, i)), entry(null, letters.length)],
    hasOverdue,
    hasAgeing: buckets.length > 0,
  };
}

/** Two chunks' receivables as one table's (Grade all sums its chunks); `null` when neither has any. */
export function addReceivables(a: ReceivablesByGrade | null, b: ReceivablesByGrade | null): ReceivablesByGrade | null {
  if (a === null || b === null) return a ?? b;
  const ageing = (x: AgeingColumns | null, y: AgeingColumns | null): AgeingColumns | null =>
    x === null || y === null ? (x ?? y) : (x.map((v, i) => v + (y[i] as number)) as unknown as AgeingColumns);
  return {
    grades: a.grades.map((g, i) => {
      const h = b.grades[i];
      if (!h) return g;
      return {
        grade: g.grade,
        customers: g.customers + h.customers,
        balance: g.balance + h.balance,
        overdue: g.overdue + h.overdue,
        ageing: ageing(g.ageing, h.ageing),
      };
    }),
    hasOverdue: a.hasOverdue || b.hasOverdue,
    hasAgeing: a.hasAgeing || b.hasAgeing,
  };
}
