/**
 * `npm run bench:functions`: the body of =CG.CUSTOMERGRADE(Table1, Table1[#Headers]) spilling over a whole
 * table, as Excel calls it (a 2-D array in, a 2-D array out). Excel's own marshalling of the arguments is not
 * part of this (it cannot be measured here); this is the add-in's share of the work.
 */
import { type CellValue, defaultRuleSet } from "../src/engine";
import { customerGrade } from "../src/functions/core/gradeFunctions";
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
  console.log(`| ${formatInt(rows)} | ${formatMs(t.medianMs)} (${t.runs}) | ${formatInt((rows / t.medianMs) * 1000)} |`);
}
