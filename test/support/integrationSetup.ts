/**
 * The integration project's global setup: makes the builds its tests load (test/support/builds.ts) before any
 * test runs, each only when missing or older than its inputs. When jest is given paths, only the builds the
 * matching test files need are made (`npx jest test/cli/badInput.test.ts` does not wait for webpack).
 */
import { join, resolve } from "node:path";
import type { Config } from "@jest/types";
import { BUILDS, type Build } from "./builds";

const ROOT = resolve(__dirname, "../..");

/** Whether jest will run a test file that needs `build`, as far as its path patterns tell. */
function needed(build: Build, globalConfig: Config.GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns;
  if (!patterns.isSet()) return true;
  const executor = patterns.toExecutor({ rootDir: ROOT });
  return build.neededBy.some((file) => executor.isMatch(join(ROOT, file)));
}

export default function integrationSetup(globalConfig: Config.GlobalConfig): void {
  for (const build of BUILDS) {
    if (!needed(build, globalConfig)) continue;
    const why = build.staleness();
    if (why === null) continue;
    const started = Date.now();
    process.stderr.write(`Building ${build.name} for the integration tests (${why})… `);
    build.make();
    process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
