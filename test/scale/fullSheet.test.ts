/**
 * Grade all on a table that fills all 1,048,576 rows of a sheet, in the simulator (which enforces Excel on the
 * web's 5 MB and 5,000,000-cell limits and counts syncs). About ten seconds of CPU, so it runs with the
 * integration tests; test/excel/scale.test.ts keeps the smaller tables in the fast loop.
 */
import { createExcelAdapter } from "../../src/excel";
import { createWorkbook } from "../../src/simulator";
import { STRUCTURED_HEADERS, TODAY, hostOf, structuredRows } from "../excel/fixtures";
import { fixedBandRuleSetJson } from "../support/fixedBandRules";

const MAX_BYTES = 5 * 1024 * 1024;
/** Header on the sheet's first row, data down to its last. */
const ROWS = 1_048_576 - 1;

/** A workbook whose one table fills the whole sheet, bound by a fresh adapter. */
async function fullSheet() {
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [
      {
        name: "大表",
        sheet: "客户",
        topRow: 0,
        leftColumn: 0,
        headers: STRUCTURED_HEADERS,
        rows: structuredRows(ROWS),
      },
    ],
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("大表");
  return { workbook, adapter };
}

test("grades a table filling all 1,048,576 rows of a sheet in chunks that each stay under 5 MB", async () => {
  const { workbook, adapter } = await fullSheet();
  // Fixed amount bands: chunk k is read while chunk k-1 is written (a rank reads the whole table first).
  expect((await adapter.saveRuleSet(fixedBandRuleSetJson())).ok).toBe(true);
  workbook.resetStats();
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.graded).toBe(ROWS);
  expect(workbook.stats.syncs - 1).toBeLessThanOrEqual(result.value.reads + 3);
  const sizes = workbook.stats.requests.map((r) => Math.max(r.bytesSent, r.bytesReceived));
  expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BYTES);
  // Chunks are sized from what was read and written: after the first small one, every full chunk carries
  // megabytes (the last chunk holds what is left).
  const chunkReads = workbook.stats.requests.filter((r) => r.cellsRead > 1000);
  expect(chunkReads).toHaveLength(result.value.reads);
  const full = chunkReads.slice(1, -1);
  expect(full.length).toBeGreaterThan(10);
  for (const r of full) expect(Math.max(r.bytesReceived, r.bytesSent)).toBeGreaterThan(1024 * 1024);
}, 120_000); // a million rows: tens of seconds on a loaded two-core machine

test("with the default rules (amounts ranked within the table) the full sheet is read whole, then written, every request under 5 MB", async () => {
  const { workbook, adapter } = await fullSheet();
  workbook.resetStats();
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.graded).toBe(ROWS);
  expect(result.value.report?.rowCount).toBe(ROWS); // one report for the whole table
  const sizes = workbook.stats.requests.map((r) => Math.max(r.bytesSent, r.bytesReceived));
  expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BYTES);
  // The reads come one after another, and the output writes after the last of them.
  const kinds = workbook.stats.requests.map((r) =>
    r.cellsRead > 1000 ? "read" : r.cellsWritten > 1000 ? "write" : "other",
  );
  const firstRead = kinds.indexOf("read");
  const lastRead = kinds.lastIndexOf("read");
  expect(kinds.slice(firstRead, lastRead + 1).every((k) => k === "read")).toBe(true);
  expect(kinds.slice(lastRead + 1).filter((k) => k === "write").length).toBeGreaterThan(10);
}, 120_000);
