/**
 * End-to-end, in headless Chromium: the demo page's grid shows what the add-in made, as the simulator holds it
 * — a tab for every sheet it adds and those sheets' cells, the template formatting's grade colours, data bar,
 * number formats, drop-down lists and frozen header, the summary's chart — and brings into view what the
 * pane points at (an unreadable cell, on whichever sheet) and what Grade all wrote. What the grid should show
 * is read from the simulator in the pane's frame, never from the add-in's plan. Every test also checks that no
 * request left localhost and that neither the page nor the pane logged an error.
 */
import type { Page } from "playwright-core";
import { type CellValue, columnLetters } from "../../src/simulator";
import { ADAPTER_MESSAGES } from "../../src/excel/i18n";
import { tableSheetName } from "../../src/excel/portfolio/freeNames";
import { PLAN_MESSAGES } from "../../src/plan";
import { uiStrings } from "../../src/taskpane/i18n";
import { describeViolations, runAxe } from "./support/axe";
import {
  type DemoOptions,
  type DemoSession,
  chooseTable,
  gradeAll,
  paneFrame,
  waitForCell,
} from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";
import { SAMPLE_HEADERS, SAMPLE_ROWS, expectedGrades, sampleAddress } from "./support/expected";

const GRADE = "客户等级";
// The demo in English starts with English rules (a workbook without rules of its own gets the pane's language),
// so the sheets the add-in adds are named in English, each after its table.
const NAMES = ADAPTER_MESSAGES.en.portfolioNames;
const SHEETS = {
  summary: tableSheetName(NAMES.summarySheet, "客户表"),
  history: tableSheetName(NAMES.historySheet, "客户表"),
  review: tableSheetName(NAMES.reviewSheet, "客户表"),
  templateTable: PLAN_MESSAGES.en.templateNames.table,
} as const;
const SUMMARY_SHEET = SHEETS.summary;
const HISTORY_SHEET = SHEETS.history;
const REVIEW_SHEET = SHEETS.review;
const TEMPLATE_SHEET = PLAN_MESSAGES.en.templateNames.sheet;
const TEMPLATE_TABLE = SHEETS.templateTable;

const suite = demoSuite();

/** Opens the demo in English on the sample table. */
async function openOnSample(options: Omit<DemoOptions, "lang"> = {}): Promise<DemoSession> {
  const session = await suite.open({ lang: "en", ...options });
  await chooseTable(session.pane, "en", "客户表", "Sheet1");
  return session;
}

/** Applies the template formatting (which also turns the summary sheet and grade history on). */
async function applyTemplate(demo: DemoSession): Promise<void> {
  await demo.pane.getByTestId("template-apply").click();
  await demo.pane.getByTestId("template-result").waitFor();
}

/** Waits until the grid shows every sample row's grade as the engine grades it. */
async function waitForGrades(page: Page): Promise<void> {
  const grades = expectedGrades();
  const last = SAMPLE_ROWS.length - 1;
  await waitForCell(page, sampleAddress(GRADE, last), grades[last] ?? "");
}

interface StoredCell {
  readonly value: CellValue;
  readonly numberFormat: string;
}

/** What the simulator in the pane's frame holds, read through its `SimWorkbook` (`read` runs in the frame). */
async function simulator<T>(
  demo: DemoSession,
  read: (workbook: StandInWorkbook, sheets: typeof SHEETS) => T,
): Promise<T> {
  const frame = await paneFrame(demo.page, "en");
  const workbook = await frame.evaluateHandle(
    () =>
      (window as unknown as { customerGraderStandIn: { workbook: StandInWorkbook } }).customerGraderStandIn.workbook,
  );
  return (await workbook.evaluate(read, SHEETS)) as T;
}

interface StandInWorkbook {
  cell(sheet: string, row: number, column: number): StoredCell;
  tableValues(name: string): { headers: CellValue[]; rows: CellValue[][] };
  formatting(sheet: string): {
    readonly charts: readonly { readonly name: string }[];
    chartData(name: string): { readonly categories: readonly CellValue[] } | null;
  };
  sheetNames(): string[];
  usedRange(sheet: string): { row: number; column: number; rowCount: number; columnCount: number } | null;
}

async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole("tab").allTextContents();
}

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`td[data-address="${name}!A1"]`).waitFor();
}

async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`td[data-address="${address}"]`).textContent()) ?? "";
}

/**
 * Whether a cell (or column heading) lies wholly inside the grid's visible area, clear of what stays pinned
 * there: the column letters and frozen rows above, the row numbers and frozen columns to the left.
 */
