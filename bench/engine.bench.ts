/**
 * `npm run bench`: the grading engine against the same scorecard as Excel formulas (HyperFormula), side by
 * side in one run, and the engine with the default rule set as shipped (the annual amount ranked within the
 * table, which fixed-band formulas cannot express) on the same table. Prints a Markdown table for
 * BENCHMARKS.md. Not a test: nothing here asserts a time.
 */
import { cpus } from "node:os";
import { type RuleSet, defaultRuleSet, gradeTable, type Table } from "../src/engine";
import { fixedBandRuleSet } from "./fixedBandRules";
import { gradeWithFormulas } from "./formulaRoute";
import { alternate, formatInt, formatMs, rowsPerSecond, time, type Timing } from "./measure";
import { BENCH_AS_OF, structuredTable, textTypedTable } from "./tables";

const EXCEL_MAX_ROWS = 1_048_576;
const quick = process.argv.includes("--quick");
/** `--text-only`: just the text-typed table beside the numeric one (minutes less than the formula route). */
const textOnly = process.argv.includes("--text-only");
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, EXCEL_MAX_ROWS];
/** The formula route is measured where it finishes in reasonable time and memory on a 2-core machine. */
const FORMULA_SIZES = new Set(quick ? [10_000] : [10_000, 100_000]);
/** The scorecard the formula route writes: the default with the annual amount in fixed bands. */
const fixedBands = fixedBandRuleSet();
/** The default as shipped: the annual amount ranked within the table (a `percentile` criterion). */
const defaultRules = defaultRuleSet();

/** The table of a size, generated once (outside the timed runs) and kept only while that size is measured. */
let lastTable: { rows: number; table: Table } | undefined;
function structuredTableOnce(rows: number): Table {
  if (lastTable?.rows !== rows) lastTable = { rows, table: structuredTable(rows) };
  return lastTable.table;
}

function engineGrades(table: Table, rules: RuleSet): readonly (string | null)[] {
  const result = gradeTable(table, rules, { asOf: BENCH_AS_OF });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value.outputs.grades;
}

interface Row {
  rows: number;
  engine: Timing;
  ranked: Timing;
  formulas?: Timing;
  agree?: string;
}

interface TextRow {
  rows: number;
  numeric: Timing;
  text: Timing;
  agree: string;
}

/**
 * The same rows with every number written as text (`12.5万`, `¥3,400`, `95%`, `30天`, `2026年3月1日`,
 * `每月两次` …) beside the numeric table, timed in turns in one process: the ratio is the figure.
 */
function textBesideNumeric(rows: number): TextRow {
  const numericTable = structuredTableOnce(rows);
  const textTable = textTypedTable(rows); // generated outside the timed runs
  const runs = rows >= EXCEL_MAX_ROWS ? 5 : 7;
  const [numeric, text] = alternate(
    runs,
    () => engineGrades(numericTable, fixedBands),
    () => engineGrades(textTable, fixedBands),
  );
  const ours = engineGrades(numericTable, fixedBands);
  const theirs = engineGrades(textTable, fixedBands);
  const same = ours.filter((g, i) => g === theirs[i]).length;
  process.stderr.write(`text-typed: measured ${formatInt(rows)} rows\n`);
  return { rows, numeric, text, agree: `${formatInt(same)} / ${formatInt(rows)}` };
}

function printTextRows(textRows: readonly TextRow[]): void {
  console.log(
    "\nText-typed table: the same rows, every number cell written as text; engine, fixed bands, timed in turns.\n",
  );
  console.log(
    "| rows | numbers (median, runs) | text (median, runs) | text ÷ numbers | CPU time text ÷ numbers | same grades |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const r of textRows) {
    console.log(
      `| ${formatInt(r.rows)} | ${formatMs(r.numeric.medianMs)} (${r.numeric.runs}) | ` +
        `${formatMs(r.text.medianMs)} (${r.text.runs}) | ${(r.text.medianMs / r.numeric.medianMs).toFixed(2)}× | ` +
        `${(r.text.cpuMedianMs / r.numeric.cpuMedianMs).toFixed(2)}× | ${r.agree} |`,
    );
  }
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
if (textOnly) {
  const sizes = SIZES.filter((rows) => rows >= 100_000);
  console.log(`Node ${process.version}, ${cpus().length} × ${cpu}; 13 structured columns; median of N runs.`);
  printTextRows(sizes.map(textBesideNumeric));
  process.exit(0);
}

// Engine first at every size, then the formula route: HyperFormula's large heap would otherwise be what the
// engine's million-row runs are measured in.
const results: Row[] = SIZES.map((rows) => {
  const table = structuredTableOnce(rows); // generated outside the timed runs
  const runs = rows >= EXCEL_MAX_ROWS ? 5 : 7;
  const engine = time(runs, () => engineGrades(table, fixedBands));
  const ranked = time(runs, () => engineGrades(table, defaultRules));
  process.stderr.write(`engine: measured ${formatInt(rows)} rows\n`);
  return { rows, engine, ranked };
});
for (const row of results) {
  if (!FORMULA_SIZES.has(row.rows)) continue;
  const table = structuredTableOnce(row.rows);
  let formulaGrades: string[] = [];
  row.formulas = time(3, () => {
    formulaGrades = gradeWithFormulas(table).grades;
  });
  // The comparison only means something if both routes give the same grades.
  const ours = engineGrades(table, fixedBands);
  const same = ours.filter((g, i) => g === formulaGrades[i]).length;
  row.agree = `${formatInt(same)} / ${formatInt(row.rows)}`;
  process.stderr.write(`formulas: measured ${formatInt(row.rows)} rows\n`);
}

const textRows = SIZES.filter((rows) => rows >= 100_000).map(textBesideNumeric);

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpu}; 13 structured columns; median of N runs. ` +
    "Engine and formulas: the default rule set with the annual amount in fixed bands; " +
    "default rules: as shipped, the annual amount ranked within the table.\n",
);
console.log(
  "| rows | engine, fixed bands (median, runs) | engine rows/s | engine, default rules (table ranking) (median, runs) | " +
    "formulas in HyperFormula (median, runs) | formula rows/s | engine ÷ formulas | same grades |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of results) {
  const engineRate = rowsPerSecond(r.rows, r.engine);
  const formula = r.formulas;
  const formulaRate = formula ? rowsPerSecond(r.rows, formula) : undefined;
  console.log(
    `| ${formatInt(r.rows)} | ${formatMs(r.engine.medianMs)} (${r.engine.runs}) | ${formatInt(engineRate)} | ` +
      `${formatMs(r.ranked.medianMs)} (${r.ranked.runs}) | ` +
      `${formula ? `${formatMs(formula.medianMs)} (${formula.runs})` : "not run"} | ${formulaRate ? formatInt(formulaRate) : "–"} | ` +
      `${formulaRate ? `${(engineRate / formulaRate).toFixed(0)}×` : "–"} | ${r.agree ?? "–"} |`,
  );
}
printTextRows(textRows);
