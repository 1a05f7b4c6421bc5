/** What the commands need from the process, passed in so tests can run them in-process. */
import { closeSync, lstatSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../engine";
import { CLI_MESSAGES } from "./i18n";
import { type CliProblem, PROBLEMS } from "./problems";
import {
  createExclusive,
  intermediatePathOf,
  randomTag,
  removeLeftovers,
  removeTempFile,
  tempPathFor,
} from "./tempFiles";
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

/**
 * Refuses the input itself, and an existing file unless forced. A symbolic link at `out` exists even when its
 * target does not (`lstat`, not `existsSync`): forced, the link itself is replaced, its target never written.
 */
export function checkOutputPath(out: string, input: string | null, force: boolean): CliProblem | null {
  if (input !== null && samePath(out, input)) return PROBLEMS.outIsInput(out);
  if (lstatSync(out, { throwIfNoEntry: false }) !== undefined && !force) return PROBLEMS.outExists(out);
  return null;
}

export interface WriteOptions {
  /** Told of each temporary file of a killed run that was removed before writing. */
  readonly leftoverRemoved?: (path: string) => void;
  /** The random part of the temporary file's name (tests force it). */
  readonly tag?: () => string;
}

/** Says on stderr, in the run's language, which temporary files of a killed run were removed. */
export const reportingLeftovers = (io: CliIo, lang: Lang): WriteOptions => ({
  leftoverRemoved: (path) => io.stderr(CLI_MESSAGES[lang].leftoverRemoved(path) + "\n"),
});

/** Names tried before giving up: each is 96 random bits, so a second one is only ever needed under attack. */
const TEMP_NAME_TRIES = 8;

/**
 * A temporary name with nothing at it yet, or `null` when every one tried was taken. The writer still creates
 * it exclusively: something may appear there meanwhile.
 */
function freeTempPath(out: string, tag: () => string): string | null {
  for (let i = 0; i < TEMP_NAME_TRIES; i++) {
    const temp = tempPathFor(out, tag());
    if (lstatSync(temp, { throwIfNoEntry: false }) === undefined) return temp;
  }
  return null;
}

/**
 * Writes beside the target and renames into place, so a failure never leaves a half-written file and a
 * reader never sees one. `write` must create `temp` exclusively (`createExclusive`, or `writeText`): its name
 * is unpredictable and nothing is at it, and a link planted there meanwhile makes the open fail rather than
 * write through it. Temporary files of this output left by a killed run are removed first.
 */
export async function writeAtomically(
  out: string,
  write: (temp: string) => Promise<void> | void,
  options: WriteOptions = {},
): Promise<CliProblem | null> {
  for (const path of removeLeftovers(out)) options.leftoverRemoved?.(path);
  const temp = freeTempPath(out, options.tag ?? randomTag);
  if (temp === null) return PROBLEMS.writeFailed(out, "EEXIST: every temporary name tried beside it is taken");
  const removeTemp = (): void => {
    removeTempFile(temp);
    removeTempFile(intermediatePathOf(temp)); // the formatter's intermediate copy of a CSV
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

/** Writes `text` to a file it creates exclusively. */
export const writeText = (text: string) => (temp: string) => {
  const fd = createExclusive(temp);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
};
