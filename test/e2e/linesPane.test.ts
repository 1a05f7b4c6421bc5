/**
 * End-to-end, in real headless Chromium: "customers from order lines" on the demo page (its Sheet4 holds the
 * waybill lines 运单明细), with the engine the production bundle loads on demand. Open the part, pick the lines
 * table, build: the new sheet and table show in the grid, the RFM view counts what the engine counts on the
 * same lines, the table is graded; axe finds nothing serious; at 320 px nothing overflows sideways.
 */
import type { Frame } from "playwright-core";
import { type CellValue, type Lang, FIELDS, serialFromLocalDate } from "../../src/engine";
import { buildCustomers } from "../../src/engine/lines/buildCustomers";
import { RFM_SEGMENTS } from "../../src/engine/lines/types";
import { uiStrings } from "../../src/taskpane/i18n";
import { columnLetters } from "../../src/simulator";
import { linesStrings } from "../../src/taskpane/lines/i18n";
import { describeViolations, runAxe } from "./support/axe";
import { type DemoOptions, type DemoSession, cellText, gradeAll, paneFrame } from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";

const LINES_TABLE = "运单明细";
const TABLE: Readonly<Record<Lang, string>> = {
  "zh-CN": "客户汇总表",
  "zh-TW": "客戶彙總表",
  en: "CustomersFromLines",
};
const SHEET: Readonly<Record<Lang, string>> = { "zh-CN": "客户汇总", "zh-TW": "客戶彙總", en: "Customers from lines" };

const suite = demoSuite();

type StandIn = { workbook: { tableValues(name: string): { headers: CellValue[]; rows: CellValue[][] } } };

/** A table as the pane's workbook holds it. */
function tableIn(frame: Frame, name: string): Promise<{ headers: CellValue[]; rows: CellValue[][] }> {
  return frame.evaluate(
    (table) =>
      (window as unknown as { customerGraderStandIn: StandIn }).customerGraderStandIn.workbook.tableValues(table),
    name,
  );
}

/** Opens the demo and the part, picks the lines table and builds; returns the pane's frame and the as-of date. */
async function build(
  locale: Lang,
  options: DemoOptions = {},
): Promise<{ demo: DemoSession; frame: Frame; asOf: string }> {
  const demo = await suite.open({ lang: locale, ...options });
  const lines = linesStrings[locale];
  await demo.pane.getByRole("heading", { name: uiStrings[locale].linesHeading }).waitFor();
  await demo.pane.getByTestId("lines-open").click();
  const picker = demo.pane.getByTestId("lines-table");
  await picker.waitFor();
  await picker.selectOption(LINES_TABLE);
  const asOf = await demo.pane.getByTestId("lines-as-of").inputValue();
  await demo.pane.getByRole("button", { name: lines.build }).click();
  await demo.pane.getByTestId("lines-result").waitFor();
  await demo.pane.getByTestId("rfm-view").waitFor();
  return { demo, frame: await paneFrame(demo.page, locale), asOf };
}

/** What the engine makes of the demo's lines as of that day, computed here in node. */
async function expectedFrom(frame: Frame, asOf: string, locale: Lang) {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const built = buildCustomers(await tableIn(frame, LINES_TABLE), {
    asOf: serialFromLocalDate(new Date(y, m - 1, d)),
    lang: locale,
  });
  if (!built.ok) throw new Error(`the demo's lines do not build: ${built.error.message.en}`);
  return built.value;
}

async function seriousViolations(frame: Frame, moment: string): Promise<string> {
  // Fluent's fades: contrast measured mid-animation would be the animation's.
  await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const violations = await runAxe(frame);
  if (violations.length > 0) console.log(`axe (${moment}):\n${describeViolations(violations)}`);
  return describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"));
}

