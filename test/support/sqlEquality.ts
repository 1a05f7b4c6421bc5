/**
 * The compiled SQL beside the engine on the same typed rows: the engine grades the typed table, the SQL engine
 * runs the compiled query on its copy, and every row's score (to 0.01), grade, remark and fired rules are
 * compared. Counts what it compared, so a test can say how many rows were equal.
 */
import { type Lang, type RuleSet, gradeTable } from "../../src/engine";
import { type DialectName, SQL_OUTPUTS, compileSql } from "../../src/plan/sql";
import { ROW_COLUMN, type TypedTable } from "./typedTable";

export interface SqlRow {
  readonly row: number | null;
  readonly score: number | null;
  readonly grade: string | null;
  readonly remark: string;
  readonly firedRules: string;
}

export interface Comparison {
  readonly rows: number;
  readonly equal: number;
  /** The first differences, engine beside SQL. */
  readonly differences: readonly { readonly row: number | null; readonly engine: SqlRow; readonly sql: SqlRow }[];
}

export interface CompareOptions {
  readonly dialect: DialectName;
  readonly table: string;
  readonly asOf: number;
  readonly language?: Lang;
  /** Compare the fired rules too (builds each row's reasons: slower). */
  readonly firedRules?: boolean;
}

/** The compiled query for a typed table (its headers, `cg_test_row` included). */
export function compiledFor(typed: TypedTable, ruleSet: RuleSet, options: CompareOptions): string {
  const compiled = compileSql(ruleSet, {
    dialect: options.dialect,
    table: options.table,
    headers: typed.table.headers.map(String),
    asOf: options.asOf,
    ...(options.language ? { language: options.language } : {}),
  });
  if (!compiled.ok) throw new Error(compiled.error.map((p) => p.message.en).join("\n"));
  return compiled.value.sql;
}

/** The engine's own results on the typed table, keyed by `cg_test_row` (blank rows under null). */
export function engineRows(typed: TypedTable, ruleSet: RuleSet, options: CompareOptions): SqlRow[] {
  const graded = gradeTable(typed.table, ruleSet, {
    asOf: options.asOf,
    ...(options.language ? { language: options.language } : {}),
  });
  if (!graded.ok) throw new Error(graded.error.message.en);
  const report = graded.value;
  const idColumn = typed.table.headers.length - 1;
  return typed.table.rows.map((cells, r) => {
    const score = report.outputs.scores[r] as number;
    let firedRules = "";
    if (options.firedRules) {
      const result = report.row(r);
      const fired = new Set<string>();
      if (result.status !== "skipped") {
        for (const reason of result.reasons)
          if (reason.kind !== "dimension" && reason.kind !== "notAssessed") fired.add(reason.rule);
        if (result.status === "incomplete") for (const m of result.missing) fired.add(m.rule);
      }
      firedRules = ruleSet.rules
        .filter((rule) => fired.has(rule.id))
        .map((rule) => rule.id)
        .join(",");
    }
    return {
      row: cells[idColumn] === null ? null : (cells[idColumn] as number),
      score: Number.isNaN(score) ? null : score,
      grade: report.outputs.grades[r] ?? null,
      remark: report.outputs.remarks[r] ?? "",
      firedRules,
    };
  });
}

/** Compares the SQL's rows (any order) with the engine's. */
export function compareRows(engine: readonly SqlRow[], sql: readonly SqlRow[], firedRules: boolean): Comparison {
  const byRow = new Map<number, SqlRow>();
  const blankSql = sql.filter((r) => r.row === null);
  for (const r of sql) if (r.row !== null) byRow.set(r.row, r);
  const differences: { row: number | null; engine: SqlRow; sql: SqlRow }[] = [];
  let equal = 0;
  let blankSeen = 0;
  for (const e of engine) {
    const s = e.row === null ? blankSql[blankSeen++] : byRow.get(e.row);
    const same =
      s !== undefined &&
      s.grade === e.grade &&
      s.remark === e.remark &&
      (s.score === null ? e.score === null : e.score !== null && Math.abs(s.score - e.score) < 0.01) &&
      (!firedRules || s.firedRules === e.firedRules);
    if (same) equal++;
    else if (differences.length < 5)
      differences.push({
        row: e.row,
        engine: e,
        sql: s ?? { row: null, score: null, grade: null, remark: "(missing)", firedRules: "" },
      });
  }
  return { rows: engine.length + Math.max(0, sql.length - engine.length), equal, differences };
}

/** A result row of the query as plain values. */
export function sqlRowOf(record: Readonly<Record<string, unknown>>): SqlRow {
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  return {
    row: num(record[ROW_COLUMN]),
    score: num(record[SQL_OUTPUTS.score]),
    grade: (record[SQL_OUTPUTS.grade] as string | null) ?? null,
    remark: (record[SQL_OUTPUTS.remark] as string | null) ?? "",
    firedRules: (record[SQL_OUTPUTS.firedRules] as string | null) ?? "",
  };
}
