/**
 * End-to-end, in real headless Chromium at the narrowest task pane Office shows (320 px wide, about 600 px
 * tall): the pane starts right. Grade all is in the first screen, beside the table picker, on first open and
 * with a table of some 30 columns bound; no label breaks inside a word (a Chinese field name stays on one line,
 * a Latin word is not split) and nothing sticks out sideways, measured in the browser's own layout; the weights
 * show as the rule set has them; axe finds nothing serious. In Simplified Chinese and English.
 */
import type { Frame } from "playwright-core";
import { FIELDS, FIELD_IDS, type Lang, defaultRuleSet } from "../../src/engine";
import { uiStrings } from "../../src/taskpane/i18n";
import { type DemoSession, chooseTable } from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";
import { NARROW, expectWordsWholeAndNothingWide, openNarrow, seriousViolations } from "./support/layout";

const LOCALES = ["zh-CN", "en"] as const;

/** A table as wide as a full CRM export: a column for every field the add-in reads, and three it does not know. */
const WIDE_TABLE = "宽表";
const WIDE_HEADERS = [
  ...FIELD_IDS.filter((id) => FIELDS[id].role === "input").map((id) => FIELDS[id].label["zh-CN"]),
  "结算方式",
  "备用字段",
  "Ship Mode",
];

const suite = demoSuite();

/** Grade all's box in the pane's frame, and the frame's own size. */
async function gradeAllBox(demo: DemoSession, locale: Lang) {
  const button = demo.pane.getByRole("button", { name: uiStrings[locale].gradeAll, exact: true });
  await button.waitFor();
  return button.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      width: window.innerWidth,
      height: window.innerHeight,
    };
  });
}

function expectInFirstScreen(box: Awaited<ReturnType<typeof gradeAllBox>>): void {
  expect(box.width).toBeLessThanOrEqual(NARROW);
  expect(box.height).toBeLessThanOrEqual(620);
  expect(box.height).toBeGreaterThanOrEqual(560);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
  expect(box.right).toBeLessThanOrEqual(box.width);
}

/** Adds the wide table to Sheet2, right of seed 000's table, through the pane's own Excel API. */
async function addWideTable(frame: Frame): Promise<void> {
  await frame.evaluate(
    async ({ name, headers }) => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        const rows = [1, 2, 3].map((r) => headers.map((_, c) => (c === 0 ? `客户${r}` : r * 10 + c)));
        const sheet = context.workbook.worksheets.getItem("Sheet2");
        const range = sheet.getRange("K1").getResizedRange(rows.length, headers.length - 1);
        range.values = [headers, ...rows];
        context.workbook.tables.add(range, true).name = name;
        await context.sync();
      });
    },
    { name: WIDE_TABLE, headers: WIDE_HEADERS },
  );
}

describe.each(LOCALES)("the pane at 320 px (%s)", (locale) => {
  const strings = uiStrings[locale];

  it("on first open, with several tables and none chosen, shows Grade all beside the table picker in the first screen", async () => {
    const { demo, frame } = await openNarrow(suite, locale);
    expect(await demo.pane.getByTestId("table-picker").inputValue()).toBe("");
    const box = await gradeAllBox(demo, locale);
    expectInFirstScreen(box);
    const picker = await demo.pane.getByTestId("table-picker").boundingBox();
    const button = await demo.pane.getByRole("button", { name: strings.gradeAll, exact: true }).boundingBox();
    // Beside: on the picker's row, to its right.
    expect(picker && button && Math.abs(picker.y + picker.height - (button.y + button.height))).toBeLessThan(4);
    expect(picker && button && button.x >= picker.x + picker.width).toBe(true);
    await expectWordsWholeAndNothingWide(frame);
    expect(await seriousViolations(frame, `first open, ${locale}`)).toBe("");
    // Pressed with no table: says to pick one, and the picker has the focus.
    await demo.pane.getByRole("button", { name: strings.gradeAll, exact: true }).click();
    await demo.pane.getByTestId("pick-table-first").waitFor();
    expect(await frame.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("table-picker");
    await expectWordsWholeAndNothingWide(frame);
  });

  it("with a table of some 30 columns bound, keeps Grade all in the first screen, the review folded under it", async () => {
    const { demo, frame } = await openNarrow(suite, locale);
    await addWideTable(frame);
    await demo.pane.getByTestId("table-picker").focus(); // the list is read again on focus
    await demo.pane.locator(`option`, { hasText: WIDE_TABLE }).waitFor({ state: "attached" });
    await chooseTable(demo.pane, locale, WIDE_TABLE, "Sheet2");
    const review = demo.pane.getByTestId("column-mapping");
    await review.getByTestId("review-attention").waitFor();
    expect(WIDE_HEADERS.length).toBeGreaterThanOrEqual(30);
    expectInFirstScreen(await gradeAllBox(demo, locale));
    // In first view only the three columns it does not know, each with its dropdown.
    expect(await review.getByTestId("review-column").count()).toBe(3);
    expect(await review.getByRole("combobox").count()).toBe(3);
    await expectWordsWholeAndNothingWide(frame);
    await review.getByRole("button", { name: strings.reviewOthers(WIDE_HEADERS.length - 3) }).click();
    await review.getByTestId("review-others").waitFor();
    expect(await review.getByTestId("review-column").count()).toBe(WIDE_HEADERS.length);
    // Opening the list scrolled the pane to it: back at the top, Grade all is where it was.
    await frame.evaluate(() => window.scrollTo(0, 0));
    await frame.waitForFunction(() => window.scrollY === 0);
    expectInFirstScreen(await gradeAllBox(demo, locale));
    await expectWordsWholeAndNothingWide(frame);
    expect(await seriousViolations(frame, `wide table, review open, ${locale}`)).toBe("");
  });

  it("shows the weights as the rule set has them, their shares adding up to 100 %, and no label broken in the rules", async () => {
    const { demo, frame } = await openNarrow(suite, locale);
    for (const heading of [strings.rulesHeading, strings.hardRulesHeading]) {
      await demo.pane.getByRole("button", { name: heading, exact: true }).click();
    }
    const weights = demo.pane.getByTestId("weights");
    await weights.waitFor();
    await demo.pane.getByTestId("hard-rules").waitFor();
    const dimensions = defaultRuleSet().dimensions;
    const typed = await weights
      .getByRole("spinbutton")
      .evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
    expect(typed).toEqual(dimensions.map((d) => d.weight));
    const shares = (await weights.getByTestId("weight-share").allTextContents()).map((t) =>
      Number(/(\d+)%/.exec(t)?.[1]),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    const total = dimensions.reduce((sum, d) => sum + d.weight, 0);
    expect(await demo.pane.getByTestId("weights-total").textContent()).toBe(strings.weightsTotal(total));
    await expectWordsWholeAndNothingWide(frame);
    expect(await seriousViolations(frame, `rules open, ${locale}`)).toBe("");
  });
});
