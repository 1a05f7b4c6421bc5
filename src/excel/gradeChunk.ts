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

/** What a data row came to: its grade's index among the letters, or one of these. */
const NEVER_GRADED = -3;
const SKIPPED = -2;
const INCOMPLETE = -1;

/** The counts the pane shows after Grade all: per grade, incomplete and blank rows, and the unreadable cells. */
export interface GradeTotals {
  readonly counts: Readonly<Record<string, number>>;
  readonly graded: number;
  readonly incomplete: number;
  readonly skipped: number;
  /** Every unreadable cell, ordered by row then column; `row` is the 0-based data row of the table. */
  readonly issues: readonly CellIssue[];
}

/**
 * Totals over the chunks of one Grade all, kept per row so that rows graded again later (an edit, with
 * auto-grade on) replace what they counted before: the totals then stay those of the table as it now is.
 */
export class GradeTally {
  readonly counts: Record<string, number> = {};
  graded = 0;
  incomplete = 0;
  skipped = 0;
  issues: CellIssue[] = [];
  private readonly letters: string[];
  private outcomes = new Int16Array(0).fill(NEVER_GRADED);
  /** Rows below this have been counted in order: a chunk starting here only appends its issues. */
  private through = 0;

  constructor(letters: readonly string[]) {
    this.letters = [...letters];
    for (const letter of letters) this.counts[letter] = 0;
  }

  /** Counts a chunk whose first row is data row `firstRow` of the table, replacing what its rows counted before. */
  add(report: GradeReport, firstRow: number): void {
    this.reserve(firstRow + report.rowCount);
    for (let i = 0; i < report.rowCount; i++) {
      const row = firstRow + i;
      this.count(this.outcomes[row] as number, -1);
      const outcome = this.outcomeOf(report, i);
      this.count(outcome, +1);
      this.outcomes[row] = outcome;
    }
    const shifted = report.issues.map((issue) =>
      firstRow === 0 ? issue : { ...issue, row: rowIndex(issue.row + firstRow) },
    );
    if (firstRow >= this.through) {
      for (const issue of shifted) this.issues.push(issue); // Grade all's chunks come in order: no search
    } else {
      const end = firstRow + report.rowCount;
      const kept = this.issues.filter((issue) => issue.row < firstRow || issue.row >= end);
      this.issues = [...kept, ...shifted].sort((a, b) => a.row - b.row || a.column - b.column);
    }
    this.through = Math.max(this.through, firstRow + report.rowCount);
  }

  /** The totals as they stand (copies: later rows graded again do not change what was handed out). */
  totals(): GradeTotals {
    return {
      counts: { ...this.counts },
      graded: this.graded,
      incomplete: this.incomplete,
      skipped: this.skipped,
      issues: [...this.issues],
    };
  }

  private outcomeOf(report: GradeReport, row: number): number {
    const grade = report.outputs.grades[row];
    if (grade != null) {
      const known = this.letters.indexOf(grade);
      if (known >= 0) return known;
      this.letters.push(grade);
      return this.letters.length - 1;
    }
    return report.statusOf(row) === "skipped" ? SKIPPED : INCOMPLETE;
  }

  private count(outcome: number, by: 1 | -1): void {
    if (outcome === NEVER_GRADED) return;
    if (outcome === SKIPPED) this.skipped += by;
    else if (outcome === INCOMPLETE) this.incomplete += by;
    else {
      const letter = this.letters[outcome] as string;
      this.counts[letter] = (this.counts[letter] ?? 0) + by;
      this.graded += by;
    }
  }

  private reserve(rows: number): void {
    if (rows <= this.outcomes.length) return;
    const grown = new Int16Array(Math.max(rows, this.outcomes.length * 2)).fill(NEVER_GRADED);
    grown.set(this.outcomes);
    this.outcomes = grown;
  }
}
