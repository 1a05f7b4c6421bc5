/** Excel on the web's limits: 5 MB per request and per response, 5,000,000 cells per range read. */
import { LIMITS, SHEET_ROWS, createWorkbook } from "../../src/simulator";
import { codeOf } from "./helpers";

const COLUMNS = 15;

test("a write over 5 MB fails at sync with RequestPayloadSizeLimitExceeded and applies nothing of the request", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S", cells: [["old"]] }] });
  const rows = 60_000;
  const big = Array.from({ length: rows }, () => ["x".repeat(90)]);
  const code = await codeOf(
    wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [["small write first"]];
      sheet.getRangeByIndexes(1, 0, rows, 1).values = big;
      await context.sync();
    }),
  );
  expect(code).toBe("RequestPayloadSizeLimitExceeded");
  expect(wb.cell("S", 0, 0).value).toBe("old");
  expect(wb.cell("S", 1, 0).value).toBe("");
  expect(wb.lastRequest()?.bytesSent).toBeGreaterThan(LIMITS.requestBytes);
});

test("the same data in requests under 5 MB goes through", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S" }] });
  const rows = 60_000;
  const big = Array.from({ length: rows }, () => ["x".repeat(90)]);
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    for (let start = 0; start < rows; start += 20_000) {
      sheet.getRangeByIndexes(start, 0, 20_000, 1).values = big.slice(start, start + 20_000);
      await context.sync();
    }
  });
  expect(wb.cell("S", rows - 1, 0).value).toBe("x".repeat(90));
  expect(Math.max(...wb.stats.requests.map((r) => r.bytesSent))).toBeLessThanOrEqual(LIMITS.requestBytes);
});

test("loading 5,000,001 cells of one range fails with RangeExceedsLimit, even when they are empty", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S" }] });
  expect(106_383 * 47).toBe(5_000_001);
  const code = await codeOf(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 106_383, 47).load("values");
      await context.sync();
    }),
  );
  expect(code).toBe("RangeExceedsLimit");
  const sheetWide = await codeOf(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange().load("formulas");
      await context.sync();
    }),
  );
  expect(sheetWide).toBe("RangeExceedsLimit");
  await wb.run(async (context) => {
    // A million empty cells is about 3 MB of JSON: under both limits.
    const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 200_000, 5).load("values");
    await context.sync();
    expect(range.values).toHaveLength(200_000);
  });
}, 30_000);

test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
  const rows = Array.from({ length: 60_000 }, (_, i) => [`${"y".repeat(90)}${i}`]);
  const wb = createWorkbook({
    sheets: [{ name: "S" }],
    tables: [{ name: "T", sheet: "S", topRow: 0, leftColumn: 0, headers: ["h"], rows }],
  });
  let body: Excel.Range | undefined;
  const code = await codeOf(
    wb.run(async (context) => {
      body = context.workbook.tables.getItem("T").getDataBodyRange().load("values");
      await context.sync();
    }),
  );
  expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  expect(() => body?.values).toThrow(/not available/);
});

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
