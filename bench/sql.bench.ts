/**
 * `npm run bench:sql`: the built command line grading a typed CSV by the JavaScript engine (`grade --out x.csv`)
 * and by the rule set compiled to SQL in embedded DuckDB (`grade --engine duckdb`), side by side in one run, at
 * 1,000,000 rows, then DuckDB alone at 10,000,000 rows (the JavaScript engine holds a whole table in memory: ten
 * million rows do not fit these machines). Wall time and the child's peak RSS (DuckDB's native memory included);
 * whether the two engines gave the same grade counts. `--quick`: 100,000 and 1,000,000 rows, no ten million.
 * Prints a Markdown table for BENCHMARKS.md; asserts nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { formatCsv } from "../src/cli/csv";
import { isoDateOfSerial, partsFromSerial } from "../src/engine";
import { peakRssMb, rssPreload } from "./childRss";
import { formatInt, formatMs } from "./measure";
import { BENCH_AS_OF, structuredTable } from "./tables";

const quick = process.argv.includes("--quick");
const dir = mkdtempSync(join(tmpdir(), "cg-bench-sql-"));
const BIN = join(process.cwd(), "bin", "customer-grader.cjs");
const PRELOAD = rssPreload(dir);
execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
const { year, month, day } = partsFromSerial(BENCH_AS_OF);
const asOf = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const DATE_HEADERS = new Set(["合作开始日期", "最近交易日期"]);

/** The bench's structured rows as a typed CSV export: numbers as numbers, dates as ISO dates. */
function writeCsv(path: string, rows: number): void {
  const t = structuredTable(rows);
  const dates = t.headers.map((h) => DATE_HEADERS.has(String(h)));
  const body = t.rows.map((r) =>
    r.map((v, c) =>
      v === undefined || v === null || typeof v === "boolean"
        ? null
        : dates[c] && typeof v === "number"
          ? isoDateOfSerial(v)
          : v,
    ),
  );
  writeFileSync(path, formatCsv([t.headers.map(String), ...body], ","));
}

interface Run {
  readonly ms: number;
  readonly rssMb: number;
}

function gradeOnce(input: string, out: string, engine: "js" | "duckdb"): Run {
  rmSync(out, { force: true });
  const argv = [
    "--require",
    PRELOAD,
    BIN,
    "grade",
    input,
    "--out",
    out,
    "--as-of",
    asOf,
    "--lang",
    "en",
    ...(engine === "duckdb" ? ["--engine", "duckdb"] : []),
  ];
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`grading ${input} (${engine}) failed: ${child.stderr}`);
  return { ms, rssMb: peakRssMb(child.stderr) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function gradeCounts(file: string, column: string): Promise<string> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const q = `SELECT "${column}" AS g, count(*) AS n FROM read_csv('${file}', header = true, all_varchar = true) GROUP BY 1 ORDER BY 1 NULLS LAST`;
    const rows = (await connection.runAndReadAll(q)).getRowObjectsJS() as { g: string | null; n: bigint }[];
    return rows.map((r) => `${r.g ?? "–"} ${formatInt(Number(r.n))}`).join(", ");
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Ten copies of the million rows, each customer renamed, by DuckDB (the JavaScript side would need it in memory). */
async function tenTimes(source: string, target: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (SELECT * REPLACE ("客户名称" || '-' || copy AS "客户名称") FROM read_csv('${source}', header = true), range(10) AS c(copy)) TO '${target}' (FORMAT csv, HEADER true)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function main(): Promise<void> {
  const lines: string[] = [
    "| input | rows | file | engine | wall time (median, runs) | peak RSS (max) | ÷ JavaScript | grades |",
    "|---|---:|---:|---|---:|---:|---:|---|",
  ];
  const sizes = quick ? [100_000, 1_000_000] : [1_000_000];
  for (const rows of sizes) {
    const input = join(dir, `customers-${rows}.csv`);
    writeCsv(input, rows);
    const mb = (statSync(input).size / 1e6).toFixed(0);
    const js: Run[] = [];
    const duck: Run[] = [];
    const runs = rows >= 1_000_000 ? 3 : 5;
    for (let i = 0; i < runs; i++) {
      // In turns (a b, b a, …): a change in the machine's load falls on both alike.
      const order: ("js" | "duckdb")[] = i % 2 === 0 ? ["js", "duckdb"] : ["duckdb", "js"];
      for (const engine of order)
        (engine === "js" ? js : duck).push(gradeOnce(input, join(dir, `graded-${engine}-${rows}.csv`), engine));
    }
    const jsMs = median(js.map((r) => r.ms));
    const duckMs = median(duck.map((r) => r.ms));
    const jsGrades = await gradeCounts(join(dir, `graded-js-${rows}.csv`), "客户等级");
    const duckGrades = await gradeCounts(join(dir, `graded-duckdb-${rows}.csv`), "cg_grade");
    const row = (engine: string, r: Run[], ms: number, ratio: string, grades: string) =>
      `| typed CSV | ${formatInt(rows)} | ${mb} MB | ${engine} | ${formatMs(ms)} (${r.length}) | ${Math.max(...r.map((x) => x.rssMb)).toFixed(0)} MB | ${ratio} | ${grades} |`;
    lines.push(row("JavaScript (`grade --out x.csv`)", js, jsMs, "1.00", jsGrades));
    lines.push(row("DuckDB (`--engine duckdb`)", duck, duckMs, (duckMs / jsMs).toFixed(2), duckGrades));
    console.log(lines.join("\n"));
  }
  if (!quick) {
    const million = join(dir, "customers-1000000.csv");
    const input = join(dir, "customers-10000000.csv");
    await tenTimes(million, input);
    const mb = (statSync(input).size / 1e6).toFixed(0);
    const duck = [0, 1].map(() => gradeOnce(input, join(dir, "graded-duckdb-10m.csv"), "duckdb"));
    const grades = await gradeCounts(join(dir, "graded-duckdb-10m.csv"), "cg_grade");
    lines.push(
      `| typed CSV | ${formatInt(10_000_000)} | ${mb} MB | DuckDB (\`--engine duckdb\`) | ${formatMs(median(duck.map((r) => r.ms)))} (${duck.length}) | ${Math.max(...duck.map((x) => x.rssMb)).toFixed(0)} MB | – | ${grades} |`,
    );
  }
  console.log(`\n${lines.join("\n")}`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
