/**
 * The split of the test files into jest's `unit` and `integration` projects (jest.config.js): every path the
 * integration project names exists (a renamed file would otherwise fall silently into the fast loop), and every
 * test file that loads a build runs in the project whose global setup makes it.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { BUILDS } from "../support/builds";

interface Project {
  displayName: string;
  testMatch?: string[];
  testPathIgnorePatterns?: string[];
  globalSetup?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest's own CommonJS config
const config = require("../../jest.config.js") as { projects: Project[] };

const ROOT = resolve(__dirname, "../..");
const integration = config.projects.find((p) => p.displayName === "integration")!;
/** "test/e2e/" or "test/cli/libreoffice.test.ts", from the integration project's testMatch globs. */
const integrationPaths = (integration.testMatch ?? []).map((glob) =>
  glob.replace("<rootDir>/", "").replace(/\*\*\/\*\.test\.\{ts,tsx\}$/, ""),
);

test("has a unit and an integration project, the builds made by the integration project's global setup", () => {
  expect(config.projects.map((p) => p.displayName)).toEqual(["unit", "integration"]);
  expect(integration.globalSetup).toBe("<rootDir>/test/support/integrationSetup.ts");
});

test.each(integrationPaths)("the integration project's %s exists", (path) => {
  expect(existsSync(join(ROOT, path))).toBe(true);
});

test.each(BUILDS.flatMap((build) => build.neededBy.map((file) => [file, build.name])))(
  "%s, which loads %s, runs in the integration project",
  (file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
    expect(integrationPaths.some((path) => (path.endsWith("/") ? file.startsWith(path) : file === path))).toBe(true);
  },
);

test("the unit project leaves out exactly what the integration project runs", () => {
  const unit = config.projects.find((p) => p.displayName === "unit")!;
  const ignored = (unit.testPathIgnorePatterns ?? []).filter((p) => p.startsWith("<rootDir>/"));
  expect(ignored).toHaveLength(integrationPaths.length);
});
