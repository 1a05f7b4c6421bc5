// `npm run screenshots`: renders the user guide's pictures (docs/screenshots/<lang>/*.png, for docs/guide.en.md
// and docs/guide.zh-CN.md; en/overview.png is also the README's) from the local demo page in headless
// Chromium: the real task pane over the Excel simulator, not Excel. It uses the end-to-end tests' build, server
// and browser (test/e2e/support), so it needs Debian's chromium and a CJK font, as `npm test` does. The
// pictures are written to a temporary directory and replace docs/screenshots only when every one was taken
// without a problem.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/cjs/api";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs", "screenshots");
const LANGS = ["zh-CN", "en"];
// The support files are TypeScript, loaded as CommonJS through tsx (as jest's ts-jest loads them for the tests).
register();
const require = createRequire(import.meta.url);
const support = (file) => require(join(ROOT, "test/e2e/support", file));
const { ensureDemoBuild } = support("demoBuild.ts");
const { serveDirectory } = support("staticServer.ts");
const { launchChromium } = support("browser.ts");
const { shootGuide } = await import("./screenshots/guideShots.mjs");

const staging = mkdtempSync(join(tmpdir(), "customer-grader-screenshots-"));
// Also when a step throws: docs/screenshots is left as it was, and nothing is left behind in the temp dir.
process.on("exit", () => rmSync(staging, { recursive: true, force: true }));
const dist = ensureDemoBuild();
const server = await serveDirectory(dist);
const browser = await launchChromium();
const problems = [];
try {
  for (const lang of LANGS) {
    mkdirSync(join(staging, lang));
    problems.push(...(await shootGuide(browser, server.origin, lang, join(staging, lang))));
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length > 0) {
  console.error(`No screenshot was replaced: they may not show what the guide says:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
for (const lang of LANGS) {
  rmSync(join(OUT, lang), { recursive: true, force: true });
  mkdirSync(join(OUT, lang), { recursive: true });
  for (const file of readdirSync(join(staging, lang))) {
    copyFileSync(join(staging, lang, file), join(OUT, lang, file));
    console.log(`wrote ${join(OUT, lang, file)}`);
  }
}
