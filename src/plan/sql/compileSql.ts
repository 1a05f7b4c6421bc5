/**
 * A rule set compiled to one SQL `SELECT`: the table's own columns, then each row's score, grade, remark and the
 * rules that fired, computed by the SQL engine exactly as `gradeTable` computes them on the same typed values
 * (the steps of ARCHITECTURE.md's "The engine, in the order a table goes through it", one CTE each). What the
 * query cannot compute the engine's way is refused, naming what reads it; nothing is approximated.
 */
import { labelOf } from "../../engine/customFields";
import { FIELDS, isFieldId } from "../../engine/fields";
import type { ColumnMapping, MappingOverrides } from "../../engine/headers/mapColumns";
import { notAssessedOf } from "../../engine/grade/assessed";
import { mapTable } from "../../engine/grade/mapTable";
import { ENGINE_MESSAGES } from "../../engine/i18n";
import type { Condition, FieldRef, Rule } from "../../engine/rules/schema";
import type { RuleSet } from "../../engine/rules/ruleSet";
import { type Lang, type Localized, type Result, assertNever, err, ok } from "../../engine/types";
import { type SqlAsOf, currentAsOf, fixedAsOf } from "./asOf";
import { BY_DISTINCT_VALUE, CRITERION_SQL, type CriterionSqlInput } from "./criteria";
import type { Dialect, DialectName } from "./dialect";
import { DIALECTS } from "./dialects";
import { type FieldValues, fieldValues } from "./fieldValues";
import { sqlMessages } from "./messages";
import { trimmedCell } from "./text";
import { unreadableRow } from "./unreadable";

/**
 * The columns the query adds after the table's own, in this order. Prefixed: analysts' tables have columns named
 * "Grade" and "Score" of their own (the grade given by hand, a CRM's score).
 */
export const SQL_OUTPUTS = {
  score: "cg_score",
  grade: "cg_grade",
  remark: "cg_remark",
  firedRules: "cg_fired_rules",
} as const;

export interface SqlOptions {
  readonly dialect: DialectName;
  /** The table to read: a name, or `schema.table` (each part quoted). */
  readonly table: string;
  /** The table's column names, in order (the header row of a file with them). */
  readonly headers: readonly string[];
  /** The analyst's header → field choices, as in Excel's column mapping. */
  readonly overrides?: MappingOverrides;
  /** "Today" as an Excel serial; absent: the SQL engine's current date. */
  readonly asOf?: number;
  /** The remarks' language; the rule set's by default. */
  readonly language?: Lang;
}

export interface CompiledSql {
  readonly sql: string;
  /** How the headers were read, for the caller to show. */
  readonly mapping: ColumnMapping;
}

export interface SqlProblem {
  readonly code: "table" | "output-clash" | "not-compilable";
  readonly message: Localized;
}

/** A value worked out once per distinct key of `cg_fields` (a CTE of its own), joined to the points by `alias`. */
interface Lookup {
  readonly name: string;
  readonly alias: string;
  /** The `cg_fields` column it is keyed by. */
  readonly key: string;
  /** Its value, an expression of the key `cg__k`. */
  readonly value: string;
}

/** One CTE: its name and the columns it adds to the previous one's. */
interface Step {
  readonly name: string;
  readonly columns: readonly (readonly [alias: string, expr: string])[];
}

