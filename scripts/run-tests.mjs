// Runs the test suites and ends with the plain line CI reads: "N passed, N failed".
// jest prints its own summary on stderr and does not count a suite that fails to import, so the counts come
// from its JSON report, with every broken suite counted as a failure.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const outDir = ".test-results";
const outFile = join(outDir, "jest.json");
mkdirSync(outDir, { recursive: true });
rmSync(outFile, { force: true });

const jest = spawnSync(
  process.execPath,
  ["node_modules/jest/bin/jest.js", "--json", `--outputFile=${outFile}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(outFile, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A suite that cannot even load has no tests to fail; count it once so it cannot pass unnoticed.
  for (const suite of report.testResults) {
    if (suite.status === "failed" && suite.assertionResults.every((a) => a.status !== "failed")) failed += 1;
  }
} catch (error) {
  console.error(`No jest report at ${outFile}: ${error.message}`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
