/**
 * The compiled SQL run by a real PostgreSQL server (Debian's, started by the test in a temporary directory)
 * grades every row as the engine does on the same typed rows: every golden table, the sample workbook's table,
 * a table using every criterion kind, rule kind and the analyst's own indicators in the three languages, and
 * 100,000 generated customers. Counted: rows compared, rows equal.
 */
import { type RuleSet, type Table, isoDateOfSerial } from "../../src/engine";
import { everyKindRuleSet, everyKindTable } from "../support/everyKindRules";
import { type Cell, type Column, type PostgresServer, startPostgres } from "../support/postgres";
import { type CompareOptions, compareRows, compiledFor, engineRows, sqlRowOf } from "../support/sqlEquality";
import { describeSqlEquality, serialOf } from "../support/sqlSuite";
import { type TypedTable, typedTable } from "../support/typedTable";

let server: PostgresServer;
let tables = 0;

beforeAll(async () => {
  server = await startPostgres();
  // PostgreSQL's JIT compiles this query's expressions first (its planner guesses 1,000 tokens a cell): seconds a
  // query, nothing next to a big table's run, everything next to a golden table's dozen rows.
  await server.query("SET jit = off");
}, 120_000); // initdb and the first start, on a loaded machine

afterAll(async () => {
  await server?.stop();
});

async function load(name: string, typed: TypedTable): Promise<void> {
  const columns: Column[] = typed.table.headers.map((h, i) => ({ name: String(h), type: typed.types[i] ?? "text" }));
  const rows: Cell[][] = typed.table.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null || cell === undefined) return null;
      return typed.types[i] === "date" ? isoDateOfSerial(cell as number) : (cell as Cell);
    }),
  );
  await server.loadTable(name, columns, rows);
}

async function compare(table: Table, ruleSet: RuleSet, options: Omit<CompareOptions, "dialect" | "table">) {
  const typed = typedTable(table, ruleSet);
  const full: CompareOptions = { dialect: "postgres", table: `graded_customers_${++tables}`, ...options };
  await load(full.table, typed);
  const rows = await server.query(compiledFor(typed, ruleSet, full));
  const sql = rows.map((row) => sqlRowOf(row as Record<string, unknown>));
  return compareRows(engineRows(typed, ruleSet, full), sql, options.firedRules === true);
}

describeSqlEquality("PostgreSQL", () => compare);

test("100,000 generated customers: every row's score and grade equal the engine's", async () => {
  const result = await compare(everyKindTable(100_000, 11), everyKindRuleSet(), { asOf: serialOf("2026-11-22") });
  expect(result.differences).toEqual([]);
  expect(result.rows).toBe(100_000);
  expect(result.equal).toBe(100_000);
}, 300_000);