export function compileSql(ruleSet: RuleSet, options: SqlOptions): Result<CompiledSql, readonly SqlProblem[]> {
  const dialect = DIALECTS[options.dialect];
  const language = options.language ?? ruleSet.language;
  const mapped = mapTable(
    { headers: options.headers, rows: [] },
    ruleSet,
    options.overrides ? { overrides: options.overrides } : {},
  );
  if (!mapped.ok) return err([{ code: "table", message: mapped.error.message }]);
  const mapping = mapped.value;
  const clashes = options.headers.flatMap((header) => {
    const output = Object.values(SQL_OUTPUTS).find((o) => o === header.trim().toLowerCase());
    return output ? [{ code: "output-clash" as const, message: sqlMessages.outputClash(header, output) }] : [];
  });
  if (clashes.length > 0) return err(clashes);

  const asOf: SqlAsOf =
    options.asOf === undefined ? currentAsOf(dialect, mapping) : fixedAsOf(dialect, mapping, options.asOf, false);
  const letters = ruleSet.grades.map((g) => g.letter);
  // By index, the header as written (the mapping's header is trimmed: " 客户名称" is a column's real name).
  const column = (index: number): string => `t.${dialect.ident(options.headers[index] ?? "")}`;
  // Each cell read as text is trimmed once, in the first step: the later steps test and read it many times.
  const cells = new Map<number, string>();
  const textOf = (index: number): string => {
    let name = cells.get(index);
    if (name === undefined) cells.set(index, (name = `cg__c${index}`));
    return `t.${dialect.ident(name)}`;
  };
  const values = fieldValues({ dialect, mapping, custom: ruleSet.fields, asOf, letters, column, textOf });
  const query = buildQuery({ ruleSet, dialect, mapping, values, language, options, textOf, cells, column });
  if (!query.ok) return query;
  return ok({ sql: query.value, mapping });
}

interface QueryInput {
  readonly textOf: (index: number) => string;
  /** The cells `textOf` was asked for: column index → the name of its trimmed text in `cg_cells`. */
  readonly cells: ReadonlyMap<number, string>;
  readonly column: (index: number) => string;
  readonly ruleSet: RuleSet;
  readonly dialect: Dialect;
  readonly mapping: ColumnMapping;
  readonly values: FieldValues;
  readonly language: Lang;
  readonly options: SqlOptions;
}

