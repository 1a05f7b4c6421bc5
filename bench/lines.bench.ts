/**
 * `npm run bench:lines`: building the customer table from order lines, as the pane runs it (the engine's
 * `buildCustomers`, bundled as webpack ships it), on the shipped mainland sample repeated to 100,000 and
 * 1,000,000 lines, side by side with embedded DuckDB aggregating the same lines from the same CSV text
 * (the months, amounts, distinct orders, dates and NTILE(5) RFM scores). Prints a Markdown table for
 * BENCHMARKS.md. Not a test: nothing here asserts a time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import { parseDate, type Table } from "../src/engine";
import { buildCustomers } from "../src/engine/lines";
import { formatInt, formatMs, time, type Timing } from "./measure";

const quick = process.argv.includes("--quick");
const SIZES = quick ? [100_000] : [100_000, 1_000_000];
const AS_OF = "2018-01-01";
const asOf = parseDate(AS_OF) as number;

/** Run from the project root (as npm runs it). The sample's lines, each copy under other customer names (…#2, …#3), so customers grow with the lines. */
function linesOf(count: number): { table: Table; csv: string } {
  const text = readFileSync(join("samples", "lines", "order-lines.csv"), "utf8").replace(/^\uFEFF/, "");
  const [headers = [], ...sample] = parse(text) as string[][];
  const customer = headers.indexOf("客户名称");
  const rows: string[][] = [];
  for (let copy = 1; rows.length < count; copy++)
    for (const row of sample) {
      if (rows.length === count) break;
      rows.push(copy === 1 ? row : row.map((cell, i) => (i === customer ? `${cell}#${copy}` : cell)));
    }
  const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const csv = [headers, ...rows].map((row) => row.map(quote).join(",")).join("\n") + "\n";
  return { table: { headers, rows }, csv };
}

function build(table: Table): number {
  const built = buildCustomers(table, { asOf, lang: "zh-CN" });
  if (!built.ok) throw new Error(built.error.message.en);
  return built.value.customers.length;
}

/** The same measures by SQL, from the CSV file (DuckDB reads and parses it: the same work the engine's caller does). */
const SQL = (file: string): string => `
  WITH lines AS (
    SELECT trim("客户名称") AS customer, CAST("发货日期"[1:10] AS DATE) AS day, "运单号" AS order_no,
           TRY_CAST("运费(元)" AS DOUBLE) AS amount
    FROM read_csv('${file}', header = true, all_varchar = true)
    WHERE CAST("发货日期"[1:10] AS DATE) < DATE '${AS_OF}'
  ),
  customers AS (
    SELECT customer,
           ${Array.from({ length: 12 }, (_, m) => `SUM(CASE WHEN day >= DATE '${AS_OF}' - INTERVAL 1 YEAR AND month(day) = ${m + 1} THEN amount ELSE 0 END) AS m${m + 1}`).join(",\n           ")},
           SUM(CASE WHEN day >= DATE '${AS_OF}' - INTERVAL 1 YEAR THEN amount ELSE 0 END) AS monetary,
           COUNT(DISTINCT CASE WHEN day >= DATE '${AS_OF}' - INTERVAL 1 YEAR THEN order_no END) AS frequency,
           MIN(day) AS first_day, MAX(day) AS last_day,
           date_diff('day', MAX(day), DATE '${AS_OF}') AS recency
    FROM lines GROUP BY customer
  )
  SELECT *, NTILE(5) OVER (ORDER BY recency DESC, customer) AS r,
            NTILE(5) OVER (ORDER BY frequency, customer) AS f,
            NTILE(5) OVER (ORDER BY monetary, customer) AS m
  FROM customers`;

async function timeSql(runs: number, file: string): Promise<{ timing: Timing; customers: number }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const walls: number[] = [];
  let customers = 0;
  try {
    for (let i = 0; i < runs; i++) {
      globalThis.gc?.();
      const start = performance.now();
      customers = (await connection.runAndReadAll(SQL(file))).getRowObjects().length;
      walls.push(performance.now() - start);
    }
  } finally {
    connection.closeSync();
  }
  walls.sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)] as number;
  return {
    timing: {
      runs,
      medianMs: median,
      minMs: walls[0] as number,
      maxMs: walls[walls.length - 1] as number,
      cpuMedianMs: NaN,
    },
    customers,
  };
}

const dir = mkdtempSync(join(tmpdir(), "bench-lines-"));
const lines: string[] = [];
try {
  for (const count of SIZES) {
    const { table, csv } = linesOf(count);
    const file = join(dir, `lines-${count}.csv`);
    writeFileSync(file, csv);
    const runs = count >= 1_000_000 ? 3 : 7;
    let customers = 0;
    const engine = time(runs, () => {
      customers = build(table);
    });
    const sql = await timeSql(runs, file);
    if (sql.customers !== customers) throw new Error(`customers differ: engine ${customers}, SQL ${sql.customers}`);
    lines.push(
      `| ${formatInt(count)} | ${formatInt(customers)} | ${formatMs(engine.medianMs)} (${formatMs(engine.minMs)}–${formatMs(engine.maxMs)}) | ` +
        `${formatMs(sql.timing.medianMs)} (${formatMs(sql.timing.minMs)}–${formatMs(sql.timing.maxMs)}) | ` +
        `${(engine.medianMs / sql.timing.medianMs).toFixed(2)}× |`,
    );
    process.stderr.write(`lines: measured ${formatInt(count)} lines\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  [
    `Customers from order lines, as of ${AS_OF} (medians; min–max in brackets):`,
    "",
    "| lines | customers | buildCustomers (the pane's bundle) | DuckDB, same aggregation from the CSV | engine ÷ DuckDB |",
    "|---:|---:|---:|---:|---:|",
    ...lines,
    "",
  ].join("\n"),
);
