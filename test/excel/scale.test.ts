/**
 * Grade all at scale, in the simulator (which enforces Excel on the web's 5 MB and 5,000,000-cell limits and
 * counts syncs): no payload error, and one sync per chunk read plus at most three.
 */
import { createExcelAdapter } from "../../src/excel";
import { createWorkbook } from "../../src/simulator";
import { LETTERS, STRUCTURED_HEADERS, TODAY, hostOf, structuredRows, workbookWith } from "./fixtures";

const MAX_BYTES = 5 * 1024 * 1024;

test.each([0, 1, 10_000])("grades %i rows within Excel's limits in at most chunks + 3 syncs", async (rows) => {
  const workbook = workbookWith("大表", STRUCTURED_HEADERS, structuredRows(rows));
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("大表");
  workbook.resetStats();
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  const graded = result.value;
  // gradeAll's own syncs only (the refresh after it re-reads the header: one more sync, counted separately)
  expect(workbook.stats.syncs - 1).toBeLessThanOrEqual(graded.reads + 3);
  expect(graded.reads).toBeGreaterThanOrEqual(rows === 0 ? 0 : 1);
  for (const request of workbook.stats.requests) {
    expect(request.bytesSent).toBeLessThanOrEqual(MAX_BYTES);
    expect(request.bytesReceived).toBeLessThanOrEqual(MAX_BYTES);
  }
  expect(graded.graded).toBe(rows);
  const grades = workbook.tableValues("大表").rows.map((r) => r[STRUCTURED_HEADERS.length]);
  expect(grades.every((g) => LETTERS.includes(String(g)))).toBe(true);
});

test("grades a table filling all 1,048,576 rows of a sheet in chunks that each stay under 5 MB", async () => {
  const rows = 1_048_576 - 1; // header on the sheet's first row, data down to its last
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [{ name: "大表", sheet: "客户", topRow: 0, leftColumn: 0, headers: STRUCTURED_HEADERS, rows: structuredRows(rows) }],
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("大表");
  workbook.resetStats();
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.graded).toBe(rows);
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
}, 120_000);

test("reports progress per chunk, and a cancel leaves every written row complete", async () => {
  const rows = 60_000;
  const workbook = workbookWith("大表", STRUCTURED_HEADERS, structuredRows(rows));
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("大表");
  const controller = new AbortController();
  const seen: number[] = [];
  const result = await adapter.gradeAll({
    signal: controller.signal,
    onProgress: (p) => {
      seen.push(p.rowsDone);
      if (seen.length === 2) controller.abort();
    },
  });
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.cancelled).toBe(true);
  expect(result.value.rowsDone).toBeLessThan(rows);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  const width = STRUCTURED_HEADERS.length;
  const table = workbookTable(workbook);
  table.forEach((row, i) => {
    const written = [row[width], row[width + 1], row[width + 2]].filter((v) => v !== "" && v !== undefined).length;
    expect(written).toBe(i < result.value.rowsDone ? 3 : 0); // all three outputs, or none
  });
});

function workbookTable(workbook: ReturnType<typeof workbookWith>) {
  return workbook.tableValues("大表").rows;
}
