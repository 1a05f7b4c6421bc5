/**
 * The build the end-to-end tests load: the production build plus the demo pages (`webpack --mode production
 * --env demo`), in its own directory so it never races the manifest test's build of dist/. It is rebuilt only
 * when missing or older than its inputs (about 10 s), into a fresh directory that then replaces the old one, so a
 * half-written build is never taken for a current one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { newestMtime } from "../../support/newestMtime";

export const ROOT = resolve(__dirname, "../../..");
export const DEMO_DIST = join(ROOT, ".test-results", "e2e-dist");

const INPUTS = ["manifest.xml", "webpack.config.js", "package.json", "assets", "samples", "scripts/functions-metadata-i18n.cjs", "src"];
const OUTPUTS = ["taskpane.html", "functions.js", "taskpane.js", "demo.html", "demo-taskpane.html", "officeStandIn.js", "demo.js"];

function isCurrent(): boolean {
  if (!OUTPUTS.every((file) => existsSync(join(DEMO_DIST, file)))) return false;
  const input = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  return Math.max(statSync(DEMO_DIST).mtimeMs, newestMtime(DEMO_DIST)) >= input;
}

/** Returns the directory of a current production + demo build, building it first if needed. */
export function ensureDemoBuild(): string {
  if (isCurrent()) return DEMO_DIST;
  const cli = createRequire(join(ROOT, "package.json")).resolve("webpack-cli/bin/cli.js");
  const building = `${DEMO_DIST}.${process.pid}`;
  try {
    execFileSync(process.execPath, [cli, "--mode", "production", "--env", "demo", "--output-path", building], {
      cwd: ROOT,
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    const output = error as { stdout?: string; stderr?: string };
    // webpack's own errors, each with its first lines (the rest is resolver detail).
    const errors = `${output.stdout ?? ""}\n${output.stderr ?? ""}`.split("\n\n").filter((block) => /ERROR/.test(block));
    const summary = errors.map((block) => block.split("\n").slice(0, 3).join("\n")).join("\n\n");
    throw new Error(`\`webpack --mode production --env demo\` failed:\n${summary || output.stderr || ""}`);
  }
  rmSync(DEMO_DIST, { recursive: true, force: true });
  renameSync(building, DEMO_DIST);
  return DEMO_DIST;
}