describe("customers from order lines on the demo page", () => {
  it.each([
    ["zh-CN", "light"],
    ["en", "dark"],
  ] as const)(
    "builds the customer table on a new sheet the grid shows, counts the RFM types as the engine does, grades it (%s, %s theme)",
    async (locale, theme) => {
      const { demo, frame, asOf } = await build(locale, { theme });
      const expected = await expectedFrom(frame, asOf, locale);
      expect(expected.customers.length).toBeGreaterThanOrEqual(30);

      // The grid follows the add-in to the new sheet, and shows the table the engine laid out.
      const sheet = SHEET[locale];
      await demo.page.locator('[role="tab"][aria-selected="true"]', { hasText: sheet }).waitFor();
      await demo.page.locator(`td[data-address="${sheet}!A1"]`).waitFor();
      const headers = await Promise.all(
        expected.table.headers.map((_, c) => cellText(demo.page, `${sheet}!${columnLetters(c)}1`)),
      );
      expect(headers).toEqual(expected.table.headers);
      const last = expected.table.rows.length + 1;
      expect(await cellText(demo.page, `${sheet}!A2`)).toBe(expected.table.rows[0]?.[0]);
      expect(await cellText(demo.page, `${sheet}!A${last}`)).toBe(expected.table.rows.at(-1)?.[0]);
      expect(await cellText(demo.page, `${sheet}!A${last + 1}`)).toBe("");
      const written = await tableIn(frame, TABLE[locale]);
      // A measure the engine leaves null (no margin without an amount) is a blank cell.
      expect(written.rows).toEqual(expected.table.rows.map((row) => row.map((cell) => cell ?? "")));

      // The RFM view: the engine's count per type, adding up to the customers.
      const counts = await demo.pane
        .getByTestId("rfm-segments")
        .locator("tr[data-segment]")
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.getAttribute("data-segment"),
            Number(row.querySelector('[data-testid="rfm-customers"]')?.textContent),
          ]),
        );
      const engineCounts = RFM_SEGMENTS.map((s) => [s, expected.rfm.filter((r) => r.segment === s).length]);
      expect(counts).toEqual(engineCounts);
      expect(await demo.pane.getByTestId("rfm-total-customers").textContent()).toBe(String(expected.rfm.length));
      expect(counts.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(expected.rfm.length);

      expect(await seriousViolations(frame, `lines part built, ${locale}, ${theme}`)).toBe("");

      // Grade this table, then Grade all: the grades land in the customer table.
      await demo.pane.getByRole("button", { name: linesStrings[locale].gradeThis }).click();
      await demo.pane.getByTestId("lines-graded").waitFor();
      await gradeAll(demo.pane, locale);
      const graded = await tableIn(frame, TABLE[locale]);
      const gradeHeader = graded.headers.indexOf(FIELDS.grade.label[locale]);
      expect(gradeHeader).toBeGreaterThan(expected.table.headers.length - 1);
      const grades = graded.rows.map((row) => String(row[gradeHeader] ?? ""));
      expect(grades.filter((g) => /^[A-Z]$/.test(g)).length).toBeGreaterThan(0);
      expect(await seriousViolations(frame, `lines part graded, ${locale}, ${theme}`)).toBe("");
    },
  );
});

/** What sticks out past the pane's right edge: the document's widths, and each element reaching past it. */
function sidewaysOverflow(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()} in ${el.closest("[data-testid]")?.getAttribute("data-testid") ?? "the pane"}`;
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map(describe);
    return { width, scrollWidth: root.scrollWidth, bodyScrollWidth: document.body.scrollWidth, wide };
  });
}

async function expectNoSidewaysOverflow(frame: Frame): Promise<void> {
  const overflow = await sidewaysOverflow(frame);
  expect(overflow.width).toBeLessThanOrEqual(320);
  expect(overflow.wide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
  expect(overflow.bodyScrollWidth).toBeLessThanOrEqual(overflow.width);
}

describe("customers from order lines at 320 px", () => {
  it("nothing in the pane overflows sideways once the part is built, nor once its table is graded (en)", async () => {
    const { demo, frame } = await build("en");
    await demo.page.evaluate(() => {
      const main = document.querySelector("main");
      const pane = document.getElementById("pane");
      if (main) main.style.gridTemplateColumns = "1fr 320px";
      if (pane) pane.style.width = "320px";
    });
    await frame.waitForFunction(() => document.documentElement.clientWidth <= 320);
    await expectNoSidewaysOverflow(frame);
    await demo.pane.getByRole("button", { name: linesStrings.en.gradeThis }).click();
    await demo.pane.getByTestId("lines-graded").waitFor();
    await gradeAll(demo.pane, "en");
    await expectNoSidewaysOverflow(frame);
  });
});
