/**
 * `npm start` / `npm stop` (scripts/start.mjs) run the tools' own JS entries with node itself: a .cmd shim
 * (npx.cmd) spawned without a shell throws EINVAL on Windows since Node 20.12.2 (CVE-2024-27980).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

interface StartCommand {
  readonly script?: string;
  readonly args?: readonly string[];
  readonly message?: string;
}

/** startCommand(platform, argv) from the .mjs script, evaluated in a child node (jest here runs CommonJS). */
function startCommand(platform: string, argv: readonly string[]): StartCommand {
  const code = `import { startCommand } from ${JSON.stringify(join(ROOT, "scripts/start.mjs"))};
console.log(JSON.stringify(startCommand(${JSON.stringify(platform)}, ${JSON.stringify(argv)})));`;
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }),
  ) as StartCommand;
}

describe("npm start and npm stop", () => {
  it.each(["win32", "darwin"])("on %s run office-addin-debugging's JS entry, not npx or a .cmd shim", (platform) => {
    const start = startCommand(platform, []);
    const stop = startCommand(platform, ["--stop"]);
    for (const command of [start, stop]) {
      expect(command.script).toMatch(/office-addin-debugging[\\/]cli\.js$/);
      expect(existsSync(command.script ?? "")).toBe(true);
    }
    expect(start.args).toEqual(["start", "manifest.xml"]);
    expect(stop.args).toEqual(["stop", "manifest.xml"]);
  });

  it("on Linux serves the demo with webpack-cli's JS entry and prints no address of its own", () => {
    const start = startCommand("linux", []);
    expect(start.script).toMatch(/webpack-cli[\\/]bin[\\/]cli\.js$/);
    expect(existsSync(start.script ?? "")).toBe(true);
    expect(start.args).toEqual(["serve", "--mode", "development"]);
    expect(JSON.stringify(start)).not.toMatch(/https?:\/\//);
    expect(startCommand("linux", ["--stop"]).message).toMatch(/Nothing to stop/);
  });
});
