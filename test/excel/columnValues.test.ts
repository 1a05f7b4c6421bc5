/**
 * One column of the bound table read for the pane's "new indicator" dialog: its numbers' range, its distinct
 * texts with counts, in chunks like Grade all's, found by its header. Against the simulator, counting syncs.
 */
import { createExcelAdapter } from "../../src/excel";
import { ColumnTally, TEXTS_SHOWN } from "../../src/excel/columnValues";
import { createWorkbook } from "../../src/simulator";
import { TMS_HEADERS, exportsWorkbook } from "./exportTables";
import { TODAY, hostOf } from "./fixtures";

async function boundTo(workbook: ReturnType<typeof createWorkbook>, table: string) {
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const result = await adapter.bind(table);
  if (!result.ok) throw new Error(result.error.message.en);
  return adapter;
}

test("a words column: its distinct texts, most frequent first, with counts, in two syncs", async () => {
  const workbook = exportsWorkbook();
  const adapter = await boundTo(workbook, "TMS台账");
  workbook.resetStats();
  const read = await adapter.columnValues("结算方式");
  expect(read.ok && read.value).toEqual({
    header: "结算方式",
    rowCount: 8,
    blank: 0,
    numbers: null,
    booleans: 0,
    texts: [
      { value: "月结", count: 5 },
      { value: "现结", count: 3 },
    ],
    otherTextCells: 0,
    otherTexts: 0,
  });
  // The table's bounds and header, then the column's rows.
  expect(workbook.stats.syncs).toBe(2);
  expect(workbook.stats.requests.every((r) => r.bytesSent === 0)).toBe(true);
});

test("a number column: its range, numbers typed as text included", async () => {
  const workbook = createWorkbook({
    sheets: [{ name: "S" }],
    tables: [
      {
        name: "T",
        sheet: "S",
        topRow: 2,
        leftColumn: 1,
        headers: ["客户名称", "KPI得分"],
        rows: [
          ["甲", 92],
          ["乙", "78"],
          ["丙", ""],
          ["丁", 61.5],
          ["戊", "n/a"],
          ["己", true],
        ],
      },
    ],
  });
  const adapter = await boundTo(workbook, "T");
  const read = await adapter.columnValues("KPI得分");
  expect(read.ok && read.value).toMatchObject({
    rowCount: 6,
    blank: 1,
    numbers: { count: 3, min: 61.5, max: 92 },
    booleans: 1,
    texts: [{ value: "n/a", count: 1 }],
  });
});

test("a big table is read in chunks: no request over the limits, a few syncs", async () => {
  const rows = Array.from({ length: 120_000 }, (_, i) => [`客户${i}`, ["现结", "月结", "季结"][i % 3] ?? ""]);
  const workbook = createWorkbook({
    sheets: [{ name: "S" }],
    tables: [{ name: "Big", sheet: "S", topRow: 0, leftColumn: 0, headers: ["客户名称", "结算方式"], rows }],
  });
  const adapter = await boundTo(workbook, "Big");
  workbook.resetStats();
  const read = await adapter.columnValues("结算方式");
  expect(read.ok && read.value.texts).toEqual([
    { value: "现结", count: 40_000 },
    { value: "月结", count: 40_000 },
    { value: "季结", count: 40_000 },
  ]);
  // The header, a first chunk of 20,000 rows, then chunks sized from the bytes seen (2.5 MiB each).
  expect(workbook.stats.syncs).toBe(3);
  expect(Math.max(...workbook.stats.requests.map((r) => r.cellsRead))).toBeLessThanOrEqual(500_000);
  expect(workbook.stats.requests.every((r) => r.error === null)).toBe(true);
});

test("the column is found by its header, and one no longer there is an error in words", async () => {
  const workbook = exportsWorkbook();
  const adapter = await boundTo(workbook, "TMS台账");
  const missing = await adapter.columnValues("不存在的列");
  expect(missing.ok ? null : missing.error.code).toBe("column-not-found");
  expect(missing.ok ? "" : missing.error.message["zh-CN"]).toContain("不存在的列");
  const rating = await adapter.columnValues(TMS_HEADERS[14] ?? "");
  expect(rating.ok && rating.value.texts.map((t) => t.value)).toEqual(["一般", "满意"]);
});

test("the tally lists the 30 most frequent texts and counts the rest", () => {
  const tally = new ColumnTally();
  const cells = Array.from({ length: 40 }, (_, i) => Array.from({ length: 40 - i }, () => `值${i}`)).flat();
  tally.add(cells);
  const result = tally.result("备注");
  expect(result.texts).toHaveLength(TEXTS_SHOWN);
  expect(result.texts[0]).toEqual({ value: "值0", count: 40 });
  expect(result.otherTexts).toBe(10);
  expect(result.otherTextCells).toBe(10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 2 + 1);
});
