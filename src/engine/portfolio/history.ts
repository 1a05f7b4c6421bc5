/**
 * Grade history: what one Grade all changed. The host knows each row's grade before (the grade cell it is
 * about to overwrite) and after; the history sheet keeps only the rows that moved, so it stays small.
 */
import type { GradeReport } from "../grade/results";

export interface GradeChange {
  /** When the grading ran, as an Excel date serial. */
  readonly date: number;
  /** The customer's name as typed. */
  readonly customer: string;
  /** The customer's id when the table keeps one ("" otherwise): names change, ids do not. */
  readonly customerId: string;
  /** The grade before; `null` when there was none (a new customer, or the first grading). */
  readonly from: string | null;
  /** The grade now; `null` when the row no longer gets one (data went missing). */
  readonly to: string | null;
  /** The score now; `null` when there is none. */
  readonly score: number | null;
}

export interface GradeChangesInput {
  readonly report: GradeReport;
  /** Each data row's grade cell before this grading (as read; blank cells as null or ""). */
  readonly before: readonly unknown[];
  /** Each data row's customer id, when the table has an id column. */
  readonly customerIds?: readonly (string | null)[];
  readonly date: number;
}

/** The rows whose grade differs from the one the grade cell held before, in row order. */
export function gradeChanges({ report, before, customerIds, date }: GradeChangesInput): GradeChange[] {
  const changes: GradeChange[] = [];
  for (let row = 0; row < report.rowCount; row++) {
    if (report.statusOf(row) === "skipped") continue;
    const from = gradeText(before[row]);
    const to = report.outputs.grades[row] ?? null;
    if (from === to) continue;
    const score = report.outputs.scores[row] ?? NaN;
    changes.push({
      date,
      customer: report.row(row).name,
      customerId: customerIds?.[row] ?? "",
      from,
      to,
      score: Number.isNaN(score) ? null : score,
    });
  }
  return changes;
}

function gradeText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  return text === "" ? null : text;
}
