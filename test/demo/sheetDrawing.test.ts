/** @jest-environment jsdom */
/**
 * The demo grid draws what the simulator holds after the add-in's real adapter ran on the demo's workbook:
 * grade colours, the score's data bar, number formats, drop-down lists, the frozen header, the summary sheet's
 * plain cells and its chart. What it draws is read back from the DOM, and what it should be from the
 * simulator's own state (never from the add-in's plan).
 */
import { createExcelAdapter } from "../../src/excel";
import { sampleWorkbookSpec } from "../../src/demo/sampleWorkbook";
import { drawSheet, pinFrozenPanes } from "../../src/demo/sheetDrawing";
import { columnLetters, createWorkbook } from "../../src/simulator";
import { TODAY, hostOf } from "../excel/fixtures";

/** The sample table's own summary sheet (each bound table has its own, named after it). */
const SUMMARY = "分级汇总 · 客户表";

async function formattedAndGraded() {
  const workbook = createWorkbook(sampleWorkbookSpec(TODAY()));
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  for (const step of [
    () => adapter.bind("客户表"),
    () => adapter.applyTemplateFormatting(),
    () => adapter.gradeAll(),
  ] as const) {
    const done = await step();
    if (!done.ok) throw new Error(done.error.message.en);
  }
  return workbook;
}

const headers = (workbook: ReturnType<typeof createWorkbook>): string[] =>
  workbook.tableValues("客户表").headers.map(String);

function cellOf(table: HTMLTableElement, address: string): HTMLElement {
  const td = table.querySelector<HTMLElement>(`td[data-address="${address}"]`);
  if (!td) throw new Error(`no cell ${address} drawn`);
  return td;
}

let workbook: ReturnType<typeof createWorkbook>;
beforeAll(async () => {
  workbook = await formattedAndGraded();
});

test("each grade cell shows the fill and font colour of the conditional format that holds there", () => {
  const { table } = drawSheet(workbook, "Sheet1", null);
  const grade = columnLetters(headers(workbook).indexOf("客户等级"));
  const seen = new Map<string, [string, string]>();
  for (let row = 2; row <= 31; row += 1) {
    const td = cellOf(table, `Sheet1!${grade}${row}`);
    const look = workbook.formatting("Sheet1").conditionalLook(`${grade}${row}`);
    if (td.textContent !== "") seen.set(td.textContent ?? "", [td.style.backgroundColor, td.style.color]);
    expect([td.style.backgroundColor !== "", td.style.color !== ""]).toEqual([
      look.fillColor !== null,
      look.fontColor !== null,
    ]);
  }
  // Four grades, four looks: Excel's Good, Neutral, a warning and Bad.
  expect(Object.fromEntries(seen)).toEqual({
    A: ["rgb(198, 239, 206)", "rgb(0, 97, 0)"],
    B: ["rgb(255, 235, 156)", "rgb(156, 87, 0)"],
    C: ["rgb(252, 213, 180)", "rgb(151, 71, 6)"],
    D: ["rgb(255, 199, 206)", "rgb(156, 0, 6)"],
  });
});

test("the score shows under its number format with a data bar from the column's lowest to its highest score", () => {
  const { table } = drawSheet(workbook, "Sheet1", null);
  const column = headers(workbook).indexOf("评分");
  const scores = workbook
    .tableValues("客户表")
    .rows.map((row, i) => ({ value: row[column], td: cellOf(table, `Sheet1!${columnLetters(column)}${i + 2}`) }))
    .filter((s): s is { value: number; td: HTMLElement } => typeof s.value === "number");
  expect(scores.length).toBeGreaterThan(20);
  for (const { value, td } of scores) {
    expect(td.dataset.format).toBe("0.0");
    expect(td.textContent).toBe(value.toFixed(1));
    expect(td.style.backgroundImage).toMatch(/^linear-gradient/);
  }
  const bars = (pick: (a: number, b: number) => number) =>
    scores.reduce((best, s) => (pick(s.value, best.value) === s.value ? s : best));
  expect(bars(Math.max).td.dataset.bar).toBe("100");
  expect(bars(Math.min).td.dataset.bar).toBe("0");
});

test("money shows grouped with two decimals; a cell with a drop-down list has the ▾ class and its list as tooltip", () => {
  const { table } = drawSheet(workbook, "Sheet1", null);
  const balance = columnLetters(headers(workbook).indexOf("未结余额"));
  expect(cellOf(table, `Sheet1!${balance}2`).textContent).toBe("180,000.00");
  const manual = columnLetters(headers(workbook).indexOf("人工等级"));
  const list = cellOf(table, `Sheet1!${manual}2`);
  expect([list.classList.contains("list"), list.title]).toEqual([true, "A,B,C,D"]);
  expect(list.textContent).toBe("");
  expect(cellOf(table, "Sheet1!A2").classList.contains("list")).toBe(false);
});

test("the frozen header row is pinned, and the rows below are not", () => {
  const drawn = drawSheet(workbook, "Sheet1", null);
  expect([drawn.frozenRows, drawn.frozenColumns]).toEqual([1, 0]);
  document.body.replaceChildren(drawn.table);
  pinFrozenPanes(drawn);
  const a1 = cellOf(drawn.table, "Sheet1!A1");
  expect([a1.classList.contains("frozen-row"), a1.style.top]).toEqual([true, "0px"]); // jsdom lays nothing out
  expect(cellOf(drawn.table, "Sheet1!A2").classList.contains("frozen-row")).toBe(false);
});

test("the summary sheet, which holds no table, is drawn from its used range, shares as percentages, with its chart", () => {
  const drawn = drawSheet(workbook, SUMMARY, null);
  const used = workbook.usedRange(SUMMARY);
  expect(used).not.toBeNull();
  expect(drawn.rowCount).toBeGreaterThan((used?.row ?? 0) + (used?.rowCount ?? 0));
  expect(cellOf(drawn.table, `${SUMMARY}!A1`).textContent).toBe(String(workbook.cell(SUMMARY, 0, 0).value));
  // The grade rows' share of customers (column D) under "0.0%".
  const share = workbook.cell(SUMMARY, 4, 3);
  expect(share.numberFormat).toBe("0.0%");
  expect(cellOf(drawn.table, `${SUMMARY}!D5`).textContent).toBe(`${((share.value as number) * 100).toFixed(1)}%`);

  const [chart] = workbook.formatting(SUMMARY).charts;
  const data = chart && workbook.formatting(SUMMARY).chartData(chart.name);
  if (!chart || !data) throw new Error("the summary has no chart");
  const bars = [...(drawn.charts?.querySelectorAll<SVGRectElement>('rect.bar[data-series="0"]') ?? [])];
  expect(bars.map((bar) => bar.dataset.category)).toEqual(data.categories.map(String));
  expect(bars.map((bar) => Number(bar.dataset.value))).toEqual(data.series[0]?.values);
  expect(drawn.charts?.querySelector("svg")?.getAttribute("aria-label")).toBe(chart.title);
  // The amount is a line on its own axis, not a second set of bars.
  expect(drawn.charts?.querySelectorAll('rect.bar[data-series="1"]')).toHaveLength(0);
  expect(drawn.charts?.querySelectorAll('circle.marker[data-series="1"]')).toHaveLength(data.categories.length);
});

test("an empty sheet is drawn as a grid of empty cells, not one cell", () => {
  const empty = createWorkbook({ sheets: [{ name: "Blank" }] });
  const drawn = drawSheet(empty, "Blank", null);
  expect([drawn.rowCount, drawn.columnCount]).toEqual([20, 8]);
});
