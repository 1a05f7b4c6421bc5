// The Debian packages the integration tests need beyond npm: LibreOffice (the command line's workbooks are
// opened and rendered by it), poppler-utils (a rendered PDF to PNG), Chromium (the task pane end to end, driven
// by playwright-core), a CJK font (without one the Chinese in renderings and screenshots is boxes) and
// PostgreSQL (the compiled SQL runs on a server test/support/postgres.ts starts).
//
// `node scripts/system-deps.cjs` (run by `npm test`, `npm run test:integration` and .ci/run) installs the
// missing ones with apt-get when it can (as root, or through passwordless `sudo -n`), and otherwise stops
// within seconds with one line naming the packages and the command to run. Plain node and CommonJS (jest
// requires it in its tests), no npm packages: CI runs it before `npm install`.
const { spawnSync } = require("node:child_process");
const { accessSync, constants, readdirSync } = require("node:fs");
const { delimiter, join } = require("node:path");

/** The packages, each with the probe that says whether what the tests use is there. */
const SYSTEM_PACKAGES = [
  { name: "libreoffice-calc-nogui", provides: "soffice", present: (probe) => probe.onPath("soffice") },
  { name: "poppler-utils", provides: "pdftoppm", present: (probe) => probe.onPath("pdftoppm") },
  { name: "chromium", provides: "chromium", present: (probe) => probe.isExecutable(chromiumPath(probe.env)) },
  { name: "fonts-wqy-microhei", provides: "a CJK font", present: (probe) => probe.hasCjkFont() },
  { name: "postgresql", provides: "initdb and pg_ctl", present: (probe) => probe.postgresBinDir() !== undefined },
];

/** The browser test/e2e/support/browser.ts launches. */
function chromiumPath(env) {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Debian installs each PostgreSQL major version's server programs here, outside PATH. */
const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";

/**
 * The directory holding PostgreSQL's initdb and pg_ctl: the newest /usr/lib/postgresql/<version>/bin that has
 * both, else the first directory on PATH that has both; undefined when there is none. test/support/postgres.ts
 * starts the server from the same directory.
 */
function findPostgresBinDir({ env, listDir, isExecutable: executable }) {
  const hasBoth = (dir) => executable(join(dir, "initdb")) && executable(join(dir, "pg_ctl"));
  const versions = listDir(DEBIAN_POSTGRES_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const debian = versions.map((version) => join(DEBIAN_POSTGRES_ROOT, version, "bin")).find(hasBoth);
  return debian ?? (env.PATH ?? "").split(delimiter).find((dir) => dir !== "" && hasBoth(dir));
}

function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * What to do, from what the probes found: nothing, install (the commands to run, in order), or stop with
 * one line. Pure, so its choices are tested without removing anything from the machine.
 */
function decide({ missing, isRoot, sudoWorks, hasAptGet }) {
  if (missing.length === 0) return { action: "none" };
  const names = missing.join(" ");
  if (!hasAptGet) {
    return {
      action: "stop",
      line: `The integration tests need ${missing.join(", ")} (Debian package names) and this machine has no apt-get: install them with its package manager, then run npm test again.`,
    };
  }
  if (!isRoot && !sudoWorks) {
    return {
      action: "stop",
      line: `The integration tests need the Debian packages ${names}: run \`sudo apt-get update && sudo apt-get install -y ${names}\`, then npm test again.`,
    };
  }
  const asRoot = isRoot ? [] : ["sudo", "-n"];
  const apt = [...asRoot, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
  return {
    action: "install",
    packages: missing,
    commands: [
      [...apt, "update", "-qq"],
      [...apt, "install", "-y", "-qq", ...missing],
    ],
  };
}

/** The names of the packages whose probe fails. */
function missingPackages(probe) {
  return SYSTEM_PACKAGES.filter((pkg) => !pkg.present(probe)).map((pkg) => pkg.name);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function succeeds(command, args) {
  const run = spawnSync(command, args, { stdio: "ignore", timeout: 10_000 });
  return run.error === undefined && run.status === 0;
}

/** Probes of this machine. */
const machine = {
  env: process.env,
  isExecutable,
  onPath: (command) => (process.env.PATH ?? "").split(delimiter).some((dir) => dir && isExecutable(join(dir, command))),
  hasCjkFont: () => {
    const run = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8", timeout: 10_000 });
    return run.status === 0 && run.stdout.trim() !== "";
  },
  postgresBinDir: () => findPostgresBinDir({ env: process.env, listDir, isExecutable }),
  isRoot: () => process.getuid?.() === 0,
  sudoWorks: () => succeeds("sudo", ["-n", "true"]),
  hasAptGet: () => machine.onPath("apt-get"),
  /** Runs a command, its output kept for the message if it fails. */
  run: (argv) => {
    const run = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { ok: run.error === undefined && run.status === 0, output: `${run.stdout ?? ""}${run.stderr ?? ""}` };
  },
  say: (line) => console.error(line),
};

/**
 * Makes sure the packages are there: returns true when they are (already, or after installing them), false
 * after saying in one line why not and what to run.
 */
function ensureSystemPackages(probe = machine) {
  const missing = missingPackages(probe);
  if (missing.length === 0) return true;
  const isRoot = probe.isRoot();
  const plan = decide({ missing, isRoot, sudoWorks: !isRoot && probe.sudoWorks(), hasAptGet: probe.hasAptGet() });
  if (plan.action === "stop") {
    probe.say(plan.line);
    return false;
  }
  probe.say(
    `Installing the Debian packages the integration tests need: ${plan.packages.join(" ")} (apt-get, about a minute)`,
  );
  for (const argv of plan.commands) {
    const { ok, output } = probe.run(argv);
    if (!ok) {
      const last = output.trim().split("\n").slice(-5).join("\n");
      probe.say(
        `${last}\n\`${argv.join(" ")}\` failed: install ${plan.packages.join(" ")} yourself, then run npm test again.`,
      );
      return false;
    }
  }
  const still = missingPackages(probe);
  if (still.length > 0) {
    probe.say(
      `apt-get installed ${plan.packages.join(" ")} but ${still.join(", ")} is still not found: check PATH and CHROMIUM_PATH.`,
    );
    return false;
  }
  return true;
}

module.exports = {
  SYSTEM_PACKAGES,
  chromiumPath,
  decide,
  ensureSystemPackages,
  findPostgresBinDir,
  machine,
  missingPackages,
};

if (require.main === module) process.exit(ensureSystemPackages() ? 0 : 1);
