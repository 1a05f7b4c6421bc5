/** Running the command line in tests: in-process (captured io) or as the built child process. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../../src/cli/io";
import { runCli } from "../../../src/cli/run";

export const ROOT = join(__dirname, "..", "..", "..");
const BUILT = join(ROOT, "lib", "cli.cjs");
export const BIN = join(ROOT, "bin", "customer-grader.cjs");

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command in this process, with a fixed environment (English unless `env` says otherwise). */
export async function runInProcess(argv: readonly string[], env: Record<string, string> = {}): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => (stderr += t),
    env,
    stderrIsTTY: false,
    today: () => new Date(2026, 10, 22),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds lib/cli.cjs when it is missing or older than the sources (a developer may run `npm test` without
 * `npm run build`), with the project's own build script, to a temporary file renamed into place.
 */
export function ensureBuilt(): void {
  const sources = Math.max(...["src/cli", "src/engine", "src/plan"].map((d) => newestSource(join(ROOT, d))));
  let built = 0;
  try {
    built = statSync(BUILT).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= sources) return;
  const temp = `${BUILT}.${process.pid}.tmp.cjs`;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), temp], { cwd: ROOT, stdio: "pipe" });
  renameSync(temp, BUILT);
}

/** Runs the built command as a child process, as an analyst's shell would. */
export function runBuilt(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Captured {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cg-${prefix}-`));
}

/** Converts workbooks to CSV with real LibreOffice in one call (a fresh profile, so tests can run at once). */
export function libreOfficeToCsv(files: readonly string[], outDir: string): void {
  const profile = tempDir("lo-profile");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
}
