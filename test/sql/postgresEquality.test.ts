/**
 * The compiled SQL run by a real PostgreSQL server (Debian's, started by the test in a temporary directory)
 * grades every row as the engine does on the same typed rows: every golden table, the sample workbook's table,
 * a table using every criterion kind, rule kind and the analyst's own indicators in the three languages, and
 * 100,000 generated customers. Counted: rows compared, rows equal.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Lang, type RuleSet, type Table, defaultRuleSet, isoDateOfSerial } from "../../src/engine";
import { everyKindRuleSet, everyKindTable } from "../support/everyKindRules";
import { loadGoldenCases } from "../support/golden";
import { type Cell, type Column, type PostgresServer, startPostgres } from "../support/postgres";
import { type CompareOptions, compareRows, compiledFor, engineRows, sqlRowOf } from "../support/sqlEquality";
import { type TypedTable, typedTable, unpackTransportNeeds } from "../support/typedTable";

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

const serialOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

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

describe.each(loadGoldenCases().filter((g) => "grades" in g.expect))("golden table $file", (golden) => {
  test("every row's score, grade, remark and fired rules equal the engine's", async () => {
    const lang =
      golden.language ?? (golden.file.includes("zh-TW") ? "zh-TW" : golden.file.includes(".en.") ? "en" : "zh-CN");
    const table = unpackTransportNeeds({ headers: golden.headers, rows: golden.rows }, defaultRuleSet(), lang);
    const result = await compare(table, defaultRuleSet(), {
      asOf: serialOf(golden.asOf),
      firedRules: true,
      ...(golden.language ? { language: golden.language } : {}),
    });
    expect(result.differences).toEqual([]);
    expect(result.equal).toBe(golden.rows.length);
  });
});

test("the sample workbook's table grades the same in PostgreSQL", async () => {
  const sample = JSON.parse(readFileSync(join(__dirname, "../../samples/logistics-customers.json"), "utf8")) as {
    asOf: string;
    headers: string[];
    rows: Table["rows"];
  };
  const table = unpackTransportNeeds({ headers: sample.headers, rows: sample.rows }, defaultRuleSet(), "zh-CN");
  const result = await compare(table, defaultRuleSet(), { asOf: serialOf(sample.asOf), firedRules: true });
  expect(result.differences).toEqual([]);
  expect(result.equal).toBe(sample.rows.length);
});

describe.each<Lang>(["zh-CN", "zh-TW", "en"])("every kind of criterion and rule, remarks in %s", (language) => {
  test("600 customers with ties, blanks, packed and full-width words and grades by hand", async () => {
    const table = everyKindTable(600, language.length * 7);
    const result = await compare(table, everyKindRuleSet(), {
      asOf: serialOf("2026-11-22"),
      language,
      firedRules: true,
    });
    expect(result.differences).toEqual([]);
    expect(result.equal).toBe(600);
  });
});

test("100,000 generated customers: every row's score and grade equal the engine's", async () => {
  const result = await compare(everyKindTable(100_000, 11), everyKindRuleSet(), { asOf: serialOf("2026-11-22") });
  expect(result.differences).toEqual([]);
  expect(result.rows).toBe(100_000);
  expect(result.equal).toBe(100_000);
}, 300_000);
