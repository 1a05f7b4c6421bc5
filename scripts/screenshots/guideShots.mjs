// The user guide's pictures for one language: the demo page, then each part of the task pane as the guide
// describes it (docs/guide.<lang>.md). Each step drives the pane as an analyst would, by role and visible text
// (uiStrings) or data-testid, and waits for the state it needs before its picture is taken.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const support = (file) => require(join(ROOT, "test/e2e/support", file));
const { openDemo, chooseTable, gradeAll, paneFrame } = support("demoSession.ts");
const { sampleAddress } = support("expected.ts");
const { uiStrings } = require(join(ROOT, "src/taskpane/i18n/index.ts"));

/** The overview: the grid and the pane side by side, small enough for the top of the README. */
const OVERVIEW = { width: 920, height: 520 };
/** The first screen of the narrowest pane: 320 px wide, the page's header leaving it about 600 px tall. */
const FIRST_SCREEN = { width: 920, height: 640 };
/** For the pane's parts: a frame tall enough to hold the whole pane, so every part is on screen at once. */
const TALL = { width: 1280, height: 3600 };
/** The tallest a picture of one part may be: the column list and the word lists are cut there. */
const MAX_PART_HEIGHT = 560;
/** White space kept around a part (the pane's own padding is wider), so its text does not touch the edge. */
const MARGIN = 8;

/** The narrowest task pane Office shows: the column review must fit it without scrolling sideways. */
const NARROW_PANE = 320;

/** The sample customer the score card shows: capped at C by a balance overdue more than 90 days. */
const CAPPED_CUSTOMER_ROW = 15;

/** A rules file with two mistakes, for the picture of a refused import. */
function brokenRules() {
  const rules = require(join(ROOT, "src/engine/rules/default-rules.json"));
  const copy = structuredClone(rules);
  copy.dimensions[0].weight = -5;
  copy.grades[1].minScore = "fifty";
  return Buffer.from(JSON.stringify(copy, null, 2));
}

