/**
 * What every fit of one table shares: the table read as grading reads it (the mapping, the columns, which rows
 * fail a `require` rule), the analyst's grades and the rows they graded. Built once per fit; the folds reuse it.
 */
import { readColumns } from "../grade/columns";
import { decideAsOf } from "../grade/asOf";
import { notAssessedOf } from "../grade/assessed";
import { prepareRules } from "../grade/hardRules";
import { mapTable } from "../grade/mapTable";
import type { ColumnMapping } from "../headers/mapColumns";
import { engineText } from "../i18n";
import { loadRuleSet } from "../rules/loadRuleSet";
import type { RuleSet } from "../rules/ruleSet";
import { type ParsedRuleSet, ruleSetSchema } from "../rules/schema";
import { type Result, type Table, err, ok } from "../types";
import { type AnalystGrades, readAnalystGrades } from "./analystGrades";
import { evenThresholds, ladderOf } from "./ladder";
import type { FitRows } from "./model";
import type { FitOptions, FitProblem } from "./types";

/** The starting rule set with every rule, switched off ones too (a fit may switch a cap on or off). */
function parsedOf(start: RuleSet): ParsedRuleSet {
  const parsed = ruleSetSchema.safeParse(start.source);
  if (parsed.success) return parsed.data;
  const rest = Object.fromEntries(Object.entries(start).filter(([key]) => key !== "source"));
  return { ...rest, language: start.language, format: "customer-grader/rules", version: 1 } as ParsedRuleSet;
}

export interface Setting {
  readonly table: Table;
  readonly start: ParsedRuleSet;
  readonly analyst: AnalystGrades;
  readonly mapping: ColumnMapping;
  readonly options: FitOptions;
  readonly columns: ReturnType<typeof readColumns>;
  readonly requireFails: (row: number) => boolean;
  /** Table rows the analyst graded. */
  readonly graded: Int32Array;
}

export function prepareFit(table: Table, start: RuleSet, options: FitOptions): Result<Setting, FitProblem> {
  const parsed = parsedOf(start);
  const analyst = readAnalystGrades(table, options.gradeColumn, start);
  if (!analyst.ok) return analyst;
  // Measured with a ladder of the analyst's letters, so caps and the "none" column speak the same letters.
  const measuring = loadRuleSet({
    ...parsed,
    grades: ladderOf(parsed, analyst.value.letters, evenThresholds(analyst.value.letters.length)),
  });
  if (!measuring.ok) return err({ code: "table", message: engineText(() => measuring.error[0]?.message ?? "") });
  const header = analyst.value.header;
  const mapped = mapTable(table, measuring.value, { overrides: { ...options.overrides, [header]: null } });
  if (!mapped.ok) return err({ code: "table", message: mapped.error.message });
  const mapping = mapped.value;
  const asOf = decideAsOf(mapping, options);
  const columns = readColumns(table, mapping, new Set(analyst.value.letters), asOf.serial);
  const notApplied = new Set(notAssessedOf(measuring.value, mapping).rules.map((r) => r.id));
  const rules = prepareRules(measuring.value.rules, columns, notApplied);
  const requireTests = rules.rules.flatMap((rule, k) => (rule.kind === "require" ? [rules.tests[k]] : []));
  const requireFails = (row: number): boolean => requireTests.some((test) => test !== undefined && !test(row));
  const graded = Int32Array.from(
    Array.from(analyst.value.byRow, (g, row) => (g >= 0 ? row : -1)).filter((row) => row >= 0),
  );
  return ok({ table, start: parsed, analyst: analyst.value, mapping, options, columns, requireFails, graded });
}

export function rowsOf(setting: Setting, rows: Int32Array): FitRows {
  return { rows, analyst: Int16Array.from(rows, (r) => setting.analyst.byRow[r] as number) };
}
