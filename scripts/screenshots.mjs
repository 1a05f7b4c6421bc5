// `npm run screenshots`: renders the user guide's pictures (docs/screenshots/<lang>/*.png, for docs/guide.en.md
// and docs/guide.zh-CN.md; en/overview.png is also the README's) and the demo grid's own
// (docs/screenshots/demo-grid/*.png) from the local demo page in headless Chromium: the real task pane over the
// Excel simulator, not Excel. It uses the end-to-end tests' build, server and browser (test/e2e/support), so it
// needs Debian's chromium and a CJK font, as `npm test` does. Each set of pictures is written to a temporary
// directory and replaces its directories under docs/screenshots only when every picture of the set was taken
// without a problem (the two sets show different things, so one set's problem does not hold back the other).
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
const { shootDemoGrid } = await import("./screenshots/demoGridShots.mjs");

/** Each set: the directories it owns under docs/screenshots, and how to take its pictures into them. */
const SETS = [
  {
    name: "the guide's",
    dirs: LANGS,
    shoot: (browser, origin, dirOf) =>
      LANGS.reduce(
        async (problems, lang) => [...(await problems), ...(await shootGuide(browser, origin, lang, dirOf(lang)))],
        Promise.resolve([]),
      ),
  },
  {
    name: "the demo grid's",
    dirs: ["demo-grid"],
    shoot: (browser, origin, dirOf) => shootDemoGrid(browser, origin, dirOf("demo-grid")),
  },
];

const staging = mkdtempSync(join(tmpdir(), "customer-grader-screenshots-"));
// Also when a step throws: docs/screenshots is left as it was, and nothing is left behind in the temp dir.
process.on("exit", () => rmSync(staging, { recursive: true, force: true }));
const dist = ensureDemoBuild();
const server = await serveDirectory(dist);
const browser = await launchChromium();
const results = [];
try {
  for (const set of SETS) {
    for (const dir of set.dirs) mkdirSync(join(staging, dir));
    results.push({ set, problems: await set.shoot(browser, server.origin, (dir) => join(staging, dir)) });
  }
} finally {
  await browser.close();
  await server.close();
}
for (const { set, problems } of results) {
  if (problems.length > 0) {
    console.error(
      `No screenshot of ${set.name} was replaced: they may not show what the guide says:\n  ${problems.join("\n  ")}`,
    );
    continue;
  }
  for (const dir of set.dirs) {
    rmSync(join(OUT, dir), { recursive: true, force: true });
    mkdirSync(join(OUT, dir), { recursive: true });
    for (const file of readdirSync(join(staging, dir))) {
      copyFileSync(join(staging, dir, file), join(OUT, dir, file));
      console.log(`wrote ${join(OUT, dir, file)}`);
    }
  }
}
if (results.some(({ problems }) => problems.length > 0)) process.exit(1);
