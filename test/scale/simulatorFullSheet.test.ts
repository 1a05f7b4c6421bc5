/** The simulator at Excel's full height: a table filling all 1,048,576 sheet rows, read in chunks under the limits. */
import { LIMITS, SHEET_ROWS, createWorkbook } from "../../src/simulator";

const COLUMNS = 15;

test("a table of 1,048,576 sheet rows x 15 columns can be built and read in chunks under the limits", async () => {
  const dataRows = SHEET_ROWS - 1; // the header on row 1: the table fills the sheet
  const rows = Array.from({ length: dataRows }, (_, i) =>
    Array.from({ length: COLUMNS }, (_, c) => (c === 0 ? `C${i}` : (i * (c + 1)) % 1000)),
  );
  const headers = Array.from({ length: COLUMNS }, (_, c) => `h${c}`);
  const wb = createWorkbook({
    sheets: [{ name: "S" }],
    tables: [{ name: "Big", sheet: "S", topRow: 0, leftColumn: 0, headers, rows }],
  });
  rows.length = 0; // the workbook keeps its own copy

  const chunk = 50_000;
  let read = 0;
  let checksum = 0;
  await wb.run(async (context) => {
    const body = context.workbook.tables.getItem("Big").getDataBodyRange();
    const count = context.workbook.tables.getItem("Big").rows.load("count");
    await context.sync();
    expect(count.count).toBe(dataRows);
    for (let start = 0; start < dataRows; start += chunk) {
      const part = body
        .getRow(start)
        .getResizedRange(Math.min(chunk, dataRows - start) - 1, 0)
        .load("values");
      await context.sync();
      read += part.values.length;
      checksum += Number(part.values[part.values.length - 1]?.[1]);
    }
  });
  expect(read).toBe(dataRows);
  expect(checksum).toBeGreaterThan(0);
  const reads = wb.stats.requests.filter((r) => r.cellsRead > 0);
  expect(reads).toHaveLength(Math.ceil(dataRows / chunk));
  expect(Math.max(...reads.map((r) => r.bytesReceived))).toBeLessThanOrEqual(LIMITS.responseBytes);
  expect(reads.reduce((n, r) => n + r.cellsRead, 0)).toBe(dataRows * COLUMNS);
}, 60_000);