function buildQuery(input: QueryInput): Result<string, readonly SqlProblem[]> {
  const { ruleSet, dialect, mapping, values, language, options, textOf, cells, column } = input;
  const d = dialect.double;
  const q = dialect.ident;
  const problems: SqlProblem[] = [];

  // 1. Every field the criteria and rules read, as a column (windows need a column to rank).
  const fieldColumns = new Map<FieldRef, string>();
  const fieldStep: [string, string][] = [];
  const typeOf = (ref: FieldRef) => (isFieldId(ref) ? FIELDS[ref].type : mapping.custom?.[ref]?.type);
  const isWords = (ref: FieldRef): boolean => typeOf(ref) === "text";
  /** Words and grades are compared as present or missing only: as numbers they have no value. */
  const isNumeric = (ref: FieldRef): boolean => typeOf(ref) !== "text" && typeOf(ref) !== "grade";
  const fieldColumn = (ref: FieldRef, who: Localized): string => {
    const found = fieldColumns.get(ref);
    if (found) return found;
    const before = values.uncompilable.length;
    const expr = isWords(ref)
      ? values.texts(ref)
      : typeOf(ref) === "grade"
        ? ref === "manualGrade"
          ? values.manualGrade()
          : dialect.toText("NULL")
        : values.numbers(ref);
    for (const source of values.uncompilable.slice(before)) {
      const from = mapping.columns[source.from]?.header ?? source.from;
      problems.push({
        code: "not-compilable",
        message: sqlMessages.phraseSource(who, labelOf(source.field, ruleSet.fields), from),
      });
    }
    const name = `cg__v${fieldColumns.size}`;
    fieldColumns.set(ref, name);
    fieldStep.push([name, expr]);
    return name;
  };

  // What depends on a cell's value alone and costs a scan of its tokens: once per distinct value, joined back.
  const lookups: Lookup[] = [];
  const byDistinctValue = (key: string, value: (k: string) => string): string => {
    const alias = `cg__j${lookups.length}`;
    lookups.push({ name: `cg_lookup${lookups.length}`, alias, key, value: value(q("cg__k")) });
    return `${alias}.${q("cg__v")}`;
  };

  // 2. Each criterion's points.
  const pointsStep: [string, string][] = [];
  const dimensions = ruleSet.dimensions.flatMap((dimension, di) => {
    if (dimension.weight === 0) return [];
    const criteria = dimension.criteria.flatMap((criterion, ci) => {
      if (criterion.weight === 0) return [];
      const label = criterion.label ?? labelOf(criterion.field, ruleSet.fields);
      const column = q(fieldColumn(criterion.field, sqlMessages.criterion(dimension.label, label)));
      const name = `cg__p${di}_${ci}`;
      const compile = CRITERION_SQL[criterion.kind] as (x: CriterionSqlInput<typeof criterion.kind>) => string;
      const points = (value: string): string =>
        compile({ criterion, dialect, value } as CriterionSqlInput<typeof criterion.kind>);
      pointsStep.push([name, BY_DISTINCT_VALUE.has(criterion.kind) ? byDistinctValue(column, points) : points(column)]);
      return [{ points: q(name), weight: criterion.weight }];
    });
    return [{ index: di, weight: dimension.weight, criteria }];
  });

  // 3. Each dimension's weighted sum and weight, in the engine's order of additions.
  const dimensionStep: [string, string][] = dimensions.flatMap(({ index, criteria }) => {
    const sum = [d(0), ...criteria.map((c) => `COALESCE(${d(c.weight)} * ${c.points}, ${d(0)})`)].join(" + ");
    const weight = [
      d(0),
      ...criteria.map((c) => `(CASE WHEN ${c.points} IS NOT NULL THEN ${d(c.weight)} ELSE ${d(0)} END)`),
    ].join(" + ");
    return [
      [`cg__ds${index}`, sum],
      [`cg__dw${index}`, weight],
    ];
  });

  // 4. The score, and whether each rule holds.
  const totalSum = [
    d(0),
    ...dimensions.map(({ index, weight }) => {
      const [ds, dw] = [q(`cg__ds${index}`), q(`cg__dw${index}`)];
      return `(CASE WHEN ${dw} > ${d(0)} THEN (${d(weight)} * ${ds}) / ${dw} ELSE ${d(0)} END)`;
    }),
  ].join(" + ");
  const totalWeight = [
    d(0),
    ...dimensions.map(
      ({ index, weight }) => `(CASE WHEN ${q(`cg__dw${index}`)} > ${d(0)} THEN ${d(weight)} ELSE ${d(0)} END)`,
    ),
  ].join(" + ");
  const notApplied = new Set(notAssessedOf(ruleSet, mapping).rules.map((r) => r.id));
  // Every field's column is NULL exactly where the engine's `presence` says the row has no value.
  const presence = (ref: FieldRef, who: Localized): string => `(${q(fieldColumn(ref, who))} IS NOT NULL)`;
  const ruleStep: [string, string][] = ruleSet.rules.map((rule, k) => {
    const who = sqlMessages.rule(rule.remark);
    return [
      `cg__r${k}`,
      ruleFires(rule, {
        dialect,
        notApplied,
        presence: (f) => presence(f, who),
        number: (f) => q(fieldColumn(f, who)),
        isNumeric,
        manual: q("cg__manual"),
      }),
    ];
  });
  const unreadable = unreadableRow(dialect, ruleSet, mapping, letters(ruleSet), textOf);
  // A words cell none of whose tokens a reader knows (per distinct text), or a cell the row test finds.
  const unknownWords = unreadable.words.map((words, i) => {
    const column = `cg__u${i}`;
    fieldStep.push([column, words.text]);
    return `(${q(column)} IS NOT NULL AND ${byDistinctValue(q(column), words.known)} IS NULL)`;
  });
  pointsStep.push(["cg__unreadable", [q("cg__bad"), ...unknownWords].join(" OR ")]);
  for (const from of unreadable.phraseColumns) {
    const field = labelOf("frequency", ruleSet.fields);
    problems.push({
      code: "not-compilable",
      message: sqlMessages.phraseSource(sqlMessages.wordsReport(from), field, from),
    });
  }
  if (problems.length > 0) return err(problems);

  // 5. Row by row: skipped, incomplete or graded; the score's grade, capped, or the grade given by hand.
  const ruleCount = ruleSet.rules.length;
  const fired = (k: number): string => q(`cg__r${k}`);
  const requireFailed = ruleSet.rules.flatMap((rule, k) => (rule.kind === "require" ? [fired(k)] : []));
  const incomplete = [`${q("cg__score")} IS NULL`, ...requireFailed].join(" OR ");
  const status = `(CASE WHEN ${q("cg__blank")} THEN 2 WHEN ${incomplete} THEN 1 ELSE 0 END)`;
  const rounded = `(floor(${q("cg__score")} * ${d(10)} + ${d(0.5)}) / ${d(10)})`;
  const gradeForScore = `(CASE ${ruleSet.grades
    .slice(0, -1)
    .map((g, i) => `WHEN ${rounded} >= ${d(g.minScore)} THEN ${i}`)
    .join(" ")} ELSE ${ruleSet.grades.length - 1} END)`;
  const letterIndex = new Map(letters(ruleSet).map((l, i) => [l, i]));
  const capped = ruleSet.rules.reduce((acc, rule, k) => {
    if (rule.kind !== "cap") return acc;
    const cap = letterIndex.get(rule.grade.toUpperCase()) ?? 0;
    return `(CASE WHEN ${fired(k)} AND ${cap} > ${acc} THEN ${cap} ELSE ${acc} END)`;
  }, gradeForScore);
  const manualRule = ruleSet.rules.findIndex((r) => r.kind === "manualOverride");
  const manualIndex =
    manualRule < 0
      ? "(CASE WHEN FALSE THEN 0 END)" // an integer NULL: PostgreSQL types a bare NULL column as text
      : `(CASE ${letters(ruleSet)
          .map((l, i) => `WHEN ${q("cg__manual")} = ${dialect.text(l)} THEN ${i}`)
          .join(" ")} END)`;
  const decisionStep: [string, string][] = [
    ["cg__status", status],
    ["cg__rounded", rounded],
    ["cg__computed", capped],
    ["cg__manual_index", manualIndex],
  ];
  const finalGrade = `(CASE WHEN ${q("cg__status")} = 2 THEN NULL WHEN ${q("cg__status")} = 1 THEN ${q("cg__manual_index")} WHEN ${q("cg__manual_index")} IS NOT NULL THEN ${q("cg__manual_index")} ELSE ${q("cg__computed")} END)`;

  // 6. The outputs: score, grade letter, remark, the rules that fired.
  const score = `(CASE WHEN ${q("cg__status")} = 0 THEN ${q("cg__rounded")} END)`;
  const grade = `(CASE ${letters(ruleSet)
    .map((l, i) => `WHEN ${q("cg__final")} = ${i} THEN ${dialect.text(l)}`)
    .join(" ")} END)`;
  const firedNames = ruleSet.rules.map((rule, k) => `(CASE WHEN ${fired(k)} THEN ${dialect.text(rule.id)} END)`);
  const firedRules =
    ruleCount === 0 ? "''" : `(CASE WHEN ${q("cg__status")} = 2 THEN '' ELSE ${dialect.concatWs(",", firedNames)} END)`;
  const remark = remarkOf({ ruleSet, dialect, language, finalGrade: q("cg__final"), fired });

  const blank = blankRow(options.headers, mapping, column, textOf);
  const manual = manualRule < 0 ? dialect.toText("NULL") : values.manualGrade();
  // Every cell read as text has been asked for by now.
  const cellColumns = [...cells].map(([index, name]): [string, string] => [name, trimmedCell(dialect, column(index))]);
  const steps: Step[] = [
    { name: "cg_cells", columns: cellColumns },
    {
      name: "cg_fields",
      columns: [...fieldStep, ["cg__manual", manual], ["cg__blank", blank], ["cg__bad", unreadable.test]],
    },
    { name: "cg_points", columns: pointsStep },
    { name: "cg_dimensions", columns: dimensionStep },
    {
      name: "cg_scores",
      columns: [
        ["cg__score", `(CASE WHEN (${totalWeight}) > ${d(0)} THEN (${totalSum}) / (${totalWeight}) END)`],
        ...ruleStep,
      ],
    },
    { name: "cg_decisions", columns: decisionStep },
    { name: "cg_final", columns: [["cg__final", finalGrade]] },
  ];
  const cte = (name: string, body: string): string => `${name} ${dialect.cteAs} (\n  ${body}\n)`;
  const ctes = steps.flatMap((step, i) => {
    const previous = i === 0 ? null : (steps[i - 1] as Step).name;
    const added = step.columns.map(([alias, expr]) => `,\n    ${expr} AS ${q(alias)}`).join("");
    if (previous === null)
      return [cte(step.name, `SELECT t.*${added}\n  FROM ${tableName(dialect, options.table)} AS t`)];
    // cg_fields reads the table's columns and the trimmed cells as `t.…`, as the first step does.
    if (step.name === "cg_fields") return [cte(step.name, `SELECT t.*${added}\n  FROM ${previous} AS t`)];
    if (step.name !== "cg_points") return [cte(step.name, `SELECT *${added}\n  FROM ${previous}`)];
    // The points join each distinct value's lookup (its own columns left out: `cg_fields.*`).
    const lookupCtes = lookups.map((l) =>
      cte(
        l.name,
        `SELECT ${q("cg__k")}, ${l.value} AS ${q("cg__v")}\n  FROM (SELECT DISTINCT ${l.key} AS ${q("cg__k")} FROM ${previous}) AS cg__distinct\n  WHERE ${q("cg__k")} IS NOT NULL`,
      ),
    );
    const joins = lookups
      .map((l) => `\n  LEFT JOIN ${l.name} AS ${l.alias} ON ${l.alias}.${q("cg__k")} = ${previous}.${l.key}`)
      .join("");
    return [...lookupCtes, cte(step.name, `SELECT ${previous}.*${added}\n  FROM ${previous}${joins}`)];
  });
  const inputs = options.headers.map((h) => q(h)).join(", ");
  const outputs = [
    `${score} AS ${q(SQL_OUTPUTS.score)}`,
    `${grade} AS ${q(SQL_OUTPUTS.grade)}`,
    `${remark} AS ${q(SQL_OUTPUTS.remark)}`,
    `${firedRules} AS ${q(SQL_OUTPUTS.firedRules)}`,
  ].join(",\n  ");
  return ok(`WITH ${ctes.join(",\n")}\nSELECT ${inputs},\n  ${outputs}\nFROM cg_final`);
}

