/**
 * A throwaway PostgreSQL cluster for tests: initdb in a fresh temporary directory, the server on 127.0.0.1 at
 * a free port (and on a unix socket in that directory), stopped and deleted at the end. The process side only;
 * test/support/postgres.ts connects to it.
 *
 * PostgreSQL refuses to run as root, and the tests run as root here: then initdb and pg_ctl run as the
 * `postgres` system user (the Debian package creates it) through runuser, in a directory that user owns.
 */
import { execFile, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInThisContext } from "node:vm";

interface SystemDeps {
  machine: { postgresBinDir(): string | undefined };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, run by node before npm install
const systemDeps = require("../../scripts/system-deps.cjs") as SystemDeps;

/** The name every cluster's temporary directory starts with, so a later run finds the ones left behind. */
const PREFIX = "customer-grader-pg-";
/** The file in that directory naming the node process that owns the cluster. */
const OWNER_FILE = "owner.pid";
/** The superuser initdb creates, whichever system user runs it. */
export const SUPERUSER = "postgres";

export interface PostgresCluster {
  /** The temporary directory: the data directory, the unix socket and the server's log are inside. */
  readonly dir: string;
  readonly port: number;
  /** Stops the server (fast: open sessions are ended) and deletes the directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** How to run the server's programs: as the postgres system user when this process is root, else as is. */
interface ServerUser {
  readonly prefix: readonly string[];
  readonly owner?: { readonly uid: number; readonly gid: number };
}

function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const id = (flag: string) => spawnSync("id", [flag, SUPERUSER], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      `PostgreSQL refuses to run as root and this machine has no "${SUPERUSER}" user to run it as: install the Debian package postgresql (it creates the user; scripts/system-deps.cjs installs it), or run the tests as another user.`,
    );
  }
  return { prefix: ["runuser", "-u", SUPERUSER, "--"], owner: { uid: Number(uid.stdout), gid: Number(gid.stdout) } };
}

function binDir(): string {
  const dir = systemDeps.machine.postgresBinDir();
  if (dir === undefined) {
    throw new Error(
      "PostgreSQL is not installed (no initdb and pg_ctl under /usr/lib/postgresql/<version>/bin or on PATH): the tests that run SQL need the Debian package postgresql. `node scripts/system-deps.cjs` installs it (as root or with passwordless sudo), or run `sudo apt-get install -y postgresql`.",
    );
  }
  return dir;
}

/** Runs one of the server's programs; rejects with its output when it fails. */
function run(user: ServerUser, cwd: string, program: string, args: readonly string[]): Promise<string> {
  const [command, ...rest] = [...user.prefix, program, ...args] as [string, ...string[]];
  return new Promise((resolve, reject) => {
    execFile(command, rest, { cwd, encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${[command, ...rest].join(" ")} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

/** A port nobody listens on now: the one the system hands out for port 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Settings for a test server: reachable only from here, and no waiting for the disk (the data is thrown away). */
function settings(dir: string, port: number): string {
  return [
    "",
    "listen_addresses = '127.0.0.1'",
    `port = ${port}`,
    `unix_socket_directories = '${dir}'`,
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
    "shared_buffers = 64MB",
    "max_connections = 20",
    "",
  ].join("\n");
}

/** Stops a cluster at once and deletes its directory, synchronously (for a process that is exiting). */
function stopNow(user: ServerUser, bin: string, dir: string): void {
  const data = join(dir, "data");
  if (existsSync(join(data, "postmaster.pid"))) {
    const [command, ...rest] = [...user.prefix, join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"];
    spawnSync(command as string, rest, { cwd: dir, stdio: "ignore", timeout: 60_000 });
  }
  rmSync(dir, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Stops and deletes the clusters whose owning process is gone without stopping them (a jest worker killed by
 * a signal runs no exit handler). A directory without an owner file yet is one being created: left alone.
 */
function sweepAbandoned(user: ServerUser, bin: string): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), "utf8"));
    } catch {
      continue;
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    try {
      stopNow(user, bin, dir);
    } catch {
      // Another process sweeping the same directory at the same time: what is left, it deletes.
    }
  }
}

/**
 * The host's process object. Inside a jest test file `process` is a copy whose events never fire, so an
 * 'exit' handler on it would never run; code compiled by node:vm in this context sees the real one.
 */
const hostProcess = runInThisContext("process") as NodeJS.Process;

/** Starts a cluster: initdb (UTF8, locale C, trust authentication), then pg_ctl start, which waits until ready. */
export async function startCluster(): Promise<PostgresCluster> {
  const bin = binDir();
  const user = serverUser();
  sweepAbandoned(user, bin);
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  if (user.owner) chownSync(dir, user.owner.uid, user.owner.gid);
  const exitGuard = () => stopNow(user, bin, dir);
  hostProcess.on("exit", exitGuard);
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  try {
    const initdb = ["-D", data, `--username=${SUPERUSER}`, "--auth=trust", "--encoding=UTF8", "--locale=C"];
    await run(user, dir, join(bin, "initdb"), [...initdb, "--no-sync", "--no-instructions"]);
    const port = await startServer(user, bin, dir, log);
    let stopped: Promise<void> | undefined;
    const stop = async () => {
      try {
        await run(user, dir, join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        // After a fast stop only the directory is left; after a failed one the server is stopped at once.
        exitGuard();
        hostProcess.off("exit", exitGuard);
      }
    };
    return { dir, port, stop: () => (stopped ??= stop()) };
  } catch (error) {
    exitGuard();
    hostProcess.off("exit", exitGuard);
    throw error;
  }
}

/**
 * Starts the server on a free port; when another process took that port in the moment between choosing and
 * binding it, on another one. Returns the port.
 */
async function startServer(user: ServerUser, bin: string, dir: string, log: string): Promise<number> {
  const data = join(dir, "data");
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    // Later lines win in postgresql.conf, so a retry appends its port after the failed one.
    await appendFile(join(data, "postgresql.conf"), settings(dir, port));
    rmSync(log, { force: true });
    try {
      await run(user, dir, join(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-t", "60", "start"]);
      return port;
    } catch (error) {
      const serverLog = existsSync(log) ? readFileSync(log, "utf8") : "";
      if (attempt < 3 && /could not bind|Address already in use/.test(serverLog)) continue;
      throw new Error(`${(error as Error).message}\nThe server's log:\n${serverLog}`);
    }
  }
}
