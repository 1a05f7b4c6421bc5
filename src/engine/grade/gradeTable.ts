/**
 * Grades every row of a table under a rule set. Pure: the same table, rule set and `asOf` always give the
 * same report, and the input is never mutated.
 */
import { isRelativeToTable } from "../criteria/registry";
import { FIELDS, type FieldId, isFieldId } from "../fields";
import { type ColumnMapping, type MappingOverrides, mapColumns } from "../headers/mapColumns";
import type { Rule } from "../rules/schema";
import type { RuleSet } from "../rules/ruleSet";
import { type CellIssue, type Lang, type Localized, type Result, type Table, err, ok, rowIndex } from "../types";
import { type TableColumns, readColumns } from "./columns";
import { explainRow, gradeForScore, round1 } from "./explain";
import { type CriterionPointsTable, criterionPoints, scoreTable } from "./scoring";
import { type RowTest, compileAll } from "./conditions";
import { reportUnrecognisedWords } from "./unrecognisedWords";
import { engineText } from "../i18n";
import { INCOMPLETE_PREFIX, NOTHING_TO_SCORE, UNREADABLE_CELLS, joinRemarks } from "./remarks";
import type { GradeReport, GradeSummary, RowResult, TableProblem } from "./results";

export interface GradeOptions {
  /** "Today" as an Excel date serial: the engine never reads the clock (see `serialFromLocalDate`). */
  readonly asOf: number;
  /** Language of the remarks; defaults to the rule set's. */
  readonly language?: Lang;
  /** The analyst's header → field corrections. */
  readonly overrides?: MappingOverrides;
  /** A mapping made earlier (by the host, from saved settings); takes precedence over `overrides`. */
  readonly mapping?: ColumnMapping;
}

const STATUS_GRADED = 0;
const STATUS_INCOMPLETE = 1;
const STATUS_SKIPPED = 2;

interface PreparedRules {
  /** Rules in rule-set order with their row test (require rules test "satisfied"). */
  readonly tests: readonly RowTest[];
  readonly rules: readonly Rule[];
  readonly manual: number; // index of the manualOverride rule, -1 when none
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim().length === 0);
}

/** A "no recognised columns" message names at most this many fields the rule set reads. */
const EXAMPLE_FIELDS = 6;

function tableProblem(code: TableProblem["code"], expected: readonly FieldId[]): TableProblem {
  const examples = (lang: Lang): string[] => expected.slice(0, EXAMPLE_FIELDS).map((f) => FIELDS[f].label[lang]);
  const message: Localized =
    code === "no-header"
      ? engineText((m) => m.tableProblems["no-header"])
      : engineText((m, lang) => m.tableProblems["no-recognised-columns"](examples(lang)));
  return { code, message, expected };
}

/** Fields the rule set reads, for checking the table has some of them. */
function fieldsRead(ruleSet: RuleSet): FieldId[] {
  const out = new Set<FieldId>();
  for (const d of ruleSet.dimensions) for (const c of d.criteria) if (isFieldId(c.field)) out.add(c.field);
  return [...out];
}

/**
 * Grades a table.
 * @example
 * const result = gradeTable(table, defaultRuleSet(), { asOf: 46082 });
 * if (result.ok) console.log(result.value.outputs.grades); // ["A", "B", "C"]
 */
