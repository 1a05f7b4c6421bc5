/**
 * The analyst's own grades: the column they name, each cell read as a grade ("A", "B级", "C級", "Grade D"), and
 * the ladder those grades make, best first. A cell that is not a grade is reported with its row and column and
 * left out of the fit, never guessed.
 */
import { normalizeKey } from "../headers/readHeader";
import { fitText } from "./messages";
import type { RuleSet } from "../rules/ruleSet";
import { type CellIssue, type Result, type Table, columnIndex, err, ok, rowIndex } from "../types";
import { parseGrade } from "../values/grade";
import { cellIssueMessage } from "../values/messages";
import type { FitProblem } from "./types";

export interface AnalystGrades {
  readonly column: number;
  readonly header: string;
  /** The letters used, best first. */
  readonly letters: readonly string[];
  /** Per row, the index of its grade in `letters`; -1 where the analyst gave none (or it is unreadable). */
  readonly byRow: Int16Array;
  readonly issues: readonly CellIssue[];
}

const LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

const headerText = (cell: unknown): string => (cell === null || cell === undefined ? "" : String(cell).trim());

/** The column with this header: exactly as written first, then as the header reader compares headers. */
function findColumn(table: Table, header: string): number {
  const headers = table.headers.map(headerText);
  const exact = headers.indexOf(header.trim());
  if (exact >= 0) return exact;
  const key = normalizeKey(header);
  return key.length > 0 ? headers.findIndex((h) => normalizeKey(h) === key) : -1;
}

/**
 * Best first: the starting rule set's order where it knows every letter; otherwise alphabetical with "S" (the
 * strategic grade many firms put above A) first.
 */
function ladderOf(used: ReadonlySet<string>, start: RuleSet): string[] {
  const known = start.grades.map((g) => g.letter);
  if ([...used].every((l) => known.includes(l))) return known.filter((l) => used.has(l));
  const key = (l: string): string => (l === "S" ? " " : l);
  return [...used].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function readAnalystGrades(table: Table, header: string, start: RuleSet): Result<AnalystGrades, FitProblem> {
  const column = findColumn(table, header);
  if (column < 0) {
    const headers = table.headers.map(headerText).filter((h) => h.length > 0);
    return err({ code: "no-grade-column", message: fitText((m) => m.noGradeColumn(header, headers)) });
  }
  const columnHeader = headerText(table.headers[column]);
  const accepted = new Set([...start.grades.map((g) => g.letter), ...LATIN_LETTERS]);
  const letterOfRow: (string | null)[] = [];
  const issues: CellIssue[] = [];
  table.rows.forEach((cells, row) => {
    const cell = cells[column];
    const grade = parseGrade(cell ?? null, accepted);
    if (typeof grade === "string" || grade === null) {
      letterOfRow.push(grade);
      return;
    }
    letterOfRow.push(null);
    issues.push({
      row: rowIndex(row),
      column: columnIndex(column),
      header: columnHeader,
      code: grade.problem,
      message: cellIssueMessage(grade.problem, columnHeader, String(cell)),
    });
  });
  const used = new Set(letterOfRow.filter((l): l is string => l !== null));
  const found = letterOfRow.filter((l) => l !== null).length;
  if (used.size < 2)
    return err({
      code: "too-few-grades",
      message: fitText((m) => m.tooFewGrades(columnHeader, found, used.size)),
    });
  const letters = ladderOf(used, start);
  const index = new Map(letters.map((l, i) => [l, i]));
  const byRow = Int16Array.from(letterOfRow, (l) => (l === null ? -1 : (index.get(l) ?? -1)));
  return ok({ column, header: columnHeader, letters, byRow, issues });
}