const letters = (ruleSet: RuleSet): string[] => ruleSet.grades.map((g) => g.letter);

function tableName(dialect: Dialect, table: string): string {
  return table
    .split(".")
    .map((part) => dialect.ident(part))
    .join(".");
}

/**
 * A row whose every cell but the add-in's own outputs is blank is skipped (the engine's `isBlankRow`). A column read
 * as numbers or dates is typed, so it is blank only when NULL (its text would be a number's, never blank).
 */
function blankRow(
  headers: readonly string[],
  mapping: ColumnMapping,
  column: (index: number) => string,
  textOf: (index: number) => string,
): string {
  const inputs = [
    ...Object.values(mapping.columns).flatMap((c) =>
      c ? [{ index: c.index as number, role: FIELDS[c.field].role, type: FIELDS[c.field].type }] : [],
    ),
    ...Object.values(mapping.custom ?? {}).map((c) => ({
      index: c.index as number,
      role: "input" as const,
      type: c.type,
    })),
  ];
  const outputs = new Set<number>(inputs.filter((c) => c.role === "output").map((c) => c.index));
  const typed = new Set<number>(inputs.filter((c) => c.type !== "text" && c.type !== "grade").map((c) => c.index));
  const cells = headers.flatMap((_, i) => {
    if (outputs.has(i)) return [];
    return [typed.has(i) ? `${column(i)} IS NULL` : `${textOf(i)} IS NULL`];
  });
  return cells.length === 0 ? "TRUE" : `(${cells.join(" AND ")})`;
}

