/**
 * Grades every row of a table under a rule set. Pure: the same table, rule set and `asOf` always give the
 * same report, and the input is never mutated. Each step is its own file, in the order of ARCHITECTURE.md's
 * table "The engine, in the order a table goes through it".
 */
import type { ColumnMapping, MappingOverrides } from "../headers/mapColumns";
import type { RuleSet } from "../rules/ruleSet";
import { type Lang, type Result, type Table, ok } from "../types";
import { decideAsOf } from "./asOf";
import { isRelativeInTable, notAssessedOf } from "./assessed";
import { readColumns } from "./columns";
import { decideRows } from "./decideRows";
import { prepareRules } from "./hardRules";
import { mapTable } from "./mapTable";
import { moneyScalesOf } from "./moneyScales";
import { remarksOf } from "./remarks";
import { gradeReport } from "./report";
import type { GradeReport, TableProblem } from "./results";
import { scoreTable } from "./scoring";
import { reportUnrecognisedWords } from "./unrecognisedWords";

export interface GradeOptions {
  /** "Today" as an Excel date serial: the engine never reads the clock (see `serialFromLocalDate`). */
  readonly asOf: number;
  /**
   * True when `asOf` is only the host's "today", not a date the analyst chose: a table whose figures are all of
   * one closed year ("Sales (2017)") is then graded as of that year's end (see `decideAsOf`).
   */
  readonly asOfIsToday?: boolean;
  /** Language of the remarks; defaults to the rule set's. */
  readonly language?: Lang;
  /** The analyst's header → field corrections. */
  readonly overrides?: MappingOverrides;
  /** A mapping made earlier (by the host, from saved settings); takes precedence over `overrides`. */
  readonly mapping?: ColumnMapping;
}

/** The letter of each row's grade index; null where a row has none. */
function gradeLetters(finalGrade: Int16Array, letters: readonly string[]): (string | null)[] {
  const grades = new Array<string | null>(finalGrade.length);
  for (let r = 0; r < finalGrade.length; r++) {
    const g = finalGrade[r] as number;
    grades[r] = g >= 0 ? (letters[g] as string) : null;
  }
  return grades;
}

/**
 * Grades a table.
 * @example
 * const result = gradeTable(table, defaultRuleSet(), { asOf: 46082 });
 * if (result.ok) console.log(result.value.outputs.grades); // ["A", "B", "C"]
 */
export function gradeTable(table: Table, ruleSet: RuleSet, options: GradeOptions): Result<GradeReport, TableProblem> {
  const language = options.language ?? ruleSet.language;
  const mapped = mapTable(table, ruleSet, options); // 1. headers → fields
  if (!mapped.ok) return mapped;
  const mapping = mapped.value;
  const letters = ruleSet.grades.map((g) => g.letter);
  const asOf = decideAsOf(mapping, options);
  const notAssessed = notAssessedOf(ruleSet, mapping);
  const columns = readColumns(table, mapping, new Set(letters), asOf.serial); // 2–3. cells → values, derived
  const rowScores = scoreTable(ruleSet, columns); // 4. criteria → score
  const notApplied = new Set(notAssessed.rules.map((r) => r.id));
  const rules = prepareRules(ruleSet.rules, columns, notApplied); // 5. rules → grade
  reportUnrecognisedWords(ruleSet, columns);
  const manualGrades = rules.manual >= 0 ? columns.grades("manualGrade") : null;
  const names = columns.texts("customerName");
  // Every column the grading reads has been read by now, so the issues are complete.
  const hasIssue = new Uint8Array(columns.rowCount);
  for (const issue of columns.issues) hasIssue[issue.row] = 1;
  const decisions = decideRows(ruleSet, { table, mapping, rowScores, rules, manualGrades });

  const remarks = remarksOf(ruleSet, decisions, hasIssue, language); // 6. remarks; reasons on demand
  const grades = gradeLetters(decisions.finalGrade, letters);
  const issues = [...columns.issues].sort((a, b) => a.row - b.row || a.column - b.column);
  return ok(
    gradeReport({
      table,
      ruleSet,
      mapping,
      language,
      columns,
      rowScores,
      rules,
      decisions,
      outputs: { grades, scores: decisions.scores, remarks },
      issues,
      names,
      relativeToTable: isRelativeInTable(ruleSet, mapping),
      notAssessed,
      asOf,
      moneyScales: moneyScalesOf(ruleSet),
    }),
  );
}
