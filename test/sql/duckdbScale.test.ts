/** 100,000 generated customers graded by the compiled SQL in embedded DuckDB: every row equals the engine's. */
import { DuckDBInstance } from "@duckdb/node-api";
import { everyKindRuleSet, everyKindTable } from "../support/everyKindRules";
import { type CompareOptions, compareRows, compiledFor, engineRows, sqlRowOf } from "../support/sqlEquality";
import { loadIntoDuckDb, typedTable } from "../support/typedTable";

test("100,000 customers: every row's score, grade and remark equal the engine's", async () => {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const ruleSet = everyKindRuleSet();
    const typed = typedTable(everyKindTable(100_000, 11), ruleSet);
    const options: CompareOptions = { dialect: "duckdb", table: "customers", asOf: 46_348 };
    await loadIntoDuckDb(connection, options.table, typed);
    const read = await connection.runAndReadAll(compiledFor(typed, ruleSet, options));
    const sql = read.getRowObjectsJS().map((row) => sqlRowOf(row as Record<string, unknown>));
    const result = compareRows(engineRows(typed, ruleSet, options), sql, false);
    expect(result.differences).toEqual([]);
    expect(result.rows).toBe(100_000);
    expect(result.equal).toBe(100_000);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}, 300_000);
