// A jest reporter that writes how many tests passed and failed to the file named by JEST_COUNT_FILE, for
// scripts/run-tests.mjs's closing line. It reads jest's own tallies and serialises nothing else: jest's --json
// report stringifies every failure's error object, and one with a circular reference crashed it (the count lost).
const { writeFileSync } = require("node:fs");

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_COUNT_FILE;
    if (!file) return;
    // A suite that failed outside any test (it did not import, or a hook outside every test threw) has no
    // failed test to count: count it once, so it cannot pass unnoticed.
    const brokenSuites = results.testResults.filter(
      (suite) => Boolean(suite.testExecError) || (Boolean(suite.failureMessage) && suite.numFailingTests === 0),
    ).length;
    const counts = { passed: results.numPassedTests, failed: results.numFailedTests + brokenSuites };
    writeFileSync(file, JSON.stringify(counts));
  }
}

module.exports = CountReporter;
