/**
 * The report a host reads: the columns to write, the summary, every cell issue, and one row's full result on
 * demand (its reasons are computed only when it is asked for).
 */
import type { ColumnMapping } from "../headers/mapColumns";
import type { RuleSet } from "../rules/ruleSet";
import type { FieldRef } from "../rules/schema";
import { type CellIssue, type Lang, type Localized, type Table, rowIndex } from "../types";
import { partsFromSerial, serialFromParts } from "../values/date";
import type { AsOfDecision } from "./asOf";
import type { NotAssessed } from "./assessed";
import type { TableColumns } from "./columns";
import { type RowDecisions, STATUS_GRADED, STATUS_INCOMPLETE, STATUS_SKIPPED } from "./decideRows";
import { explainRow } from "./explain";
import type { PreparedRules } from "./hardRules";
import type { MoneyScale } from "./moneyScales";
import type { GradeOutputs, GradeReport, GradeSummary, RowResult } from "./results";
import { type CriterionPointsTable, criterionPoints } from "./scoring";
import { sourceNote } from "./sourceNotes";

export interface GradedTable {
  /** The table as graded (read again only to explain a row: what a changed cell would give). */
  readonly table: Table;
  readonly ruleSet: RuleSet;
  readonly mapping: ColumnMapping;
  readonly language: Lang;
  readonly columns: TableColumns;
  readonly rowScores: Float64Array;
  readonly rules: PreparedRules;
  readonly decisions: RowDecisions;
  readonly outputs: GradeOutputs;
  /** Every unreadable cell, ordered by row then column. */
  readonly issues: readonly CellIssue[];
  /** The customer name column, for each row's result. */
  readonly names: readonly (string | null)[];
  readonly relativeToTable: boolean;
  readonly notAssessed: NotAssessed;
  readonly asOf: AsOfDecision;
  readonly moneyScales: readonly MoneyScale[];
}

/**
 * The summary counted over the grade column as written (`outputs.grades`) and each row's status, so it can
 * never disagree with the rows: a row is graded when it has a grade (a manual one too, on a row whose data is
 * incomplete), skipped when blank, and incomplete otherwise; the counts per letter add up to `graded`.
 */
function summaryOf(
  letters: readonly string[],
  status: Uint8Array,
  grades: readonly (string | null)[],
  issues: number,
): GradeSummary {
  const counts = new Map(letters.map((letter) => [letter, 0]));
  let graded = 0;
  let skipped = 0;
  for (let r = 0; r < status.length; r++) {
    const grade = grades[r] ?? null;
    if (grade !== null) {
      counts.set(grade, (counts.get(grade) ?? 0) + 1);
      graded++;
    } else if (status[r] === STATUS_SKIPPED) skipped++;
  }
  return { counts: Object.fromEntries(counts), graded, incomplete: status.length - graded - skipped, skipped, issues };
}

/** Each row's issues, grouped on first use. */
function issuesByRow(issues: readonly CellIssue[]): (row: number) => readonly CellIssue[] {
  let byRow: Map<number, CellIssue[]> | undefined;
  return (row) => {
    if (!byRow) {
      byRow = new Map();
      for (const issue of issues) {
        const list = byRow.get(issue.row) ?? [];
        list.push(issue);
        byRow.set(issue.row, list);
      }
    }
    return byRow.get(row) ?? [];
  };
}

export function gradeReport(graded: GradedTable): GradeReport {
  const { ruleSet, columns, rowScores, rules, decisions, outputs, issues, names } = graded;
  const { status, scores, computed, finalGrade, fired } = decisions;
  const rowCount = status.length;
  const letters = ruleSet.grades.map((g) => g.letter);
  const rowIssues = issuesByRow(issues);
  const ruleIndex = new Map(rules.rules.map((rule, k) => [rule.id, k]));
  let points: CriterionPointsTable | undefined;
  const explainContext = { notAssessed: graded.notAssessed, sourceNote: (ref: FieldRef) => notes(ref) };
  const noteCache = new Map<FieldRef, Localized | null>();
  const { year } = partsFromSerial(graded.asOf.serial);
  const dayOfYear = graded.asOf.serial - (serialFromParts(year, 1, 1) ?? graded.asOf.serial) + 1;
  const notes = (ref: FieldRef): Localized | null => {
    if (!noteCache.has(ref)) noteCache.set(ref, sourceNote(ref, graded.mapping, dayOfYear));
    return noteCache.get(ref) ?? null;
  };
  const checkIndex = (index: number): void => {
    if (!Number.isInteger(index) || index < 0 || index >= rowCount) {
      throw new RangeError(`row ${index} is outside the table's ${rowCount} data rows`);
    }
  };
  const outcomeOf = (index: number) => ({
    score: rowScores[index] as number,
    fired: fired[index] as number,
    computed: computed[index] as number,
    final: finalGrade[index] as number,
  });
  const notApplied = new Set(graded.notAssessed.rules.map((r) => r.id));
  const row = (index: number): RowResult => {
    checkIndex(index);
    const base = { row: rowIndex(index), name: names[index] ?? "", issues: rowIssues(index) };
    const s = status[index] as number;
    if (s === STATUS_SKIPPED) return { ...base, status: "skipped" };
    points ??= criterionPoints(ruleSet, columns);
    const reasons = explainRow(ruleSet, points, index, explainContext, outcomeOf(index));
    const grade = outputs.grades[index] ?? null;
    const remark = outputs.remarks[index] ?? "";
    if (s === STATUS_INCOMPLETE) {
      const missing = rules.rules.flatMap((rule, k) =>
        rule.kind === "require" && ((fired[index] as number) >>> k) & 1 ? [{ rule: rule.id, anyOf: rule.anyOf }] : [],
      );
      return { ...base, status: "incomplete", missing, grade, remark, reasons };
    }
    return {
      ...base,
      status: "graded",
      score: scores[index] as number,
      grade: grade ?? "",
      computedGrade: letters[computed[index] as number] ?? "",
      remark,
      reasons,
    };
  };

  return {
    ruleSet,
    mapping: graded.mapping,
    language: graded.language,
    rowCount,
    outputs,
    summary: summaryOf(letters, status, outputs.grades, issues.length),
    issues,
    relativeToTable: graded.relativeToTable,
    notAssessed: graded.notAssessed,
    asOf: graded.asOf,
    moneyScales: graded.moneyScales,
    row,
    statusOf: (index) => {
      const s = status[index];
      return s === STATUS_GRADED ? "graded" : s === STATUS_INCOMPLETE ? "incomplete" : "skipped";
    },
    issuesOf: rowIssues,
    ruleFired: (index, ruleId) => {
      const k = ruleIndex.get(ruleId);
      return k !== undefined && status[index] !== STATUS_SKIPPED && (((fired[index] as number) >>> k) & 1) === 1;
    },
    evidence: () => ({
      table: graded.table,
      columns,
      points: (points ??= criterionPoints(ruleSet, columns)),
      asOf: graded.asOf.serial,
      notApplied,
      sourceNote: notes,
      outcome: outcomeOf,
    }),
    rows: () => Array.from({ length: rowCount }, (_, i) => row(i)),
  };
}
