// `npm run screenshots`: renders the task pane on the local demo page in headless Chromium and writes
// docs/screenshots/*.png — the pane (350 × 800) in English and Simplified Chinese, light and dark, each after
// Grade all with a customer selected, and the whole demo page. It uses the end-to-end tests' build, server and
// browser (test/e2e/support), so it needs Debian's chromium, as `npm test` does. The pictures are written to a
// temporary directory and replace docs/screenshots only when every one was taken without a problem.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/cjs/api";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs", "screenshots");
// The support files are TypeScript, loaded as CommonJS through tsx (as jest's ts-jest loads them for the tests).
register();
const require = createRequire(import.meta.url);
const support = (file) => require(join(ROOT, "test/e2e/support", file));

const { ensureDemoBuild } = support("demoBuild.ts");
const { serveDirectory } = support("staticServer.ts");
const { launchChromium } = support("browser.ts");
const { openDemo, chooseTable, gradeAll } = support("demoSession.ts");
const { sampleAddress } = support("expected.ts");
const { uiStrings } = require(join(ROOT, "src/taskpane/i18n/index.ts"));

/** The pane's frame is 350 px wide; the viewport's height leaves it 800 px tall under the demo's header bar. */
const VIEWPORT = { width: 1280, height: 842 };
const VARIANTS = [
  { lang: "en", theme: "light" },
  { lang: "en", theme: "dark" },
  { lang: "zh-CN", theme: "light" },
  { lang: "zh-CN", theme: "dark" },
];

/**
 * Binds the sample table, grades it, selects its first customer's grade cell (the grid scrolls to the grade
 * columns) and scrolls the pane to its Grade section (Grade all, the summary, the score card); returns what
 * could not be done.
 */
async function prepare(demo, lang) {
  try {
    await chooseTable(demo.pane, lang, "客户表", "Sheet1");
    await gradeAll(demo.pane, lang);
    await demo.page.locator(`td[data-address="${sampleAddress("客户等级", 0)}"]`).click();
    await demo.pane.getByTestId("score-card-grade").waitFor();
    await demo.pane
      .getByRole("heading", { name: uiStrings[lang].gradeHeading, exact: true })
      .evaluate((heading) => heading.scrollIntoView());
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
}

const staging = mkdtempSync(join(tmpdir(), "customer-grader-screenshots-"));
// Also when a step throws: docs/screenshots is left as it was, and nothing is left behind in the temp dir.
process.on("exit", () => rmSync(staging, { recursive: true, force: true }));
const dist = ensureDemoBuild();
const server = await serveDirectory(dist);
const browser = await launchChromium();
const problems = [];
try {
  for (const { lang, theme } of VARIANTS) {
    const demo = await openDemo(browser, server.origin, { lang, theme, viewport: VIEWPORT });
    const problem = await prepare(demo, lang);
    if (problem) problems.push(`${lang} ${theme}: ${problem}`);
    await demo.page.locator("#pane").screenshot({ path: join(staging, `pane-${lang}-${theme}.png`) });
    if (lang === "en" && theme === "light") await demo.page.screenshot({ path: join(staging, "demo-page.png") });
    problems.push(...demo.blocked.map((url) => `${lang} ${theme}: blocked a request to ${url}`));
    problems.push(...demo.errors.map((text) => `${lang} ${theme}: ${text}`));
    await demo.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length > 0) {
  console.error(`No screenshot was replaced: they may not show a graded table:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(staging)) {
  copyFileSync(join(staging, file), join(OUT, file));
  console.log(`wrote ${join(OUT, file)}`);
}