async function isInView(page: Page, selector: string): Promise<{ inside: boolean; detail: string }> {
  return page.evaluate((target) => {
    const grid = document.getElementById("grid");
    const element = document.querySelector(target);
    if (!grid || !element) return { inside: false, detail: `no ${target}` };
    const frame = grid.getBoundingClientRect();
    const view = {
      left: frame.left + grid.clientLeft,
      top: frame.top + grid.clientTop,
      right: frame.left + grid.clientLeft + grid.clientWidth,
      bottom: frame.top + grid.clientTop + grid.clientHeight,
    };
    const box = element.getBoundingClientRect();
    const isColumnHeading = element.tagName === "TH" && element.closest("thead") !== null;
    // The pinned parts: the sticky cells other than the element itself, in the row and the column it is in.
    const pinnedLeft = Math.max(
      view.left,
      ...[...(element.closest("tr")?.children ?? [])]
        .filter((cell) => cell !== element && getComputedStyle(cell).position === "sticky")
        .filter((cell) => cell.getBoundingClientRect().left < box.left)
        .map((cell) => cell.getBoundingClientRect().right),
    );
    const pinnedTop = isColumnHeading
      ? view.top
      : Math.max(
          view.top,
          ...[...document.querySelectorAll("#grid thead th, #grid td.frozen-row")]
            .filter((cell) => cell !== element && cell.getBoundingClientRect().top < box.top)
            .map((cell) => cell.getBoundingClientRect().bottom),
        );
    const inside =
      box.left >= pinnedLeft - 0.5 &&
      box.right <= view.right + 0.5 &&
      box.top >= pinnedTop - 0.5 &&
      box.bottom <= view.bottom + 0.5;
    const round = (n: number) => Math.round(n);
    return {
      inside,
      detail: `box ${round(box.left)}..${round(box.right)} × ${round(box.top)}..${round(box.bottom)}, visible ${round(pinnedLeft)}..${round(view.right)} × ${round(pinnedTop)}..${round(view.bottom)}`,
    };
  }, selector);
}

async function seriousViolationsOfPage(demo: DemoSession, moment: string): Promise<string> {
  const violations = await runAxe(demo.page.mainFrame());
  if (violations.length > 0) console.log(`axe (${moment}):\n${describeViolations(violations)}`);
  return describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"));
}

describe("the demo grid shows the sheets the add-in adds", () => {
  it("gives the summary and history sheets a tab after Grade all, and draws their cells, shares in % and the chart with a bar per grade", async () => {
    const demo = await openOnSample();
    await applyTemplate(demo);
    await gradeAll(demo.pane, "en");
    await demo.page.getByRole("tab", { name: HISTORY_SHEET, exact: true }).waitFor();
    expect(await tabNames(demo.page)).toEqual(await simulator(demo, (workbook) => workbook.sheetNames()));
    expect(await tabNames(demo.page)).toEqual(expect.arrayContaining([SUMMARY_SHEET, HISTORY_SHEET]));

    await showTab(demo.page, SUMMARY_SHEET);
    const selected = demo.page.locator('[role="tab"][aria-selected="true"]');
    expect(await selected.textContent()).toBe(SUMMARY_SHEET);
    const stored = await simulator(demo, (workbook, sheets) => ({
      title: workbook.cell(sheets.summary, 0, 0),
      share: workbook.cell(sheets.summary, 4, 3),
      chart: (() => {
        const summary = workbook.formatting(sheets.summary);
        const [first] = summary.charts;
        return first ? summary.chartData(first.name) : null;
      })(),
    }));
    expect(await cellText(demo.page, `${SUMMARY_SHEET}!A1`)).toBe(String(stored.title.value));
    // The grade A row's share of the customers, a fraction under "0.0%".
    expect(stored.share.numberFormat).toBe("0.0%");
    expect(await cellText(demo.page, `${SUMMARY_SHEET}!D5`)).toBe(`${(Number(stored.share.value) * 100).toFixed(1)}%`);

    const bars = demo.page.locator('#grid figure.chart svg rect.bar[data-series="0"]');
    const categories = await bars.evaluateAll((rects) => rects.map((rect) => rect.getAttribute("data-category")));
    expect(categories).toEqual(stored.chart?.categories.map(String));
    // One bar per grade of the rules, then the ungraded.
    expect(categories.slice(0, 4)).toEqual(["A", "B", "C", "D"]);
    expect(await seriousViolationsOfPage(demo, "summary sheet with its chart")).toBe("");

    await showTab(demo.page, HISTORY_SHEET);
    expect(await cellText(demo.page, `${HISTORY_SHEET}!A1`)).toBe(
      String((await simulator(demo, (workbook, sheets) => workbook.cell(sheets.history, 0, 0))).value),
    );
    expect(await cellText(demo.page, `${HISTORY_SHEET}!A1`)).not.toBe("");
  });

  it("gives the year-end review's sheet a tab and draws every row of its used range", async () => {
    const demo = await openOnSample();
    await gradeAll(demo.pane, "en");
    await demo.pane.getByTestId("year-end-review").click();
    await demo.pane.getByTestId("year-end-result").waitFor();
    await demo.page.getByRole("tab", { name: REVIEW_SHEET, exact: true }).waitFor();
    await showTab(demo.page, REVIEW_SHEET);
    const { used, labels } = await simulator(demo, (workbook, sheets) => {
      const range = workbook.usedRange(sheets.review);
      const rows = range === null ? 0 : range.row + range.rowCount;
      return { used: range, labels: Array.from({ length: rows }, (_, r) => workbook.cell(sheets.review, r, 0)) };
    });
    expect(used?.rowCount).toBeGreaterThan(5);
    // Column A holds the review's labels (text), shown as they are.
    const texts = labels.map((cell, r) => ({ cell, r })).filter(({ cell }) => typeof cell.value === "string");
    expect(texts.length).toBeGreaterThan(5);
    for (const { cell, r } of texts) expect(await cellText(demo.page, `${REVIEW_SHEET}!A${r + 1}`)).toBe(cell.value);
  });

  it("shows the template table on its new, active sheet after Insert template table, every column and row", async () => {
    const demo = await openOnSample();
    await demo.pane.getByTestId("template-insert").click();
    await demo.pane.getByTestId("template-result").getByText(uiStrings.en.templateFormatted(TEMPLATE_TABLE)).waitFor();
    await demo.page.locator('[role="tab"][aria-selected="true"]', { hasText: TEMPLATE_SHEET }).waitFor();
    const { headers, rows } = await simulator(demo, (workbook, sheets) => workbook.tableValues(sheets.templateTable));
    expect(headers.length).toBeGreaterThan(10);
    await waitForCell(demo.page, `${TEMPLATE_SHEET}!A1`, String(headers[0]));
    const shownHeaders = await Promise.all(
      headers.map((_, c) => cellText(demo.page, `${TEMPLATE_SHEET}!${columnLetters(c)}1`)),
    );
    expect(shownHeaders).toEqual(headers.map(String));
    const shownNames = await Promise.all(rows.map((_, r) => cellText(demo.page, `${TEMPLATE_SHEET}!A${r + 2}`)));
    expect(shownNames).toEqual(rows.map((row) => String(row[0])));
  });
});

