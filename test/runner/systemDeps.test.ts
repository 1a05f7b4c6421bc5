/**
 * What `npm test` does about the Debian packages the integration tests need (scripts/system-deps.cjs), with
 * the machine's probes replaced: nothing when all are there, apt-get as root or through passwordless sudo,
 * and otherwise one line naming the packages and the command, without running anything.
 */

interface Probe {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  onPath(command: string): boolean;
  hasCjkFont(): boolean;
  postgresBinDir(): string | undefined;
  isRoot(): boolean;
  sudoWorks(): boolean;
  hasAptGet(): boolean;
  run(argv: readonly string[]): { ok: boolean; output: string };
  say(line: string): void;
}
interface SystemDeps {
  SYSTEM_PACKAGES: readonly { name: string }[];
  chromiumPath(env: Record<string, string | undefined>): string;
  ensureSystemPackages(probe: Probe): boolean;
  findPostgresBinDir(probe: {
    env: Record<string, string | undefined>;
    listDir(dir: string): string[];
    isExecutable(file: string): boolean;
  }): string | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, run by node before npm install
const systemDeps = require("../../scripts/system-deps.cjs") as SystemDeps;

const ALL = ["libreoffice-calc-nogui", "poppler-utils", "chromium", "fonts-wqy-microhei", "postgresql"];

interface FakeMachine {
  readonly probe: Probe;
  readonly ran: string[];
  readonly said: string[];
  readonly asked: string[];
}

/**
 * A machine that lacks `missing`; running `apt-get install` installs what it names unless `installWorks` is
 * false. Records the commands run, the lines said and the probes asked.
 */
function fakeMachine(
  missing: readonly string[],
  options: { root?: boolean; sudo?: boolean; aptGet?: boolean; installWorks?: boolean; installs?: boolean } = {},
): FakeMachine {
  const absent = new Set(missing);
  const ran: string[] = [];
  const said: string[] = [];
  const asked: string[] = [];
  const has = (name: string) => !absent.has(name);
  const probe: Probe = {
    env: {},
    isExecutable: (file) => file === "/usr/bin/chromium" && has("chromium"),
    onPath: (command) => ({ soffice: has("libreoffice-calc-nogui"), pdftoppm: has("poppler-utils") })[command] ?? false,
    hasCjkFont: () => has("fonts-wqy-microhei"),
    postgresBinDir: () => (has("postgresql") ? "/usr/lib/postgresql/15/bin" : undefined),
    isRoot: () => (asked.push("root"), options.root ?? false),
    sudoWorks: () => (asked.push("sudo"), options.sudo ?? false),
    hasAptGet: () => (asked.push("apt-get"), options.aptGet ?? true),
    run: (argv) => {
      ran.push(argv.join(" "));
      const install = argv.indexOf("install");
      if (install >= 0 && (options.installWorks ?? true)) {
        if (options.installs ?? true) for (const name of argv.slice(install + 1)) absent.delete(name);
        return { ok: true, output: "" };
      }
      return install >= 0 ? { ok: false, output: "E: Unable to locate package chromium" } : { ok: true, output: "" };
    },
    say: (line) => said.push(line),
  };
  return { probe, ran, said, asked };
}

test("checks the five packages the integration tests use", () => {
  expect(systemDeps.SYSTEM_PACKAGES.map((p) => p.name)).toEqual(ALL);
});

test("does nothing, and asks nothing more, when every package is there", () => {
  const machine = fakeMachine([]);
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(true);
  expect([machine.ran, machine.said, machine.asked]).toEqual([[], [], []]);
});

test("as root, updates apt's lists and installs only what is missing", () => {
  const machine = fakeMachine(["libreoffice-calc-nogui", "fonts-wqy-microhei"], { root: true });
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(true);
  expect(machine.ran).toEqual([
    "env DEBIAN_FRONTEND=noninteractive apt-get update -qq",
    "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui fonts-wqy-microhei",
  ]);
  expect(machine.said).toHaveLength(1);
  expect(machine.said[0]).toContain("libreoffice-calc-nogui fonts-wqy-microhei");
});

test("not root, with passwordless sudo, installs through sudo -n", () => {
  const machine = fakeMachine(["chromium"], { sudo: true });
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(true);
  expect(machine.ran).toEqual([
    "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq",
    "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
  ]);
});

test("not root and no passwordless sudo: one line naming the packages and the command, nothing run", () => {
  const machine = fakeMachine(ALL);
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(false);
  expect(machine.ran).toEqual([]);
  expect(machine.said).toEqual([
    `The integration tests need the Debian packages ${ALL.join(" ")}: run \`sudo apt-get update && sudo apt-get install -y ${ALL.join(" ")}\`, then npm test again.`,
  ]);
});

test("without apt-get: one line naming the packages, nothing run", () => {
  const machine = fakeMachine(["poppler-utils"], { root: true, aptGet: false });
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(false);
  expect(machine.ran).toEqual([]);
  expect(machine.said).toHaveLength(1);
  expect(machine.said[0]).toMatch(/need poppler-utils .*no apt-get/);
});

test("an install that fails says which command failed and what to install", () => {
  const machine = fakeMachine(["chromium"], { root: true, installWorks: false });
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(false);
  expect(machine.said.at(-1)).toMatch(
    /Unable to locate package chromium\n`env .*apt-get install -y -qq chromium` failed: install chromium yourself/,
  );
});

test("an install that leaves a package unfound says so", () => {
  const machine = fakeMachine(["chromium"], { root: true, installs: false });
  expect(systemDeps.ensureSystemPackages(machine.probe)).toBe(false);
  expect(machine.said.at(-1)).toMatch(/chromium is still not found/);
});

test("looks for Chromium where the end-to-end tests launch it", () => {
  expect(systemDeps.chromiumPath({})).toBe("/usr/bin/chromium");
  expect(systemDeps.chromiumPath({ CHROMIUM_PATH: "/opt/chromium/chrome" })).toBe("/opt/chromium/chrome");
});

describe("finds PostgreSQL's initdb and pg_ctl", () => {
  /** A file system holding `files` (every one executable) under the Debian root and PATH's directories. */
  const machineWith = (files: readonly string[], path = "/usr/local/bin:/usr/bin") => ({
    env: { PATH: path },
    listDir: (dir: string) => [
      ...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split("/")[0] ?? "")),
    ],
    isExecutable: (file: string) => files.includes(file),
  });
  const both = (dir: string) => [`${dir}/initdb`, `${dir}/pg_ctl`];

  test("in Debian's newest version directory that has both", () => {
    const files = [...both("/usr/lib/postgresql/9.6/bin"), ...both("/usr/lib/postgresql/15/bin")];
    files.push("/usr/lib/postgresql/16/bin/pg_ctl", "/usr/lib/postgresql/16/lib/plpgsql.so");
    expect(systemDeps.findPostgresBinDir(machineWith(files))).toBe("/usr/lib/postgresql/15/bin");
  });

  test("else on PATH, in a directory that has both", () => {
    const files = ["/usr/local/bin/pg_ctl", ...both("/usr/bin")];
    expect(systemDeps.findPostgresBinDir(machineWith(files))).toBe("/usr/bin");
  });

  test("nowhere: undefined", () => {
    expect(systemDeps.findPostgresBinDir(machineWith(["/usr/local/bin/pg_ctl"]))).toBeUndefined();
  });
});
