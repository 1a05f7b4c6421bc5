/**
 * `customer-grader sql`: the SELECT it prints runs in embedded DuckDB on the table whose header row it was given
 * (a .csv or an .xlsx), or whose columns a mapping file names, and grades as the engine grades the same rows;
 * what it cannot compile, a bad dialect or no headers are refused with one line and nothing written.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { defaultRuleSet, mapTableColumns } from "../../src/engine";
import { everyKindRuleSet, everyKindTable } from "../support/everyKindRules";
import { compareRows, engineRows, sqlRowOf } from "../support/sqlEquality";
import { loadIntoDuckDb, typedTable } from "../support/typedTable";
import { runInProcess, tempDir } from "./support/cli";
import { SEED_HEADERS, csvText, tableWorkbook } from "./support/workbooks";

const dir = tempDir("sql");
const AS_OF = 46_348; // 2026-11-22

async function runInDuckDb(sql: string, table: ReturnType<typeof typedTable>) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await loadIntoDuckDb(connection, "crm_customers", table);
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    return rows.map((row) => sqlRowOf(row as Record<string, unknown>));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const rules = join(dir, "every-kind.rules.json");
writeFileSync(rules, JSON.stringify(everyKindRuleSet().source));
const typed = typedTable(everyKindTable(300, 3), everyKindRuleSet());

test.each(["csv", "xlsx"] as const)("--headers-from a .%s: the printed SELECT grades as the engine", async (ext) => {
  const headers = typed.table.headers.map(String);
  const file = join(dir, `headers.${ext}`);
  writeFileSync(file, ext === "csv" ? csvText(headers, []) : await tableWorkbook(headers, [headers.map(() => null)]));
  const run = await runInProcess([
    "sql",
    "--dialect",
    "duckdb",
    "--table",
    "crm_customers",
    "--headers-from",
    file,
    "--rules",
    rules,
    "--as-of",
    "2026-11-22",
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const result = compareRows(
    engineRows(typed, everyKindRuleSet(), { dialect: "duckdb", table: "", asOf: AS_OF }),
    await runInDuckDb(run.stdout, typed),
    false,
  );
  expect(result.differences).toEqual([]);
  expect(result.equal).toBe(300);
});

test("--columns MAPPING.json with the fields the header reader finds gives the same SELECT; --out writes it", async () => {
  const headers = typed.table.headers.map(String);
  const mapping = mapTableColumns(headers, everyKindRuleSet());
  const fieldOf = new Map<string, string>([
    ...Object.values(mapping.columns).flatMap((c) => (c ? [[headers[c.index] as string, c.field] as const] : [])),
    ...Object.values(mapping.custom ?? {}).map((c) => [headers[c.index] as string, c.field] as const),
  ]);
  const columns = join(dir, "columns.json");
  writeFileSync(columns, JSON.stringify(Object.fromEntries(headers.map((h) => [h, fieldOf.get(h) ?? null]))));
  const csv = join(dir, "same-headers.csv");
  writeFileSync(csv, csvText(headers, []));
  const common = ["sql", "--dialect", "postgres", "--table", "analytics.customers", "--rules", rules];
  const fromHeaders = await runInProcess([...common, "--headers-from", csv]);
  const out = join(dir, "model.sql");
  const fromColumns = await runInProcess([...common, "--columns", columns, "--out", out]);
  expect(fromColumns.code).toBe(0);
  expect(fromColumns.stdout).toBe("");
  const sql = readFileSync(out, "utf8");
  expect(sql).toBe(fromHeaders.stdout);
  expect(sql).toContain('FROM "analytics"."customers" AS t');
  expect(sql).toContain("CURRENT_DATE"); // no --as-of: the database's own date
});

test("a table whose frequency is only words in its transport needs is refused, naming the criterion", async () => {
  const file = join(dir, "seed.csv");
  writeFileSync(file, csvText([...SEED_HEADERS], []));
  const out = join(dir, "refused.sql");
  const run = await runInProcess([
    "sql",
    "--dialect",
    "duckdb",
    "--table",
    "t",
    "--headers-from",
    file,
    "--out",
    out,
    "--lang",
    "zh-CN",
  ]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("运输需求");
  expect(existsSync(out)).toBe(false);
  expect(defaultRuleSet().dimensions.length).toBeGreaterThan(0);
});

test.each([
  [["sql", "--dialect", "oracle", "--table", "t", "--columns", "x.json"], /duckdb, postgres, clickhouse or spark/],
  [["sql", "--dialect", "duckdb", "--columns", "x.json"], /--table/],
  [["sql", "--dialect", "duckdb", "--table", "t"], /--headers-from/],
  [["sql", "--dialect", "duckdb", "--table", "t", "--columns", "a.json", "--headers-from", "b.csv"], /--headers-from/],
])("%j is refused with one line", async (argv, message) => {
  const run = await runInProcess([...argv, "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
});
