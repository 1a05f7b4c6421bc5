// The demo page's own pictures (docs/screenshots/demo-grid/*.png, for the guides' "Try it without Excel"): the
// grid as it draws the simulator's workbook after the add-in ran — the template formatting and Grade all's
// output, the summary sheet with its chart, an unreadable cell the pane selected, the template table. Taken
// once, with the pane in Simplified Chinese: a new rule set takes the pane's language, and the workbook's own
// text (sheet names, summary labels, remarks) follows the rule set's, so the grid reads in one language with the
// sample table's Chinese. Only the grid is in the pictures. Each step waits for the state it needs.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const support = (file) => require(join(ROOT, "test/e2e/support", file));
const { openDemo, chooseTable, gradeAll } = support("demoSession.ts");
const { uiStrings } = require(join(ROOT, "src/taskpane/i18n/index.ts"));

/** Wide enough for the grade columns beside the pane, short enough that the header row's freeze shows. */
const VIEWPORT = { width: 1280, height: 560 };
/** For the summary sheet: its cells and the chart below them. */
const TALL = { width: 1280, height: 800 };

/** Runs the steps on one demo page and writes each picture into `dir`; returns the problems seen. */
export async function shootDemoGrid(browser, origin, dir) {
  const demo = await openDemo(browser, origin, { lang: "zh-CN", theme: "light", viewport: VIEWPORT });
  const { page, pane } = demo;
  const workbook = page.locator("section.workbook");
  const grid = page.locator("#grid");
  const out = (name) => join(dir, `${name}.png`);
  const shoot = async (name) => {
    await page.mouse.move(0, 0);
    await workbook.screenshot({ path: out(name) });
  };
  const problems = [];
  try {
    await chooseTable(pane, "zh-CN", "客户表", "Sheet1");
    // The template formatting also turns on the summary sheet and grade history, so Grade all writes them.
    await pane.getByTestId("template-apply").click();
    await pane.getByTestId("template-result").waitFor();
    await gradeAll(pane, "zh-CN");
    await pane.getByTestId("portfolio-changes").waitFor();
    for (const drawn of ["td.frozen-row", "td[data-bar]", "td.list", '[role="tab"]:nth-child(6)'])
      await page.locator(`section.workbook ${drawn}`).first().waitFor();
    // Scrolled a little, so the frozen header row shows over the rows passing under it.
    await grid.evaluate((element) => (element.scrollTop = 60));
    await shoot("formatted");

    await page.getByRole("tab", { name: "分级汇总 · 客户表", exact: true }).click();
    await page.locator("#grid figure.chart svg rect.bar").first().waitFor();
    // Tall enough for the cells and the chart drawn below them.
    await page.setViewportSize(TALL);
    await shoot("summary");
    await page.setViewportSize(VIEWPORT);

    const issue = pane.getByTestId("issue-item").first();
    const address = await issue.getAttribute("data-address");
    await page.getByRole("tab", { name: "Sheet2", exact: true }).click();
    await page.locator('td[data-address="Sheet2!A1"]').waitFor();
    await issue.click();
    await page.locator(`td.selected[data-address="${address}"]`).waitFor();
    await shoot("issue-selected");

    await pane.getByTestId("template-insert").click();
    await pane.getByTestId("template-result").getByText(uiStrings["zh-CN"].templateFormatted("客户分级表")).waitFor();
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: "客户分级模板" }).waitFor();
    await page.locator("#grid td.list").first().waitFor();
    await shoot("template-table");
  } catch (error) {
    problems.push(`demo grid: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  problems.push(...demo.blocked.map((url) => `demo grid: blocked a request to ${url}`));
  problems.push(...demo.errors.map((text) => `demo grid: ${text}`));
  await demo.close();
  return problems;
}
