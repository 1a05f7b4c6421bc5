/**
 * The build the end-to-end tests and `npm run screenshots` load: the production build plus the demo pages
 * (`webpack --mode production --env demo`), under .test-results/e2e-dist/ so it never races the build of dist/.
 * It is rebuilt only when missing or older than its inputs (10–40 s), before the tests, by the integration
 * project's global setup (test/support/builds.ts).
 *
 * Several processes may want it at once (a jest run and `npm run screenshots`), and one may be serving a build
 * while another finds it stale. So each build gets a directory of its own that is never replaced: `current`
 * names the newest complete one (written by rename, so never half-written), a lock directory lets one process
 * build at a time, and a build is deleted only once no process has asked for it for an hour (`<build>.used`,
 * touched on each ask: the build's own times say whether it is older than its sources).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { newestMtime } from "../../support/newestMtime";

const ROOT = resolve(__dirname, "../../..");
const DEMO_BUILDS = join(ROOT, ".test-results", "e2e-dist");

/** Everything that shapes the bundles: sources, build configuration, and the installed packages' versions. */
export const DEMO_BUILD_INPUTS: readonly string[] = [
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "assets",
  "samples",
  "scripts/functions-metadata-i18n.cjs",
  "src",
];
const OUTPUTS = [
  "taskpane.html",
  "functions.js",
  "taskpane.js",
  "demo.html",
  "demo-taskpane.html",
  "officeStandIn.js",
  "demo.js",
];

const CURRENT = join(DEMO_BUILDS, "current");
const LOCK = join(DEMO_BUILDS, "building.lock");
/** A lock older than this was left by a process that died mid-build (a build takes well under a minute). */
const STALE_LOCK_MS = 5 * 60_000;
/** A build no process has asked for this long is no longer served by any test run or screenshot run. */
const OLD_BUILD_MS = 60 * 60_000;

/** The current build's directory if it is complete and at least as new as its inputs, else null. */
function currentBuild(): string | null {
  const id = existsSync(CURRENT) ? readFileSync(CURRENT, "utf8").trim() : "";
  const dir = join(DEMO_BUILDS, id);
  if (id === "" || !OUTPUTS.every((file) => existsSync(join(dir, file)))) return null;
  const input = Math.max(...DEMO_BUILD_INPUTS.map((p) => newestMtime(join(ROOT, p))));
  return Math.max(statSync(dir).mtimeMs, newestMtime(dir)) >= input ? dir : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` holding the build lock (an exclusive mkdir), waiting for another process's build to end. */
function withBuildLock<T>(work: () => T): T {
  mkdirSync(DEMO_BUILDS, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Marks a build as in use now. */
function markUsed(dir: string): string {
  writeFileSync(`${dir}.used`, "");
  return dir;
}

/** Deletes builds other than `keep` that no process has asked for in a long time. */
function removeOldBuilds(keep: string): void {
  for (const entry of readdirSync(DEMO_BUILDS)) {
    if (entry === keep || !entry.startsWith("build-") || entry.endsWith(".used")) continue;
    const dir = join(DEMO_BUILDS, entry);
    const used = statSync(`${dir}.used`, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (Date.now() - used > OLD_BUILD_MS) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.used`, { force: true });
    }
  }
}

function build(): string {
  const cli = createRequire(join(ROOT, "package.json")).resolve("webpack-cli/bin/cli.js");
  const id = `build-${Date.now()}-${process.pid}`;
  const dir = join(DEMO_BUILDS, id);
  try {
    execFileSync(process.execPath, [cli, "--mode", "production", "--env", "demo", "--output-path", dir], {
      cwd: ROOT,
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const output = error as { stdout?: string; stderr?: string };
    // webpack's own errors, each with its first lines (the rest is resolver detail).
    const errors = `${output.stdout ?? ""}\n${output.stderr ?? ""}`
      .split("\n\n")
      .filter((block) => /ERROR/.test(block));
    const summary = errors.map((block) => block.split("\n").slice(0, 3).join("\n")).join("\n\n");
    throw new Error(`\`webpack --mode production --env demo\` failed:\n${summary || output.stderr || ""}`);
  }
  markUsed(dir);
  const pointer = `${CURRENT}.${process.pid}`;
  writeFileSync(pointer, id);
  renameSync(pointer, CURRENT);
  removeOldBuilds(id);
  return dir;
}

/**
 * The directory of a current production + demo build, or null when there is none (the tests' global setup,
 * test/support/builds.ts, makes it). The directory is not replaced or deleted while the caller serves it (for an
 * hour at least).
 */
export function currentDemoBuildDir(): string | null {
  const dir = currentBuild();
  return dir === null ? null : markUsed(dir);
}

/** Like currentDemoBuildDir(), building it first if needed (the tests' global setup, npm run screenshots). */
export function ensureDemoBuild(): string {
  return markUsed(currentBuild() ?? withBuildLock(() => currentBuild() ?? build()));
}
