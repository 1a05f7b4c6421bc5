/** Grading rows read from the sheet with the engine, and what a run of chunks adds up to. */
import {
  type CellIssue,
  type CellValue,
  type ColumnMapping,
  type GradeReport,
  type RuleSet,
  type TableProblem,
  gradeTable,
  rowIndex,
} from "../engine";
import { type AdapterError } from "./errors";
import { type RowOutputs, outputsOf } from "../plan";

export interface ChunkResult {
  readonly report: GradeReport;
  readonly outputs: readonly RowOutputs[];
}

export interface GradeSettings {
  readonly ruleSet: RuleSet;
  readonly mapping: ColumnMapping;
  readonly asOf: number;
}

export function gradeRows(
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  settings: GradeSettings,
): ChunkResult | TableProblem {
  // The add-in always grades as of today: a table of a closed year is graded as of that year's end.
  const graded = gradeTable({ headers, rows }, settings.ruleSet, {
    asOf: settings.asOf,
    asOfIsToday: true,
    mapping: settings.mapping,
  });
  if (!graded.ok) return graded.error;
  const report = graded.value;
  return { report, outputs: Array.from({ length: rows.length }, (_, i) => outputsOf(report, i)) };
}

export function tableProblemError(problem: TableProblem): AdapterError {
  return { code: problem.code, message: problem.message };
}

/** Totals over the chunks of one Grade all. */
export class GradeTally {
  readonly counts: Record<string, number> = {};
  graded = 0;
  incomplete = 0;
  skipped = 0;
  readonly issues: CellIssue[] = [];

  constructor(letters: readonly string[]) {
    for (const letter of letters) this.counts[letter] = 0;
  }

  /** Adds a chunk whose first row is data row `firstRow` of the table. */
  add(report: GradeReport, firstRow: number): void {
    for (const [letter, n] of Object.entries(report.summary.counts))
      this.counts[letter] = (this.counts[letter] ?? 0) + n;
    this.graded += report.summary.graded;
    this.incomplete += report.summary.incomplete;
    this.skipped += report.summary.skipped;
    for (const issue of report.issues)
      this.issues.push(firstRow === 0 ? issue : { ...issue, row: rowIndex(issue.row + firstRow) });
  }
}
