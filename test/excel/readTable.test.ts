/**
 * The whole bound table read for the pane's fit and preview: every row as values, in chunks within Excel on the
 * web's limits (the simulator enforces them and counts syncs), nothing written. Against the simulator, not Excel.
 */
import { createExcelAdapter } from "../../src/excel";
import { SEED_HEADERS, SEED_ROWS, STRUCTURED_HEADERS, TODAY, hostOf, structuredRows, workbookWith } from "./fixtures";

const MAX_BYTES = 5 * 1024 * 1024;

async function bound(rows: (string | number)[][], headers: string[]) {
  const workbook = workbookWith("客户表", headers, rows);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const result = await adapter.bind("客户表");
  if (!result.ok) throw new Error(result.error.message.en);
  workbook.resetStats();
  return { workbook, adapter };
}

test("a small table in two syncs: its bounds and header, then its rows", async () => {
  const { workbook, adapter } = await bound(
    SEED_ROWS.map((r) => [...r]),
    SEED_HEADERS,
  );
  const read = await adapter.readTable();
  if (!read.ok) throw new Error(read.error.message.en);
  expect(read.value.headers).toEqual(SEED_HEADERS);
  expect(read.value.rows).toEqual(SEED_ROWS);
  expect(read.value.reads).toBe(1);
  expect(workbook.stats.syncs).toBe(2);
  expect(workbook.stats.requests.every((r) => r.bytesSent === 0)).toBe(true);
});

test("a big table in chunks within the limits, with progress per chunk, every row once", async () => {
  const rows = structuredRows(30_000);
  const { workbook, adapter } = await bound(rows, STRUCTURED_HEADERS);
  const seen: number[] = [];
  const read = await adapter.readTable((done, total) => {
    expect(total).toBe(30_000);
    seen.push(done);
  });
  if (!read.ok) throw new Error(read.error.message.en);
  expect(read.value.rows).toEqual(rows);
  expect(read.value.reads).toBeGreaterThan(1);
  expect(workbook.stats.syncs).toBe(read.value.reads + 1);
  expect(seen).toHaveLength(read.value.reads);
  expect(seen.at(-1)).toBe(30_000);
  for (const request of workbook.stats.requests) expect(request.bytesReceived).toBeLessThanOrEqual(MAX_BYTES);
});

test("nothing bound: refused in the analyst's words", async () => {
  const workbook = workbookWith("客户表", SEED_HEADERS, SEED_ROWS);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const read = await adapter.readTable();
  expect(read.ok).toBe(false);
});
