/**
 * The command line benchmark's inputs, written to a folder for measuring by hand (`/usr/bin/time -v`,
 * `node --cpu-prof`): `node scripts/bench.mjs bench/cliInputs.ts DIR ROWS` writes `DIR/in-ROWS.xlsx` (an Excel
 * table, `cliWorkbook.ts`) and `DIR/in-ROWS.csv` (the same rows, dates as `yyyy-mm-dd` text), the inputs of
 * `npm run bench:cli`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeTableWorkbook } from "./cliWorkbook";
import { structuredTable } from "./tables";
import { formatCsv } from "../src/cli/csv";
import { isoDateOfSerial } from "../src/engine";

/** Date columns: a CSV export writes their days as text (`2020-04-14`), not as Excel's serials. */
const DATE_HEADERS = new Set(["合作开始日期", "最近交易日期"]);

/** The rows of `structuredTable(n)` as a CSV export writes them (header first). */
export function csvRows(n: number): (string | number | null)[][] {
  const t = structuredTable(n);
  const dates = t.headers.map((h) => DATE_HEADERS.has(String(h)));
  return [
    t.headers.map(String),
    ...t.rows.map((r) =>
      r.map((v, c) =>
        v === undefined || v === null || typeof v === "boolean"
          ? null
          : dates[c] && typeof v === "number"
            ? isoDateOfSerial(v)
            : v,
      ),
    ),
  ];
}

const writeCsvInput = (path: string, rows: number): void => writeFileSync(path, formatCsv(csvRows(rows), ","));

// Run as a script (`bench.mjs` bundles this file alone): write both inputs.
if (process.argv[1]?.endsWith("cliInputs.mjs")) {
  const [dir = ".", count = "100000"] = process.argv.slice(2);
  const rows = Number(count);
  await writeTableWorkbook(join(dir, `in-${rows}.xlsx`), structuredTable(rows));
  writeCsvInput(join(dir, `in-${rows}.csv`), rows);
  process.stderr.write(`wrote ${join(dir, `in-${rows}.xlsx`)} and ${join(dir, `in-${rows}.csv`)}\n`);
}
