// `npm test`: makes sure the Debian packages the integration tests need are there (scripts/system-deps.cjs),
// runs the unit project, then the integration project, and ends with the plain line CI reads over both:
// "N passed, N failed". Arguments are passed to both jest runs (`npm test -- test/cli` runs what matches).
//
// The counts come from a small reporter (scripts/jest-count-reporter.cjs) that reads jest's own tallies, not
// from jest's --json report, which serialises every failure's error object and crashed on a circular one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import systemDeps from "./system-deps.cjs";

const require = createRequire(import.meta.url);
const JEST = require.resolve("jest/bin/jest");
const REPORTER = require.resolve("./jest-count-reporter.cjs");
const PROJECTS = ["unit", "integration"];

if (!systemDeps.ensureSystemPackages()) process.exit(1);

const countsDir = mkdtempSync(join(tmpdir(), "jest-counts-"));
let passed = 0;
let failed = 0;
for (const project of PROJECTS) {
  const countFile = join(countsDir, `${project}.json`);
  const jest = spawnSync(
    process.execPath,
    [
      JEST,
      ...process.argv.slice(2),
      "--passWithNoTests",
      "--reporters=default",
      `--reporters=${REPORTER}`,
      // Last: it takes every value after it as a project name.
      "--selectProjects",
      project,
    ],
    { stdio: "inherit", env: { ...process.env, JEST_COUNT_FILE: countFile } },
  );
  const counts = readCounts(countFile);
  if (counts === null) {
    // jest stopped before the end of its run (a broken config, a global setup that threw): nothing to count.
    console.error(`jest's ${project} run ended (exit status ${jest.status ?? jest.signal}) without counting its tests`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (jest.status !== 0 && counts.failed === 0) {
    console.error(`jest's ${project} run exited with status ${jest.status ?? jest.signal} though no test failed`);
    failed += 1;
  }
}
rmSync(countsDir, { recursive: true, force: true });

if (passed + failed === 0) {
  console.error("No test ran: check the paths given to npm test.");
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** The reporter's counts, or null when it wrote none. */
function readCounts(file) {
  try {
    const { passed: p, failed: f } = JSON.parse(readFileSync(file, "utf8"));
    return Number.isInteger(p) && Number.isInteger(f) ? { passed: p, failed: f } : null;
  } catch {
    return null;
  }
}
