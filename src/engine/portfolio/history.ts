/**
 * Grade history: what one Grade all changed. The host knows each row's grade before (the grade cell it is
 * about to overwrite) and after; the history sheet keeps only the rows that moved, so it stays small. The
 * grade before is read as the analyst's own grades are ("A级", "a", "Grade A" are the rule set's "A"), so a
 * first grading that writes "A" over the analyst's "A级" is no change.
 */
import type { GradeReport } from "../grade/results";
import { parseGrade } from "../values/grade";

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
  const letters = new Set(report.ruleSet.grades.map((g) => g.letter));
  for (let row = 0; row < report.rowCount; row++) {
    if (report.statusOf(row) === "skipped") continue;
    const from = gradeOf(before[row], letters);
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

/**
 * A grade as a cell or a history row holds it: one of `letters` when it reads as one ("A级" → "A"), else the
 * text as typed (a letter an earlier rule set had), `null` when blank.
 * @example gradeOf(" A级 ", new Set(["A", "B"])) // "A"
 */
export function gradeOf(cell: unknown, letters: ReadonlySet<string>): string | null {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  if (text === "") return null;
  const letter = typeof cell === "string" ? parseGrade(cell, letters) : null;
  return typeof letter === "string" ? letter : text;
}
