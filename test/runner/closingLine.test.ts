/**
 * `npm test`'s closing line ("N passed, N failed", read by CI) counts every test of both projects, including
 * tests that throw an object with a circular reference (jest's --json report crashed on those and the line
 * said "0 passed, 1 failed") and a test file that fails to import. scripts/run-tests.mjs runs a tiny fixture
 * project as it runs the real one.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

function runTests(config: string): { code: number | null; lastLine: string; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "run-tests.mjs"), "--config", config], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const lines = run.stdout.trim().split("\n");
  return { code: run.status, lastLine: lines.at(-1) ?? "", output: `${run.stdout}\n${run.stderr}` };
}

test("counts circular failures and a file that fails to import, over both projects", () => {
  const run = runTests(join(__dirname, "fixture", "jest.config.js"));
  // unit: 1 passed, 2 circular failures, 1 file that did not import; integration: 2 passed, 1 failed
  expect(run.lastLine).toBe("3 passed, 4 failed");
  expect(run.code).toBe(1);
  expect(run.output).not.toMatch(/circular structure/i);
});

test("a run jest cannot even start counts as a failure of each project", () => {
  const run = runTests(join(__dirname, "fixture", "no-such-config.js"));
  expect(run.lastLine).toBe("0 passed, 2 failed");
  expect(run.code).toBe(1);
});
