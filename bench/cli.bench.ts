/**
 * `npm run bench:cli`: the built command line end to end (a child process, as an analyst runs it) on an
 * .xlsx table (also with --json piped to `wc -c`) and a CSV of 100,000 rows, and an .xlsx of 1,048,576 rows
 * (Excel's limit: header + 1,048,575); then LibreOffice recalculating the same 100,000 rows with the scorecard
 * as formulas and writing CSV, beside the CLI on those rows as .xlsx and as CSV (skipped without `soffice`).
 * Wall time and the child's peak RSS. Prints a Markdown table for BENCHMARKS.md; asserts nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { peakRssMb, rssPreload } from "./childRss";
import { formatInt, formatMs } from "./measure";
import { writeTableWorkbook } from "./cliWorkbook";
import { rowFormulas } from "./formulaRoute";
import { BENCH_AS_OF, structuredTable } from "./tables";
import { formatCsv } from "../src/cli/csv";
import { partsFromSerial } from "../src/engine";
import { csvRows } from "./cliInputs";

const quick = process.argv.includes("--quick");
const dir = mkdtempSync(join(tmpdir(), "cg-bench-cli-"));
const BIN = join(process.cwd(), "bin", "customer-grader.cjs");
const PRELOAD = rssPreload(dir);

execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
const { year, month, day } = partsFromSerial(BENCH_AS_OF);
const asOf = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

interface Run {
  readonly ms: number;
  readonly rssMb: number;
}

const quote = (s: string): string => `'${s.replace(/'/g, "'\\''")}'`;

/** With `json`, `--json` piped to `wc -c` (a pipe, as a script reading it would be). */
function gradeOnce(input: string, out: string, json: boolean): Run {
  rmSync(out, { force: true });
  const argv = [
    process.execPath,
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
  ];
  const start = performance.now();
  const child = json
    ? spawnSync("sh", ["-c", `${[...argv, "--json"].map(quote).join(" ")} | wc -c`], { encoding: "utf8" })
    : spawnSync(argv[0] as string, argv.slice(1), { encoding: "utf8" });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`grading ${input} failed: ${child.stderr}`);
  return { ms, rssMb: peakRssMb(child.stderr) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Case {
  readonly label: string;
  readonly rows: number;
  readonly runs: number;
  readonly make: (path: string) => Promise<void>;
  readonly ext: string;
  readonly json?: boolean;
}

const cases: Case[] = [
  {
    label: ".xlsx table",
    rows: 100_000,
    runs: 5,
    ext: "xlsx",
    make: (p) => writeTableWorkbook(p, structuredTable(100_000)),
  },
  {
    label: ".xlsx table, --json to a pipe",
    rows: 100_000,
    runs: 3,
    ext: "xlsx",
    json: true,
    make: (p) => writeTableWorkbook(p, structuredTable(100_000)),
  },
  {
    label: "CSV (UTF-8) → .xlsx",
    rows: 100_000,
    runs: 5,
    ext: "csv",
    make: async (p) => writeFileSync(p, formatCsv(csvRows(100_000), ",")),
  },
  ...(quick
    ? []
    : [
        {
          label: ".xlsx table",
          rows: 1_048_575,
          runs: 1,
          ext: "xlsx",
          make: (p: string) => writeTableWorkbook(p, structuredTable(1_048_575)),
        },
      ]),
];

/**
 * LibreOffice opening the same rows with the scorecard as formulas (`formulaRoute.ts`, no cached values, so it
 * must calculate all 900,000 of them), writing CSV; beside it the CLI on the .xlsx and on the CSV of those
 * rows. One round runs the three in turn, so the machine's noise falls on all of them alike.
 */
interface Versus {
  readonly rows: number;
  readonly command: string;
  readonly runs: { readonly office: number[]; readonly xlsx: number[]; readonly csv: number[] };
}

async function prepareVersus(rows: number): Promise<{ formulas: string; xlsx: string; csv: string }> {
  const table = structuredTable(rows);
  const paths = {
    formulas: join(dir, `formulas-${rows}.xlsx`),
    xlsx: join(dir, `vs-${rows}.xlsx`),
    csv: join(dir, `vs-${rows}.csv`),
  };
  await writeTableWorkbook(paths.formulas, table, "Customers", rowFormulas);
  await writeTableWorkbook(paths.xlsx, table);
  writeFileSync(paths.csv, formatCsv(csvRows(rows), ","));
  return paths;
}

const SOFFICE = "soffice";
const officeProfile = `file://${join(dir, "lo-profile")}`;
const officeArgs = (input: string, outdir: string): string[] => [
  `-env:UserInstallation=${officeProfile}`,
  "--headless",
  "--convert-to",
  "csv:Text - txt - csv (StarCalc):44,34,76", // comma, double quote, UTF-8
  "--outdir",
  outdir,
  input,
];

function officeOnce(input: string): number {
  const outdir = join(dir, "lo-out");
  rmSync(outdir, { recursive: true, force: true });
  const start = performance.now();
  const child = spawnSync(SOFFICE, officeArgs(input, outdir), { encoding: "utf8" });
  const ms = performance.now() - start;
  const out = join(outdir, basename(input).replace(/\.xlsx$/, ".csv"));
  if (child.status !== 0 || !existsSync(out)) throw new Error(`LibreOffice failed on ${input}: ${child.stderr}`);
  const lines = readFileSync(out, "utf8").trimEnd().split("\n");
  if (!/,[A-D]$/.test(lines[lines.length - 1] ?? "")) throw new Error(`LibreOffice wrote no grades: ${out}`);
  return ms;
}

const pendingVersus =
  spawnSync(SOFFICE, ["--version"], { encoding: "utf8" }).status === 0 ? await prepareVersus(100_000) : null;
function versusLibreOffice(): Versus | null {
  if (!pendingVersus) {
    process.stderr.write("cli: soffice not found, LibreOffice comparison skipped\n");
    return null;
  }
  officeOnce(pendingVersus.formulas); // not timed: the first start builds LibreOffice's user profile
  const runs = { office: [] as number[], xlsx: [] as number[], csv: [] as number[] };
  for (let i = 0; i < 3; i++) {
    runs.office.push(officeOnce(pendingVersus.formulas));
    runs.xlsx.push(gradeOnce(pendingVersus.xlsx, join(dir, "vs-out.xlsx"), false).ms);
    runs.csv.push(gradeOnce(pendingVersus.csv, join(dir, "vs-out.xlsx"), false).ms);
  }
  process.stderr.write("cli: measured the CLI beside LibreOffice\n");
  return {
    rows: 100_000,
    command: `${SOFFICE} ${officeArgs("formulas.xlsx", "DIR")
      .map((a) =>
        a.startsWith("-env:") ? "-env:UserInstallation=file://TEMP/lo-profile" : a.includes(" ") ? `'${a}'` : a,
      )
      .join(" ")}`,
    runs,
  };
}

const results: { c: Case; mb: number; runs: Run[] }[] = [];
for (const c of cases) {
  const input = join(dir, `in-${c.rows}.${c.ext}`);
  await c.make(input); // outside the timed runs
  const runs: Run[] = [];
  for (let i = 0; i < c.runs; i++) runs.push(gradeOnce(input, join(dir, `out-${c.rows}.xlsx`), c.json === true));
  results.push({ c, mb: statSync(input).size / 1e6, runs });
  process.stderr.write(`cli: measured ${c.label} ${formatInt(c.rows)} rows\n`);
  rmSync(input, { force: true });
}
const versus = versusLibreOffice();
rmSync(dir, { recursive: true, force: true });

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; default rule set, 13 structured columns; the built CLI as a child process, wall time and its peak RSS.\n`,
);
console.log("| input | data rows | file | wall time (median, runs) | peak RSS (max of runs) |");
console.log("|---|---:|---:|---:|---:|");
for (const { c, mb, runs } of results) {
  console.log(
    `| ${c.label} | ${formatInt(c.rows)} | ${mb.toFixed(1)} MB | ${formatMs(median(runs.map((r) => r.ms)))} (${runs.length}) | ${formatInt(Math.max(...runs.map((r) => r.rssMb)))} MB |`,
  );
}

if (versus) {
  const office = median(versus.runs.office);
  const line = (label: string, runs: number[]) =>
    `| ${label} | ${formatMs(median(runs))} (${runs.length}) | ${(median(runs) / office).toFixed(2)} |`;
  console.log(
    `\nThe CLI beside LibreOffice, ${formatInt(versus.rows)} rows, the three in turn each round; LibreOffice: \`${versus.command}\` on the rows with the scorecard as formulas (\`bench/formulaRoute.ts\`, no cached values).\n`,
  );
  console.log("| run | wall time (median, runs) | ÷ LibreOffice |");
  console.log("|---|---:|---:|");
  console.log(line("LibreOffice: open, recalculate, write CSV", versus.runs.office));
  console.log(line("CLI, .xlsx table → .xlsx", versus.runs.xlsx));
  console.log(line("CLI, CSV (UTF-8) → .xlsx", versus.runs.csv));
}
