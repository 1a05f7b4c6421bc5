/** Running the command line in tests: in-process (captured io) or as the built child process. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../../src/cli/io";
import { runCli } from "../../../src/cli/run";
import { CLI_BUILD, requireBuild } from "../../support/builds";

export const ROOT = join(__dirname, "..", "..", "..");
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

/**
 * Fails unless lib/cli.cjs is built and at least as new as its sources. The integration project's global
 * setup builds it once before the tests (test/support/builds.ts), so parallel test files never race a build.
 */
export function ensureBuilt(): void {
  requireBuild(CLI_BUILD);
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