interface RuleContext {
  readonly dialect: Dialect;
  readonly notApplied: ReadonlySet<string>;
  readonly presence: (ref: FieldRef) => string;
  readonly number: (ref: FieldRef) => string;
  readonly isNumeric: (ref: FieldRef) => boolean;
  readonly manual: string;
}

const COMPARE = { gt: ">", gte: ">=", lt: "<", lte: "<=", eq: "=", ne: "<>" } as const;

/** Whether a rule fired on the row (a require rule: failed), as the engine's `decideRows` sets its bit. */
function ruleFires(rule: Rule, context: RuleContext): string {
  switch (rule.kind) {
    case "require":
      if (context.notApplied.has(rule.id)) return "FALSE";
      return `NOT (${rule.anyOf.map((f) => context.presence(f)).join(" OR ")})`;
    case "cap":
    case "flag":
      return `(${rule.when.map((c) => condition(c, context)).join(" AND ")})`;
    case "manualOverride":
      return `(${context.manual} IS NOT NULL)`;
    default:
      return assertNever(rule, "rule kind");
  }
}

/** A comparison with a missing value is false: a rule never fires on data that is not there. */
function condition(c: Condition, context: RuleContext): string {
  const { dialect } = context;
  if (c.op === "missing") return `NOT ${context.presence(c.field)}`;
  if (c.op === "present") return context.presence(c.field);
  const numberOf = (ref: FieldRef): string => (context.isNumeric(ref) ? context.number(ref) : dialect.toDouble("NULL"));
  const value = c.value;
  const left = numberOf(c.field);
  const right = typeof value === "object" ? numberOf(value.field) : dialect.double(value ?? Number.NaN);
  return `COALESCE(${left} ${COMPARE[c.op]} ${right}, FALSE)`;
}