export function gradeTable(table: Table, ruleSet: RuleSet, options: GradeOptions): Result<GradeReport, TableProblem> {
  const language = options.language ?? ruleSet.language;
  if (table.headers.every(isBlank)) return err(tableProblem("no-header", fieldsRead(ruleSet)));
  const mapping = options.mapping ?? mapColumns(table.headers, options.overrides);
  const usable = Object.values(mapping.columns).some(
    (c) => c && FIELDS[c.field].role === "input" && c.field !== "manualGrade",
  );
  if (!usable) return err(tableProblem("no-recognised-columns", fieldsRead(ruleSet)));

  const letters = ruleSet.grades.map((g) => g.letter);
  const letterIndex = new Map(letters.map((l, i) => [l, i]));
  const columns = readColumns(table, mapping, new Set(letters), options.asOf);
  const rowCount = columns.rowCount;

  const rowScores = scoreTable(ruleSet, columns);
  const relativeToTable = isRelativeToTable(ruleSet);
  const prepared = prepareRules(ruleSet.rules, columns);
  reportUnrecognisedWords(ruleSet, columns);
  const manualGrades = prepared.manual >= 0 ? columns.grades("manualGrade") : null;
  const names = columns.texts("customerName");
  // Every column the grading reads has been read by now, so the issues are complete.
  const hasIssue = new Uint8Array(rowCount);
  for (const issue of columns.issues) hasIssue[issue.row] = 1;

  const outputColumns = new Set(
    Object.values(mapping.columns)
      .filter((c) => c && FIELDS[c.field].role === "output")
      .map((c) => c?.index),
  );
  const inputIndexes = table.headers.map((_, i) => i).filter((i) => !outputColumns.has(i as never));

  const status = new Uint8Array(rowCount);
  const scores = new Float64Array(rowCount).fill(NaN);
  const computed = new Int16Array(rowCount).fill(-1);
  const finalGrade = new Int16Array(rowCount).fill(-1);
  const fired = new Uint32Array(rowCount);
  const counts = new Float64Array(letters.length);
  let graded = 0;
  let incomplete = 0;
  let skipped = 0;
  const ruleCount = prepared.rules.length;
  // Per-rule facts looked up once, not per row.
  const ruleKinds = prepared.rules.map((rule) => rule.kind);
  const capIndexes = prepared.rules.map((rule) =>
    rule.kind === "cap" ? (letterIndex.get(rule.grade.toUpperCase()) ?? 0) : 0,
  );

  for (let r = 0; r < rowCount; r++) {
    const cells = table.rows[r] ?? [];
    let blank = true;
    for (const i of inputIndexes) {
      if (!isBlank(cells[i])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      status[r] = STATUS_SKIPPED;
      skipped++;
      continue;
    }
    const score = rowScores[r] as number;
    let mask = 0;
    let missingData = false;
    let capIndex = 0;
    let manual = -1;
    for (let k = 0; k < ruleCount; k++) {
      const kind = ruleKinds[k] as Rule["kind"];
      const holds = kind === "manualOverride" || (prepared.tests[k] as RowTest)(r);
      switch (kind) {
        case "require":
          if (!holds) {
            missingData = true;
            mask |= 1 << k;
          }
          break;
        case "cap":
          if (holds) {
            mask |= 1 << k;
            capIndex = Math.max(capIndex, capIndexes[k] as number);
          }
          break;
        case "flag":
          if (holds) mask |= 1 << k;
          break;
        case "manualOverride": {
          const letter = manualGrades?.[r];
          if (letter != null) {
            manual = letterIndex.get(letter) ?? -1;
            if (manual >= 0) mask |= 1 << k;
          }
          break;
        }
      }
    }
    fired[r] = mask >>> 0;
    if (missingData || score !== score) {
      status[r] = STATUS_INCOMPLETE;
      incomplete++;
      if (manual >= 0) {
        finalGrade[r] = manual;
        counts[manual] = (counts[manual] ?? 0) + 1;
      }
      continue;
    }
    const rounded = round1(score);
    scores[r] = rounded;
    const capped = Math.max(gradeForScore(ruleSet, rounded), capIndex);
    computed[r] = capped;
    finalGrade[r] = manual >= 0 ? manual : capped;
    counts[finalGrade[r] as number] = (counts[finalGrade[r] as number] ?? 0) + 1;
    status[r] = STATUS_GRADED;
    graded++;
  }

  // Few distinct remarks, a million rows: cache by (rules fired) then by small integer keys, so no key
  // string or boxed number is built per row.
  const remarkCache = new Map<number, Map<number, string>>();
  const remarkOf = (r: number): string => {
    const s = status[r] as number;
    if (s === STATUS_SKIPPED) return "";
    const mask = fired[r] as number;
    let byMask = remarkCache.get(mask);
    if (!byMask) {
      byMask = new Map();
      remarkCache.set(mask, byMask);
    }
    const key = (((finalGrade[r] as number) + 1) * 4 + s) * 2 + (hasIssue[r] as number);
    let text = byMask.get(key);
    if (text === undefined) {
      text = composeRemark(
        ruleSet,
        s === STATUS_INCOMPLETE,
        finalGrade[r] as number,
        mask,
        hasIssue[r] === 1,
        language,
      );
      byMask.set(key, text);
    }
    return text;
  };

  const grades: (string | null)[] = new Array<string | null>(rowCount);
  const remarks: string[] = new Array<string>(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const g = finalGrade[r] as number;
    grades[r] = g >= 0 ? (letters[g] as string) : null;
    remarks[r] = remarkOf(r);
  }

  const issues = [...columns.issues].sort((a, b) => a.row - b.row || a.column - b.column);
  const summary: GradeSummary = {
    counts: Object.fromEntries(letters.map((l, i) => [l, counts[i] as number])),
    graded,
    incomplete,
    skipped,
    issues: issues.length,
  };

  let issuesByRow: Map<number, CellIssue[]> | undefined;
  const rowIssues = (r: number): readonly CellIssue[] => {
    if (!issuesByRow) {
      issuesByRow = new Map();
      for (const issue of issues) {
        const list = issuesByRow.get(issue.row) ?? [];
        list.push(issue);
        issuesByRow.set(issue.row, list);
      }
    }
    return issuesByRow.get(r) ?? [];
  };
  let points: CriterionPointsTable | undefined;
  const row = (index: number): RowResult => {
    if (!Number.isInteger(index) || index < 0 || index >= rowCount) {
      throw new RangeError(`row ${index} is outside the table's ${rowCount} data rows`);
    }
    const base = { row: rowIndex(index), name: names[index] ?? "", issues: rowIssues(index) };
    const s = status[index] as number;
    if (s === STATUS_SKIPPED) return { ...base, status: "skipped" };
    points ??= criterionPoints(ruleSet, columns);
    const reasons = explainRow(ruleSet, points, index, {
      score: rowScores[index] as number,
      fired: fired[index] as number,
      computed: computed[index] as number,
      final: finalGrade[index] as number,
    });
    const grade = grades[index] ?? null;
    if (s === STATUS_INCOMPLETE) {
      const missing = prepared.rules.flatMap((rule, k) =>
        rule.kind === "require" && ((fired[index] as number) >>> k) & 1 ? [{ rule: rule.id, anyOf: rule.anyOf }] : [],
      );
      return { ...base, status: "incomplete", missing, grade, remark: remarks[index] ?? "", reasons };
    }
    return {
      ...base,
      status: "graded",
      score: scores[index] as number,
      grade: grade ?? "",
      computedGrade: letters[computed[index] as number] ?? "",
      remark: remarks[index] ?? "",
      reasons,
    };
  };

  return ok({
    ruleSet,
    mapping,
    language,
    rowCount,
    outputs: { grades, scores, remarks },
    summary,
    issues,
    relativeToTable,
    row,
    statusOf: (index) => {
      const s = status[index];
      return s === STATUS_GRADED ? "graded" : s === STATUS_INCOMPLETE ? "incomplete" : "skipped";
    },
    issuesOf: rowIssues,
    rows: () => Array.from({ length: rowCount }, (_, i) => row(i)),
  });
}

function prepareRules(rules: readonly Rule[], columns: TableColumns): PreparedRules {
  const tests: RowTest[] = rules.map((rule) => {
    switch (rule.kind) {
      case "require": {
        const present = rule.anyOf.map((f) => columns.presence(f));
        return (row) => {
          for (const p of present) if (p(row)) return true; // a loop, not .some(): no closure per row
          return false;
        };
      }
      case "cap":
      case "flag":
        return compileAll(rule.when, columns);
      case "manualOverride":
        return () => true; // decided from the manual-grade column itself
    }
  });
  return { tests, rules, manual: rules.findIndex((r) => r.kind === "manualOverride") };
}

function composeRemark(
  ruleSet: RuleSet,
  incomplete: boolean,
  grade: number,
  mask: number,
  unreadable: boolean,
  lang: Lang,
): string {
  const parts: Localized[] = [];
  const gradeSpec = grade >= 0 ? ruleSet.grades[grade] : undefined;
  if (gradeSpec) parts.push(gradeSpec.remark);
  const missing: Localized[] = [];
  ruleSet.rules.forEach((rule, k) => {
    if (((mask >>> k) & 1) === 0) return;
    if (rule.kind === "require") missing.push(rule.remark);
    else parts.push(rule.remark);
  });
  if (unreadable) parts.push(UNREADABLE_CELLS);
  if (incomplete) {
    const why = joinRemarks(missing.length > 0 ? missing : [NOTHING_TO_SCORE], lang);
    const rest = joinRemarks(parts, lang);
    return `${INCOMPLETE_PREFIX[lang]}${why}${rest ? (lang === "en" ? "; " : "；") + rest : ""}`;
  }
  return joinRemarks(parts, lang);
}
