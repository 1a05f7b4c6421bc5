/** What the commands need from the process, passed in so tests can run them in-process. */
import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Lang } from "../engine";
import { type CliProblem, PROBLEMS } from "./problems";
import { ZipTooLargeError } from "./xlsx/zipWriter";

export interface CliIo {
  /** Resolves once the text may be followed by more (a pipe's reader has caught up), when it returns a promise. */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Progress lines only go to a terminal: a nightly job's log gets the summary alone. */
  readonly stderrIsTTY: boolean;
  readonly today: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

export function report(io: CliIo, problem: CliProblem, lang: Lang): number {
  io.stderr(problem.message[lang] + "\n");
  return EXIT_BAD_INPUT;
}

export function samePath(a: string, b: string): boolean {
  // Both exist: the same file whatever the path's case (macOS, Windows), links or short names.
  try {
    const [sa, sb] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })];
    if (sa.ino !== 0n) return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // one of them does not exist yet
  }
  const real = (p: string): string => {
    try {
      return realpathSync.native(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Refuses the input itself, and an existing file unless forced. */
export function checkOutputPath(out: string, input: string | null, force: boolean): CliProblem | null {
  if (input !== null && samePath(out, input)) return PROBLEMS.outIsInput(out);
  if (existsSync(out) && !force) return PROBLEMS.outExists(out);
  return null;
}

/**
 * Writes beside the target and renames into place, so a failure never leaves a half-written file and a
 * reader never sees one.
 */
export async function writeAtomically(
  out: string,
  write: (temp: string) => Promise<void> | void,
): Promise<CliProblem | null> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const removeTemp = (): void => {
    rmSync(temp, { force: true });
    rmSync(`${temp}.plain.xlsx`, { force: true }); // the formatter's intermediate copy of a CSV
  };
  // Ctrl-C or a job scheduler's stop leaves nothing half-written behind either.
  const interrupted = (signal: NodeJS.Signals): void => {
    removeTemp();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await write(temp);
    renameSync(temp, out);
    return null;
  } catch (error) {
    removeTemp();
    if (error instanceof ZipTooLargeError) return PROBLEMS.tooLarge(out, true);
    const code = (error as NodeJS.ErrnoException).code;
    // File-system failures are the analyst's to fix; anything else is a bug and is reported as one.
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
      // The analyst knows the --out name, not the temporary one; a library's "Error: " prefix says nothing.
      const detail = (error instanceof Error ? error.message : String(error))
        .split(temp)
        .join(out)
        .replace(/^(?:\w*Error: )+/, "");
      return PROBLEMS.writeFailed(out, detail);
    }
    throw error;
  } finally {
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
  }
}

export const writeText = (text: string) => (temp: string) => writeFileSync(temp, text);
