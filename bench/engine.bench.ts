/**
 * `npm run bench`: the grading engine against the same scorecard as Excel formulas (HyperFormula), side by
 * side in one run. Prints a Markdown table for BENCHMARKS.md. Not a test: nothing here asserts a time.
 */
import { cpus } from "node:os";
import { defaultRuleSet, gradeTable, type Table } from "../src/engine";
import { gradeWithFormulas } from "./formulaRoute";
import { formatInt, formatMs, rowsPerSecond, time, type Timing } from "./measure";
import { BENCH_AS_OF, structuredTable } from "./tables";

const EXCEL_MAX_ROWS = 1_048_576;
const quick = process.argv.includes("--quick");
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, EXCEL_MAX_ROWS];
/** The formula route is measured where it finishes in reasonable time and memory on a 2-core machine. */
const FORMULA_SIZES = new Set(quick ? [10_000] : [10_000, 100_000]);
const rules = defaultRuleSet();

function engineGrades(table: Table): readonly (string | null)[] {
  const result = gradeTable(table, rules, { asOf: BENCH_AS_OF });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value.outputs.grades;
}

interface Row {
  rows: number;
  engine: Timing;
  formulas?: Timing;
  agree?: string;
}

const results: Row[] = [];
for (const rows of SIZES) {
  const table = structuredTable(rows);
  const engine = time(rows >= EXCEL_MAX_ROWS ? 5 : 7, () => engineGrades(table));
  const row: Row = { rows, engine };
  if (FORMULA_SIZES.has(rows)) {
    let formulaGrades: string[] = [];
    row.formulas = time(rows >= 100_000 ? 1 : 3, () => {
      formulaGrades = gradeWithFormulas(table).grades;
    });
    // The comparison only means something if both routes give the same grades.
    const ours = engineGrades(table);
    const same = ours.filter((g, i) => g === formulaGrades[i]).length;
    row.agree = `${formatInt(same)} / ${formatInt(rows)}`;
  }
  results.push(row);
  process.stderr.write(`measured ${formatInt(rows)} rows\n`);
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`Node ${process.version}, ${cpus().length} × ${cpu}; default rule set, 13 structured columns; median of N runs.\n`);
console.log("| rows | engine (median, runs) | engine rows/s | formulas in HyperFormula (median, runs) | formula rows/s | engine ÷ formulas | same grades |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const r of results) {
  const engineRate = rowsPerSecond(r.rows, r.engine);
  const formula = r.formulas;
  const formulaRate = formula ? rowsPerSecond(r.rows, formula) : undefined;
  console.log(
    `| ${formatInt(r.rows)} | ${formatMs(r.engine.medianMs)} (${r.engine.runs}) | ${formatInt(engineRate)} | ` +
      `${formula ? `${formatMs(formula.medianMs)} (${formula.runs})` : "not run"} | ${formulaRate ? formatInt(formulaRate) : "–"} | ` +
      `${formulaRate ? `${(engineRate / formulaRate).toFixed(0)}×` : "–"} | ${r.agree ?? "–"} |`,
  );
}