interface RemarkInput {
  readonly ruleSet: RuleSet;
  readonly dialect: Dialect;
  readonly language: Lang;
  readonly finalGrade: string;
  readonly fired: (k: number) => string;
}

/** The remark the engine writes (`composeRemark`): the grade's action, what each rule adds, or what is missing. */
function remarkOf({ ruleSet, dialect, language, finalGrade, fired }: RemarkInput): string {
  const messages = ENGINE_MESSAGES[language].remarks;
  const t = (text: string) => dialect.text(text);
  const q = dialect.ident;
  const gradeRemark = `(CASE ${ruleSet.grades.map((g, i) => `WHEN ${finalGrade} = ${i} THEN ${t(g.remark[language])}`).join(" ")} END)`;
  const ruleParts = ruleSet.rules.flatMap((rule, k) =>
    rule.kind === "require" ? [] : [`(CASE WHEN ${fired(k)} THEN ${t(rule.remark[language])} END)`],
  );
  const unreadable = `(CASE WHEN ${q("cg__unreadable")} THEN ${t(messages.unreadableCells)} END)`;
  const parts = dialect.concatWs(messages.separator, [gradeRemark, ...ruleParts, unreadable]);
  const missing = ruleSet.rules.flatMap((rule, k) =>
    rule.kind === "require" ? [`(CASE WHEN ${fired(k)} THEN ${t(rule.remark[language])} END)`] : [],
  );
  const why =
    missing.length === 0
      ? t(messages.nothingToScore)
      : `COALESCE(NULLIF(${dialect.concatWs(messages.separator, missing)}, ''), ${t(messages.nothingToScore)})`;
  const restSeparator = language === "en" ? "; " : "；";
  const rest = `(CASE WHEN ${parts} = '' THEN '' ELSE ${dialect.concat([t(restSeparator), parts])} END)`;
  const incomplete = dialect.concat([t(messages.incompletePrefix), why, rest]);
  return `(CASE WHEN ${q("cg__status")} = 2 THEN '' WHEN ${q("cg__status")} = 1 THEN ${incomplete} ELSE ${parts} END)`;
}
