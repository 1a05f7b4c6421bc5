/** History rows: text kept as text, and cut into requests of at most ~2.5 MB. */
import { createExcelAdapter } from "../../../src/excel";
import { TARGET_BYTES, jsonBytes } from "../../../src/excel/payload";
import { historyChunks, historyRow } from "../../../src/excel/portfolio/historyRows";
import { STRUCTURED_HEADERS, TODAY, hostOf, structuredRows, workbookWith } from "../fixtures";

test("a customer named like a formula stays text; no grade is an empty cell", () => {
  expect(
    historyRow({ date: 46348.5, customer: "=HYPERLINK(1)", customerId: "007", from: null, to: "A", score: 81.5 }),
  ).toEqual([46348.5, "'=HYPERLINK(1)", "'007", "", "A", 81.5]);
});

test("chunks stay under the target size and keep every row in order", () => {
  const rows = Array.from({ length: 60_000 }, (_, i) => [
    46348,
    `客户${i}有限公司的一个很长很长的名字`,
    "",
    "B",
    "A",
    80,
  ]);
  const chunks = historyChunks(rows);
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) expect(jsonBytes(chunk)).toBeLessThanOrEqual(TARGET_BYTES);
  expect(chunks.flat()).toEqual(rows);
  expect(historyChunks([])).toEqual([]);
});

/** A structured table of `rows` customers graded once with the summary and history on (stats from the grading). */
async function gradedWithViews(rows: number) {
  const workbook = workbookWith("大表", STRUCTURED_HEADERS, structuredRows(rows));
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await adapter.bind("大表");
  await adapter.setPortfolioViews(true);
  workbook.resetStats();
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  return { workbook, result };
}

test("5,000 first grades go to the history in one write, and the portfolio costs three syncs the first time", async () => {
  const { workbook, result } = await gradedWithViews(5_000);
  expect(result.value.portfolio?.ok && result.value.portfolio.value.changesRecorded).toBe(5_000);
  expect(workbook.tableValues("等级变动记录").rows).toHaveLength(5_000);
  expect(workbook.stats.syncs).toBeLessThanOrEqual(result.value.reads + 3 + 3 + 1);
  const historyWrites = workbook.stats.requests.filter((r) => r.cellsWritten >= 4_999 * 6); // the first row makes the table
  expect(historyWrites).toHaveLength(1);
  // Read in several chunks, summed into one summary: per grade as Grade all counted them.
  expect(result.value.reads).toBeGreaterThan(1);
  const letters = Object.keys(result.value.counts);
  letters.forEach((letter, i) =>
    expect(workbook.cell("分级汇总 · 大表", 4 + i, 1).value).toBe(result.value.counts[letter]),
  );
  expect(workbook.cell("分级汇总 · 大表", 4 + letters.length + 1, 1).value).toBe(5_000);
});

test("100,000 first grades go to the history in requests under Excel's 5 MB limit, each row formatted", async () => {
  const { workbook } = await gradedWithViews(100_000);
  expect(workbook.tableValues("等级变动记录").rows).toHaveLength(100_000);
  for (const request of workbook.stats.requests) expect(request.bytesSent).toBeLessThanOrEqual(5 * 1024 * 1024);
  // The title, a blank row and the header above the 100,000 rows.
  expect(workbook.cell("等级变动 · 大表", 100_002, 0).numberFormat).toBe("yyyy-mm-dd hh:mm");
}, 60_000);
