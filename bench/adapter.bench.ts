/**
 * `npm run bench:adapter`: Grade all through the Excel adapter against the Excel simulator, batched and chunked,
 * side by side with a naive version that syncs once per row (read, then write). Simulator time is not Excel
 * time: the figures that carry over to Excel are the syncs and the bytes per request.
 */
import { defaultRuleSet, gradeTable, mapColumns, type CellValue } from "../src/engine";
import { createExcelAdapter, type ExcelHost } from "../src/excel";
import { createWorkbook } from "../src/simulator";
import { formatInt, formatMs } from "./measure";
import { BENCH_AS_OF, BENCH_HEADERS, structuredTable } from "./tables";

const quick = process.argv.includes("--quick");
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_048_575]; // the last fills a sheet under its header
const NAIVE_SIZES = new Set([1_000, 10_000]);
/** A round trip to Excel on the web is tens of milliseconds; this column shows what syncs alone would cost. */
const ROUND_TRIP_MS = 50;

function workbookOf(rows: number) {
  const table = structuredTable(rows);
  return createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [
      {
        name: "大表",
        sheet: "客户",
        topRow: 0,
        leftColumn: 0,
        headers: [...BENCH_HEADERS],
        rows: table.rows as (string | number | boolean | null)[][],
      },
    ],
  });
}

async function batched(rows: number) {
  const workbook = workbookOf(rows);
  // The workbook is at ExcelApi 1.14 (the simulator's default): Grade all is measured without undo grouping.
  const host: ExcelHost = {
    run: workbook.run,
    runAsOneUndoStep: (batch) => workbook.run({ mergeUndoGroup: true }, batch),
    isSetSupported: (name, version) => name !== "ExcelApi" || Number(version.split(".")[1]) <= 14,
    removeHandler: async () => undefined,
  };
  const adapter = createExcelAdapter(host, { today: () => new Date(2026, 10, 22) });
  await adapter.bind("大表");
  workbook.resetStats();
  const start = performance.now();
  const result = await adapter.gradeAll();
  const ms = performance.now() - start; // includes the one sync after Grade all that refreshes the header
  if (!result.ok) throw new Error(result.error.message.en);
  return { ms, stats: workbook.stats };
}

/** What an add-in written without batching does: one sync to read a row, one to write its grade. */
async function naive(rows: number) {
  const workbook = workbookOf(rows);
  workbook.resetStats();
  const rules = defaultRuleSet();
  const headers = [...BENCH_HEADERS] as CellValue[];
  const mapping = mapColumns(headers);
  const start = performance.now();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("客户");
    for (let r = 0; r < rows; r++) {
      const range = sheet.getRangeByIndexes(1 + r, 0, 1, headers.length).load("values");
      await context.sync();
      const graded = gradeTable({ headers, rows: range.values as CellValue[][] }, rules, {
        asOf: BENCH_AS_OF,
        mapping,
      });
      if (!graded.ok) throw new Error(graded.error.message.en);
      sheet.getRangeByIndexes(1 + r, headers.length, 1, 1).values = [[graded.value.outputs.grades[0] ?? ""]];
      await context.sync();
    }
  });
  return { ms: performance.now() - start, stats: workbook.stats };
}

console.log("| rows | route | syncs | largest request (sent / received) | simulator time | syncs × 50 ms |");
console.log("|---:|---|---:|---:|---:|---:|");
for (const rows of SIZES) {
  const runs = 3;
  for (const [route, go] of [
    ["batched (adapter)", batched],
    ["naive, one sync per row", naive],
  ] as const) {
    if (route.startsWith("naive") && !NAIVE_SIZES.has(rows)) continue;
    let last: Awaited<ReturnType<typeof batched>> | undefined;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      last = await go(rows);
      samples.push(last.ms);
    }
    samples.sort((a, b) => a - b);
    const stats = last?.stats;
    if (!stats) continue;
    const sent = Math.max(0, ...stats.requests.map((r) => r.bytesSent));
    const received = Math.max(0, ...stats.requests.map((r) => r.bytesReceived));
    console.log(
      `| ${formatInt(rows)} | ${route} | ${formatInt(stats.syncs)} | ${formatInt(sent)} B / ${formatInt(received)} B | ` +
        `${formatMs(samples[Math.floor(samples.length / 2)] ?? 0)} (median of ${runs}) | ${formatMs(stats.syncs * ROUND_TRIP_MS)} |`,
    );
  }
}