/** Takes a picture of one pane part (a <section> named by its heading), cut at `maxHeight`. */
async function shootPart(demo, locator, path, maxHeight = MAX_PART_HEIGHT) {
  await locator.scrollIntoViewIfNeeded();
  // The pointer off the pane: a hovered field shows its spin buttons.
  await demo.page.mouse.move(0, 0);
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${path}: the part is not on screen`);
  const clip = {
    x: box.x - MARGIN,
    y: box.y - MARGIN,
    width: box.width + 2 * MARGIN,
    height: Math.min(box.height, maxHeight) + 2 * MARGIN,
  };
  await demo.page.screenshot({ path, clip });
}

/**
 * Runs the guide's steps on one demo page in `lang` and writes each picture into `dir`; returns the problems
 * seen (a step that failed, a request that left localhost, an error in the console).
 */
export async function shootGuide(browser, origin, lang, dir) {
  const s = uiStrings[lang];
  const demo = await openDemo(browser, origin, { lang, theme: "light", viewport: OVERVIEW });
  const { page, pane } = demo;
  const part = (name) => pane.getByRole("region", { name, exact: true });
  const out = (name) => join(dir, `${name}.png`);
  const problems = [];
  try {
    // As the pane opens on a workbook of several tables, none chosen yet: the table picker beside Grade all.
    await page.setViewportSize(FIRST_SCREEN);
    await page.locator("#pane").evaluate((frame, width) => (frame.style.width = `${width}px`), NARROW_PANE);
    await pane.getByRole("button", { name: s.gradeAll, exact: true }).waitFor();
    const frame = await paneFrame(page, lang);
    // Evaluated in the pane's frame (a string: this script's lint knows no browser globals).
    await frame.waitForFunction(`document.documentElement.clientWidth <= ${NARROW_PANE}`);
    await page.mouse.move(0, 0);
    await page.locator("#pane").screenshot({ path: out("first-open") });
    await page.locator("#pane").evaluate((frame) => (frame.style.width = ""));
    await page.setViewportSize(OVERVIEW);

    await chooseTable(pane, lang, "客户表", "Sheet1");
    // Apply the template first: it also turns on the summary sheet and grade history, so Grade all reports them.
    await pane.getByTestId("template-apply").click();
    await pane.getByTestId("template-result").waitFor();
    await gradeAll(pane, lang);
    await pane.getByTestId("portfolio-changes").waitFor();

    await page.locator(`td[data-address="${sampleAddress("客户等级", 0)}"]`).click();
    await pane.getByTestId("score-card-grade").waitFor();
    await part(s.gradeHeading).evaluate((section) => section.scrollIntoView());
    await page.screenshot({ path: out("overview") });

    await page.setViewportSize(TALL);
    await shootPart(demo, part(s.gradeHeading), out("grade-all"));

    const capped = sampleAddress("客户等级", CAPPED_CUSTOMER_ROW);
    await page.locator(`td[data-address="${capped}"]`).click();
    await pane.getByTestId("score-card").getByText(s.scoreCardRules).waitFor();
    await pane.getByTestId("score-card-lift").waitFor(); // the detailed part, loaded on the first selection
    await shootPart(demo, part(s.scoreCardHeading), out("score-card"));
    await shootPart(demo, part(s.issuesHeading), out("issues"));

    const review = pane.getByTestId("column-mapping");
    // The review's one folding button: "Other columns (n)".
    const otherColumns = review.locator("button[aria-expanded]");
    await otherColumns.click();
    await pane.getByRole("combobox", { name: s.mappingFieldFor("客户名称") }).waitFor();
    await shootPart(demo, review, out("table-and-columns"));
    await otherColumns.click();

    await pane.getByTestId("year-end-review").click();
    await pane.getByTestId("year-end-result").waitFor();
    await shootPart(demo, part(s.templateHeading), out("template-and-summary"), 900);

    const rules = part(s.rulesEditorHeading);
    const accordion = (name) => rules.getByRole("button", { name, exact: true });
    await shootPart(demo, rules, out("rules-editor"));
    for (const [heading, name] of [
      [s.rulesHeading, "rules-weights"],
      [s.gradesHeading, "rules-grades"],
      [s.wordListsHeading, "rules-word-lists"],
      [s.hardRulesHeading, "rules-hard-rules"],
    ]) {
      await accordion(heading).click();
      await rules.locator('[aria-expanded="true"]').waitFor();
      await shootPart(demo, rules, out(name), heading === s.hardRulesHeading ? Infinity : MAX_PART_HEIGHT);
      await accordion(heading).click();
      await rules.locator('[aria-expanded="true"]').waitFor({ state: "detached" });
    }
    await pane.getByTestId("rules-import-input").setInputFiles({
      name: "rules.json",
      mimeType: "application/json",
      buffer: brokenRules(),
    });
    await pane.getByTestId("rules-problems").waitFor();
    await shootPart(demo, rules, out("rules-import-refused"), 900);

    // A ledger shaped like a TMS export: columns to look at, an older period, what it cannot assess. At the
    // narrowest pane width, with nothing wider than the pane.
    await chooseTable(pane, lang, "运输台账", "Sheet3");
    await review.getByTestId("review-attention").waitFor();
    await page.locator("#pane").evaluate((frame, width) => (frame.style.width = `${width}px`), NARROW_PANE);
    const overflow = await pane.locator("body").evaluate((body) => body.scrollWidth - body.clientWidth);
    if (overflow > 0) problems.push(`${lang}: the column review is ${overflow} px wider than a ${NARROW_PANE} px pane`);
    await shootPart(demo, review, out("column-review"), 1400);
    // "Use as → a new indicator of my rules": the dialog for a words column and for an amount, in the narrow pane.
    for (const [header, name] of [
      ["结算方式", "new-indicator-words"],
      ["往来余额(万元)", "new-indicator-number"],
    ]) {
      await pane
        .getByRole("combobox", { name: s.mappingFieldFor(header) })
        .selectOption({ label: s.reviewNewIndicator });
      const dialog = pane.getByRole("dialog", { name: s.indicatorTitle(header) });
      await dialog.getByRole("button", { name: s.indicatorSave }).waitFor();
      const surface = pane.getByTestId("indicator-dialog");
      // Anything reaching past the surface's right edge (a field cut off) is a problem, not just a scroll bar.
      const wide = await surface.evaluate((el) => {
        const right = el.getBoundingClientRect().right;
        const past = [...el.querySelectorAll("*")].filter((c) => c.getBoundingClientRect().right - right > 0.5);
        return past.map((c) => `${c.tagName} ${Math.round(c.getBoundingClientRect().right - right)} px`).join(", ");
      });
      if (wide) problems.push(`${lang}: the new-indicator dialog has parts past its edge: ${wide}`);
      await demo.page.mouse.move(0, 0);
      await surface.screenshot({ path: out(name) });
      await dialog.getByRole("button", { name: s.cancel, exact: true }).click();
      await dialog.waitFor({ state: "detached" });
    }
    await otherColumns.click();
    await review.getByTestId("review-others").waitFor();
    // The folded list with its hint on the three levels of certainty (the list's parent is the accordion panel).
    await shootPart(demo, review.getByTestId("review-others").locator(".."), out("column-review-others"));
    await otherColumns.click();
    await gradeAll(pane, lang);
    await pane.getByTestId("grade-assessment").waitFor();
    await shootPart(demo, part(s.gradeHeading), out("grade-all-not-assessed"), 900);
    await page.locator("#pane").evaluate((frame) => (frame.style.width = ""));

    // Seed 000's table already holds the analyst's own grades and remarks: Grade all asks first.
    await chooseTable(pane, lang, "示例表", "Sheet2");
    await pane.getByRole("button", { name: s.gradeAll, exact: true }).click();
    await pane.getByRole("alertdialog").screenshot({ path: out("replace-dialog") });
  } catch (error) {
    problems.push(`${lang}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  problems.push(...demo.blocked.map((url) => `${lang}: blocked a request to ${url}`));
  problems.push(...demo.errors.map((text) => `${lang}: ${text}`));
  await demo.close();
  return problems;
}
