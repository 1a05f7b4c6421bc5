/**
 * The builds the integration tests load: the command line (lib/cli.cjs), the production webpack build (dist/)
 * and the end-to-end tests' demo build (test/e2e/support/demoBuild.ts). The integration project's global setup
 * (integrationSetup.ts) makes each one once, before any test runs, when it is missing or older than its inputs;
 * a test only checks that its build is there and fresh (`requireBuild`). So no test spends its time on a build,
 * and test files running at once never race one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, statSync, utimesSync } from "node:fs";
import { join, resolve } from "node:path";
import { currentDemoBuildDir, ensureDemoBuild } from "../e2e/support/demoBuild";
import { newestMtime } from "./newestMtime";

const ROOT = resolve(__dirname, "../..");

export interface Build {
  /** What it is, for messages: "lib/cli.cjs". */
  readonly name: string;
  /** The test files that load it, relative to the project root. */
  readonly neededBy: readonly string[];
  /** Why it cannot be used as it is ("lib/cli.cjs is older than its sources"), or null when it can. */
  staleness(): string | null;
  /** Builds it (only called when stale). */
  make(): void;
}

/** The newest modification time among `inputs` (paths relative to the project root). */
function newestInput(inputs: readonly string[]): number {
  return Math.max(...inputs.map((path) => newestMtime(join(ROOT, path))));
}

function webpack(args: readonly string[]): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  try {
    execFileSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`\`webpack ${args.join(" ")}\` failed:\n${output.stdout ?? ""}\n${output.stderr ?? ""}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The command line, bundled by scripts/build-cli.mjs (esbuild, about a second)

const CLI_BUNDLE = join(ROOT, "lib", "cli.cjs");
/** Everything it bundles comes from src/ and the locked packages. */
const CLI_INPUTS = ["src", "scripts/build-cli.mjs", "package.json", "package-lock.json"];

export const CLI_BUILD: Build = {
  name: "lib/cli.cjs",
  neededBy: ["test/cli/badInput.test.ts", "test/cli/libreoffice.test.ts", "test/cli/customersLibreOffice.test.ts"],
  staleness() {
    const built = statSync(CLI_BUNDLE, { throwIfNoEntry: false })?.mtimeMs;
    if (built === undefined) return "lib/cli.cjs is not built";
    return built < newestInput(CLI_INPUTS) ? "lib/cli.cjs is older than its sources" : null;
  },
  make() {
    // To a temporary name renamed into place, so a process that loads it never reads half a file.
    const temp = `${CLI_BUNDLE}.${process.pid}.tmp.cjs`;
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), temp], { cwd: ROOT, stdio: "pipe" });
    renameSync(temp, CLI_BUNDLE);
  },
};

// ---------------------------------------------------------------------------------------------------------
// The production build, as `npm run build` writes it (webpack --mode production into dist/)

export const DIST = join(ROOT, "dist");
const DEV_ORIGIN = "https://localhost:3000";
/** Files and directories whose changes change what webpack writes for the manifest, pages and metadata. */
const PRODUCTION_INPUTS = [
  "manifest.xml",
  "webpack.config.js",
  "package.json",
  "assets",
  "scripts/functions-metadata-i18n.cjs",
  "src",
];
const PRODUCTION_OUTPUTS = [
  "manifest.xml",
  "taskpane.html",
  "taskpane.js",
  "functions.js",
  "functions.json",
  "functions.zh-CN.json",
  "functions.zh-TW.json",
];

export const PRODUCTION_BUILD: Build = {
  name: "dist/",
  neededBy: ["test/manifest/manifest.test.ts"],
  staleness() {
    const missing = PRODUCTION_OUTPUTS.filter((file) => !existsSync(join(DIST, file)));
    if (missing.length > 0) return `dist/ lacks ${missing.join(", ")}`;
    // A development build (npm run build:dev, npm run watch) keeps the localhost manifest.
    if (readFileSync(join(DIST, "manifest.xml"), "utf8").includes(DEV_ORIGIN)) return "dist/ is a development build";
    // dist/'s own time counts: webpack leaves unchanged files alone, so after a rebuild that changed nothing
    // make() marks the directory instead.
    const output = Math.max(statSync(DIST).mtimeMs, newestMtime(DIST));
    return output < newestInput(PRODUCTION_INPUTS) ? "dist/ is older than its sources" : null;
  },
  make() {
    webpack(["--mode", "production"]);
    const now = new Date();
    utimesSync(DIST, now, now);
  },
};

// ---------------------------------------------------------------------------------------------------------
// The demo build the end-to-end tests serve (its own directory under .test-results/, see demoBuild.ts)

const DEMO_BUILD: Build = {
  name: "the end-to-end tests' demo build (.test-results/e2e-dist/)",
  neededBy: [
    "test/e2e/pane.test.ts",
    "test/e2e/linesPane.test.ts",
    "test/e2e/fitPane.test.ts",
    "test/e2e/demoGrid.test.ts",
    "test/e2e/scoreCard.test.ts",
    "test/e2e/firstScreen.test.ts",
    "test/e2e/tableRules.test.ts",
  ],
  staleness: () => (currentDemoBuildDir() === null ? "it is missing or older than its sources" : null),
  make: () => void ensureDemoBuild(),
};

/** The demo build's directory, to serve; fails like requireBuild when there is none. */
export function requireDemoBuild(): string {
  requireBuild(DEMO_BUILD);
  const dir = currentDemoBuildDir();
  if (dir === null) throw new Error(`${DEMO_BUILD.name} went missing`);
  return dir;
}

export const BUILDS: readonly Build[] = [CLI_BUILD, PRODUCTION_BUILD, DEMO_BUILD];

/** Fails, saying how to make it, unless `build` is there and at least as new as its inputs. */
export function requireBuild(build: Build): void {
  const why = build.staleness();
  if (why === null) return;
  throw new Error(
    `${build.name}: ${why}. The integration project builds it before its tests: run them with ` +
      "`npm run test:integration` or `npx jest --selectProjects integration <paths>`.",
  );
}
