/**
 * `npm run bench:functions`: the body of =CG.CUSTOMERGRADE(Table1, Table1[#Headers]) spilling over a whole
 * table, as Excel calls it (a 2-D array in, a 2-D array out). Excel's own marshalling of the arguments is not
 * part of this (it cannot be measured here); this is the add-in's share of the work.
 */
import { type CellValue, defaultRuleSet } from "../src/engine";
import { customerGrade } from "../src/functions/core/gradeFunctions";
import { abcClass, abcClasses } from "../src/functions/core/otherFunctions";
import { formatInt, formatMs, time } from "./measure";
import { BENCH_AS_OF, structuredTable } from "./tables";

const rules = defaultRuleSet();
console.log("| rows | CUSTOMERGRADE spill (median, runs) | rows/s |");
console.log("|---:|---:|---:|");
for (const rows of [10_000, 100_000]) {
  const table = structuredTable(rows);
  const headers = [table.headers as CellValue[]];
  const values = table.rows as CellValue[][];
  let spilled = 0;
  const t = time(9, () => {
    spilled = customerGrade(values, headers, rules, BENCH_AS_OF).length;
  });
  if (spilled !== rows) throw new Error(`spilled ${spilled} of ${rows} rows`);
  console.log(
    `| ${formatInt(rows)} | ${formatMs(t.medianMs)} (${t.runs}) | ${formatInt((rows / t.medianMs) * 1000)} |`,
  );
}

// ABCCLASS: one spilling formula over the amounts column against the same classes as a one-cell formula
// filled down (Excel hands every one of those calls the whole column: n² cells).
const abcRows = 10_000;
const amountColumn = Array.from({ length: abcRows }, (_, i) => [((i * 7919) % 10_007) * 100]);
let spillClasses: unknown[][] = [];
let filledClasses: unknown[] = [];
const spill = time(9, () => {
  spillClasses = abcClasses(amountColumn, amountColumn);
});
const filled = time(3, () => {
  filledClasses = amountColumn.map(([amount]) => abcClass(amount, amountColumn));
});
if (JSON.stringify(spillClasses.map(([c]) => c)) !== JSON.stringify(filledClasses)) {
  throw new Error("ABCCLASS spill and filled-down forms disagree");
}
console.log("");
console.log("| ABCCLASS over 10,000 amounts | median (runs) | ratio |");
console.log("|---|---:|---:|");
console.log(`| one formula spilling a column | ${formatMs(spill.medianMs)} (${spill.runs}) | 1× |`);
console.log(
  `| a one-cell formula filled down (10,000 calls) | ${formatMs(filled.medianMs)} (${filled.runs}) | ${formatInt(filled.medianMs / spill.medianMs)}× |`,
);
