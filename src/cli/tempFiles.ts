/**
 * The temporary files a write goes through before it is renamed over `--out`: named unpredictably beside the
 * output, created exclusively (an existing file or link at the name, dangling or not, is never opened), and
 * recognised by their name when a killed run left one behind.
 */
import { randomBytes } from "node:crypto";
import { constants, lstatSync, openSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Create, write only, fail if anything is at the path. `O_EXCL` with `O_CREAT` already refuses a symbolic link
 * (POSIX); `O_NOFOLLOW` says so again where the platform has it (not on Windows).
 */
const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Opens a new file for writing; throws `EEXIST` when the path holds anything, a link included. */
export function createExclusive(path: string): number {
  return openSync(path, CREATE_EXCLUSIVE, 0o666);
}

/** 96 random bits: a name nobody can guess to plant a link at before the run creates it. */
export const randomTag = (): string => randomBytes(12).toString("hex");

const TAG = /^[0-9a-f]{24}$/;

/** `.<out's name>.cg-<pid>-<tag>.tmp` beside `out`; the pid tells the next run whether its writer still runs. */
export function tempPathFor(out: string, tag: string = randomTag(), pid: number = process.pid): string {
  if (!TAG.test(tag)) throw new Error(`a temporary file's tag is 24 hex digits, not ${JSON.stringify(tag)}`);
  return join(dirname(out), `.${basename(out)}.cg-${pid}-${tag}.tmp`);
}

/** The formatter's intermediate workbook of a temporary file (a graded CSV written as .xlsx with --format). */
export const intermediatePathOf = (temp: string): string => `${temp}.plain.xlsx`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The exact names `tempPathFor` and `intermediatePathOf` give for `out`, with the writer's pid captured. */
function leftoverName(out: string): RegExp {
  return new RegExp(`^\\.${escapeRegExp(basename(out))}\\.cg-([1-9]\\d{0,9})-[0-9a-f]{24}\\.tmp(?:\\.plain\\.xlsx)?$`);
}

/** Whether a process with this id runs (one of another user's counts: it may be writing). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A regular file, not a link, directory or anything else; false when nothing is there. */
function isRegularFile(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Removes the file when it is a regular one this code may have made; a link planted at the name stays. */
export function removeTempFile(path: string): void {
  if (isRegularFile(path)) rmSync(path, { force: true });
}

/**
 * Removes the temporary files of `out` that a run stopped by `kill -9` or a crash left behind: only regular
 * files whose whole name is this output's pattern and whose writer no longer runs. Returns their paths.
 */
export function removeLeftovers(out: string, runs: (pid: number) => boolean = processRuns): string[] {
  const folder = dirname(out);
  const pattern = leftoverName(out);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // no folder (the write will say so) or not listable: nothing to clean
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || runs(pid)) continue;
    const path = join(folder, name);
    try {
      if (!isRegularFile(path)) continue;
      rmSync(path);
      removed.push(path);
    } catch {
      // another run removed it first, or it is not ours to remove: left as it is
    }
  }
  return removed;
}
