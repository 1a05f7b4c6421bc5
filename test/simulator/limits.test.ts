/** Excel on the web's limits: 5 MB per request and per response, 5,000,000 cells per range read. */
import { LIMITS, createWorkbook } from "../../src/simulator";
import { codeOf } from "./helpers";

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
