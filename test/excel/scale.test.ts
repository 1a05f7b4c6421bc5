/**
 * Grade all at scale, in the simulator (which enforces Excel on the web's 5 MB and 5,000,000-cell limits and
 * counts syncs): no payload error, and one sync per chunk read plus at most three.
 */
import { createExcelAdapter } from "../../src/excel";
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
}, 60_000);

function workbookTable(workbook: ReturnType<typeof workbookWith>) {
  return workbook.tableValues("大表").rows;
}

test("a first chunk over the 5 MB limit is retried with fewer rows, and every row is graded", async () => {
  // Long free text (~2.7 kB a cell): the first read, 20,000 cells, carries about 7.7 MB.
  const long = "电子产品,每月两次,国内各地;".repeat(60);
  const rows = Array.from({ length: 5_000 }, (_, i) => [`客户${i}`, long, "良好,长期合作", i * 100]);
  const workbook = workbookWith("长表", ["客户名称", "运输需求", "财务状况", "年交易额"], rows);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("长表");
  workbook.resetStats();
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.graded).toBe(5_000);
  const failed = workbook.stats.requests.filter((r) => r.error !== null);
  expect(failed.length).toBeGreaterThan(0); // the limit was really hit
  expect(failed.length).toBeLessThanOrEqual(3); // and halving got under it quickly
});

test("scattered changes are written as a few merged ranges, not one per row", async () => {
  const rows = structuredRows(2_000);
  const workbook = workbookWith("大表", STRUCTURED_HEADERS, rows);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("大表");
  await adapter.gradeAll();
  for (let r = 0; r < 2_000; r += 2) workbook.userEdit("客户", 2 + r, 1 + 4, 200); // every other row: 200 days overdue
  const again = await adapter.gradeAll();
  if (!again.ok) throw new Error(again.error.message.en);
  expect(again.value.cellsWritten).toBeGreaterThan(0);
  expect(again.value.writeRanges).toBeLessThan(20);
});

test("when a request fails part-way, Grade all fails loudly and leaves the workbook's events on", async () => {
  const workbook = workbookWith("大表", STRUCTURED_HEADERS, structuredRows(30_000));
  let syncs = 0;
  let failAt = Number.POSITIVE_INFINITY;
  const failing = {
    ...hostOf(workbook),
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      workbook.run((context) => {
        const sync = context.sync.bind(context) as <V>(passThroughValue?: V) => Promise<V>;
        context.sync = async <V>(passThroughValue?: V): Promise<V> => {
          syncs++;
          const result = await sync(passThroughValue);
          if (syncs === failAt) throw new Error("connection lost"); // the request went through; its answer did not
          return result;
        };
        return batch(context);
      }),
  };
  const adapter = createExcelAdapter(failing, { today: TODAY });
  await adapter.bind("大表");
  syncs = 0;
  failAt = 4; // header, output columns, first read, then the second read carrying the first chunk's writes
  await expect(adapter.gradeAll()).rejects.toThrow("connection lost");
  expect(workbook.eventsEnabled()).toBe(true);
});
