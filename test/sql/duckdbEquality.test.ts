/**
 * The compiled SQL run by embedded DuckDB grades every row as the engine does on the same typed rows: every
 * golden table, the sample workbook's table and a table that uses every criterion kind, rule kind, derived
 * value and the analyst's own indicators, in the three languages. Counted: rows compared, rows equal.
 */
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { type RuleSet, type Table, defaultRuleSet } from "../../src/engine";
import { compileSql } from "../../src/plan/sql";
import { everyKindRuleSet, everyKindTable } from "../support/everyKindRules";
import { loadGoldenCases } from "../support/golden";
import { describeSqlEquality } from "../support/sqlSuite";
import { type CompareOptions, compareRows, compiledFor, engineRows, sqlRowOf } from "../support/sqlEquality";
import { loadIntoDuckDb, typedTable } from "../support/typedTable";

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

async function compare(table: Table, ruleSet: RuleSet, options: Omit<CompareOptions, "dialect" | "table">) {
  const typed = typedTable(table, ruleSet);
  const full: CompareOptions = { dialect: "duckdb", table: "graded_customers", ...options };
  await loadIntoDuckDb(connection, full.table, typed);
  const result = await connection.runAndReadAll(compiledFor(typed, ruleSet, full));
  const sql = result.getRowObjectsJS().map((row) => sqlRowOf(row as Record<string, unknown>));
  return compareRows(engineRows(typed, ruleSet, full), sql, options.firedRules === true);
}

describeSqlEquality("DuckDB", () => compare);

test("with no --as-of the query counts days to DuckDB's own date: the same grades as the engine given today", async () => {
  const table = everyKindTable(200, 5);
  const ruleSet = everyKindRuleSet();
  const typed = typedTable(table, ruleSet);
  await loadIntoDuckDb(connection, "today_customers", typed);
  const compiled = compileSql(ruleSet, {
    dialect: "duckdb",
    table: "today_customers",
    headers: typed.table.headers.map(String),
  });
  if (!compiled.ok) throw new Error("refused");
  const today = await connection.runAndReadAll(
    "SELECT CAST(date_diff('day', DATE '1970-01-01', CURRENT_DATE) AS DOUBLE) AS d",
  );
  const asOf = Number((today.getRowObjectsJS()[0] as { d: number }).d) + 25_569;
  const rows = (await connection.runAndReadAll(compiled.value.sql))
    .getRowObjectsJS()
    .map((r) => sqlRowOf(r as Record<string, unknown>));
  const result = compareRows(engineRows(typed, ruleSet, { dialect: "duckdb", table: "", asOf }), rows, false);
  expect(result.differences).toEqual([]);
  expect(result.equal).toBe(200);
});

test("a table with the frequency only as words in its transport needs is refused, naming what reads it", () => {
  const seed = loadGoldenCases().find((g) => g.file === "seed-000.zh-CN.json");
  if (!seed) throw new Error("seed-000.zh-CN.json is missing");
  const compiled = compileSql(defaultRuleSet(), { dialect: "duckdb", table: "t", headers: seed.headers.map(String) });
  expect(compiled.ok).toBe(false);
  if (compiled.ok) return;
  const messages = compiled.error.map((p) => p.message["zh-CN"]);
  expect(messages.some((m) => m.includes("“运输需求”"))).toBe(true);
  expect(compiled.error.every((p) => p.code === "not-compilable")).toBe(true);
});
