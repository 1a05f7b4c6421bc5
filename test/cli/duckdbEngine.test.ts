/**
 * `customer-grader grade FILE --engine duckdb`: a typed .csv or .parquet (written by DuckDB from the every-kind
 * table) graded by embedded DuckDB, the output read back and compared row by row with the engine on the same
 * rows; the summary line counts the grades; text in a numeric column and unsupported options are refused.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { everyKindRuleSet, everyKindTable } from "../support/everyKindRules";
import { compareRows, engineRows, sqlRowOf } from "../support/sqlEquality";
import { ROW_COLUMN, loadIntoDuckDb, typedTable } from "../support/typedTable";
import { runInProcess, tempDir } from "./support/cli";
import { csvText } from "./support/workbooks";

const dir = tempDir("duckdb-engine");
const rules = join(dir, "every-kind.rules.json");
writeFileSync(rules, JSON.stringify(everyKindRuleSet().source));
const typed = typedTable(everyKindTable(400, 9), everyKindRuleSet());
const AS_OF = 46_348; // 2026-11-22

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await loadIntoDuckDb(connection, "customers", typed);
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

const q = (text: string): string => `'${text.split("'").join("''")}'`;

test.each([
  ["csv", "csv"],
  ["parquet", "parquet"],
  ["csv", "parquet"],
] as const)("a typed .%s graded to .%s equals the engine on every row", async (input, output) => {
  const file = join(dir, `customers-${input}-${output}.${input}`);
  await connection.run(`COPY customers TO ${q(file)} (FORMAT ${input}${input === "csv" ? ", HEADER true" : ""})`);
  const out = join(dir, `graded-${input}-${output}.${output}`);
  const run = await runInProcess([
    "grade",
    file,
    "--engine",
    "duckdb",
    "--rules",
    rules,
    "--out",
    out,
    "--as-of",
    "2026-11-22",
    "--lang",
    "en",
  ]);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/^DuckDB graded 400 rows \(A \d+, .*\), written to /);
  const reader = output === "csv" ? `read_csv(${q(out)}, header = true)` : `read_parquet(${q(out)})`;
  const rows = (await connection.runAndReadAll(`SELECT * FROM ${reader}`)).getRowObjectsJS();
  const result = compareRows(
    engineRows(typed, everyKindRuleSet(), { dialect: "duckdb", table: "", asOf: AS_OF, language: "en" }),
    rows.map((r) => sqlRowOf(r as Record<string, unknown>)),
    false,
  );
  expect(result.differences).toEqual([]);
  expect(result.equal).toBe(400);
  // The graded copy keeps the file's order (the ranking criteria's windows would not).
  const order = rows
    .map((r) => r[ROW_COLUMN])
    .filter((v) => v !== null && v !== undefined)
    .map(Number);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(order.length).toBeGreaterThan(350);
});

test("a date column holding numbers (Excel serials) is refused, naming it", async () => {
  const file = join(dir, "serial-dates.csv");
  writeFileSync(
    file,
    csvText(
      ["客户名称", "年营业额", "最近交易日期"],
      [
        ["甲", 120000, 46000],
        ["乙", 80000, 45900],
      ],
    ),
  );
  const run = await runInProcess(["grade", file, "--engine", "duckdb", "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('"最近交易日期" should hold dates');
});

test("a numeric column holding text (12.5万) is refused, naming it; nothing is written", async () => {
  const file = join(dir, "text-amounts.csv");
  writeFileSync(
    file,
    csvText(
      ["客户名称", "年营业额", "逾期天数"],
      [
        ["甲", "12.5万", 3],
        ["乙", "8万", 40],
      ],
    ),
  );
  const out = join(dir, "text-amounts.graded.csv");
  const run = await runInProcess(["grade", file, "--engine", "duckdb", "--lang", "zh-CN"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("“年营业额”");
  expect(existsSync(out)).toBe(false);
});

test.each([
  [["--format"], /--format does not go with --engine duckdb/],
  [["--json"], /--json does not go with --engine duckdb/],
  [["--engine", "spark"], /--engine can only be duckdb/],
])("grade x.csv --engine duckdb %j is refused", async (more, message) => {
  const argv = more[0] === "--engine" ? ["grade", "x.csv", ...more] : ["grade", "x.csv", "--engine", "duckdb", ...more];
  const run = await runInProcess([...argv, "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
});