describe("the demo grid draws the template formatting", () => {
  it("colours the grades, draws the score's data bar, shows number formats, a ▾ on drop-down cells and keeps the header row in view", async () => {
    // A window shorter than the sample table, so the grid scrolls down.
    const demo = await openOnSample({ viewport: { width: 1400, height: 520 } });
    await applyTemplate(demo);
    await gradeAll(demo.pane, "en");
    await waitForGrades(demo.page);
    const { page } = demo;
    const grades = expectedGrades();
    const rowOf = (grade: string): number => grades.indexOf(grade);

    const look = (address: string) =>
      page.locator(`td[data-address="${address}"]`).evaluate((td) => {
        const style = getComputedStyle(td);
        return { fill: style.backgroundColor, font: style.color, image: style.backgroundImage };
      });
    // Excel's Good and Bad cell styles, as the conditional formats hold them.
    expect(await look(sampleAddress(GRADE, rowOf("A")))).toMatchObject({
      fill: "rgb(198, 239, 206)",
      font: "rgb(0, 97, 0)",
    });
    expect(await look(sampleAddress(GRADE, rowOf("D")))).toMatchObject({
      fill: "rgb(255, 199, 206)",
      font: "rgb(156, 0, 6)",
    });

    // The score is the sample's 31st column (the reader runs in the pane's frame, without this file's names).
    expect(SAMPLE_HEADERS.indexOf("评分")).toBe(30);
    const scores = await simulator(demo, (workbook) => workbook.tableValues("客户表").rows.map((row) => row[30]));
    const graded = scores.map((score, row) => ({ score, row })).filter((s) => typeof s.score === "number");
    const best = graded.reduce((a, b) => (Number(b.score) > Number(a.score) ? b : a));
    const bestCell = sampleAddress("评分", best.row);
    expect(await cellText(page, bestCell)).toBe(Number(best.score).toFixed(1));
    expect((await look(bestCell)).image).toMatch(/linear-gradient/);
    expect(await page.locator(`td[data-address="${bestCell}"]`).getAttribute("data-bar")).toBe("100");

    // Money under "#,##0.00": 180000 shows as 180,000.00.
    const balance = sampleAddress("未结余额", 0);
    const stored = await simulator(demo, (workbook) => workbook.cell("Sheet1", 1, 22));
    expect(stored).toEqual({ value: SAMPLE_ROWS[0]?.[22], numberFormat: "#,##0.00", formula: null });
    expect(await cellText(page, balance)).toBe(
      Number(stored.value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );

    const manual = page.locator(`td[data-address="${sampleAddress("人工等级", 0)}"]`);
    expect(await manual.evaluate((td) => getComputedStyle(td, "::after").content)).toContain("▾");
    expect(await manual.getAttribute("title")).toBe("A,B,C,D");
    expect(
      await page
        .locator(`td[data-address="${sampleAddress("客户名称", 0)}"]`)
        .evaluate((td) => getComputedStyle(td, "::after").content),
    ).toBe("none");

    // The header row is frozen: scrolled down, it stays right under the column letters.
    await page.locator("#grid").evaluate((grid) => (grid.scrollTop = 200));
    expect(await page.locator("#grid").evaluate((grid) => grid.scrollTop)).toBe(200);
    const header = await page.locator('td[data-address="Sheet1!A1"]').evaluate((td) => ({
      position: getComputedStyle(td).position,
      top: td.getBoundingClientRect().top,
      letters: document.querySelector("#grid thead th")?.getBoundingClientRect().bottom ?? -1,
    }));
    expect(header.position).toBe("sticky");
    // What shows at the header row's height, at the row numbers and at a cell in view (Grade all scrolled the
    // sheet to the grade columns): row 1's, not a row passing under it.
    const gradeHeader = sampleAddress(GRADE, -1);
    const shown = await page.locator(`td[data-address="${gradeHeader}"]`).evaluate((td) => {
      const box = td.getBoundingClientRect();
      const grid = document.getElementById("grid")?.getBoundingClientRect();
      const at = (x: number) => document.elementFromPoint(x, box.top + box.height / 2);
      return [
        at((grid?.left ?? 0) + 20)?.textContent,
        (at(box.left + 5)?.closest("td") as HTMLElement | null)?.dataset.address,
      ];
    });
    expect(shown).toEqual(["1", gradeHeader]);
    expect(Math.abs(header.top - header.letters)).toBeLessThan(1);
    expect(await isInView(page, 'td[data-address="Sheet1!A3"]')).toMatchObject({ inside: false });

    await page.locator("#grid").evaluate((grid) => (grid.scrollTop = 0));
    expect(await seriousViolationsOfPage(demo, "sample table formatted and graded")).toBe("");
  });
});

describe("the demo grid brings into view what the pane points at", () => {
  it("after Grade all, the grade, score and remark columns are in view", async () => {
    const demo = await openOnSample();
    await gradeAll(demo.pane, "en");
    await waitForGrades(demo.page);
    for (const header of [GRADE, "评分", "备注"]) {
      const column = sampleAddress(header, 0).replace(/^Sheet1!([A-Z]+)\d+$/, "$1");
      const heading = `#grid thead th:nth-child(${SAMPLE_HEADERS.indexOf(header) + 2})`;
      expect(await demo.page.locator(heading).textContent()).toBe(column);
      const view = await isInView(demo.page, heading);
      expect(`${header}: ${view.inside ? "in view" : view.detail}`).toBe(`${header}: in view`);
    }
  });

  it("clicking an unreadable cell's issue scrolls the cell clear of the pinned headings, and shows its sheet first", async () => {
    const demo = await openOnSample();
    await gradeAll(demo.pane, "en");
    await waitForGrades(demo.page);
    // Away from the cell: Sheet1 scrolled to its far right and bottom.
    await demo.page.locator("#grid").evaluate((grid) => {
      grid.scrollLeft = grid.scrollWidth;
      grid.scrollTop = grid.scrollHeight;
    });
    const issue = demo.pane.getByTestId("issue-item").first();
    const address = await issue.getAttribute("data-address");
    expect(address).toMatch(/^Sheet1![A-Z]+\d+$/);
    await issue.click();
    await demo.page.locator(`td.selected[data-address="${address}"]`).waitFor();
    const view = await isInView(demo.page, `td[data-address="${address}"]`);
    expect(view.inside ? "in view" : view.detail).toBe("in view");

    // Another sheet shown: the grid goes back to the cell's sheet.
    await showTab(demo.page, "Sheet2");
    await issue.click();
    await demo.page.locator('[role="tab"][aria-selected="true"]', { hasText: "Sheet1" }).waitFor();
    await demo.page.locator(`td.selected[data-address="${address}"]`).waitFor();
    const again = await isInView(demo.page, `td[data-address="${address}"]`);
    expect(again.inside ? "in view" : again.detail).toBe("in view");
  });
});
