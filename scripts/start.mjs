// `npm start`: on Windows and macOS, sideloads the add-in into desktop Excel (office-addin-debugging, as the
// yo office template does). Excel cannot run on Linux, where office-addin-debugging stops with "platform not
// supported"; there this serves the local demo page instead (demo.html on the dev server: the real task pane
// against the Excel simulator, beside the sample workbook as a grid). `npm stop` ends the sideloading; on
// Linux, stop the server with Ctrl+C.
//
// The tools are run as `node <their JS entry>` (process.execPath), never through npx or a .cmd shim: since
// Node 20.12.2 (CVE-2024-27980) spawning a .cmd/.bat without a shell throws EINVAL on Windows, and a shell
// would need its own quoting of every argument.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The JS file a package's `bin` entry names, resolved from the project's node_modules. */
function binOf(packageName, binName) {
  const require = createRequire(join(ROOT, "package.json"));
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = require(manifestPath);
  const relative = typeof bin === "string" ? bin : bin[binName];
  return join(dirname(manifestPath), relative);
}

/**
 * What `npm start` / `npm stop` run on `platform`: `{ script, args }` to run with node, or `{ message }` when
 * there is nothing to run. `argv` is the script's own arguments (`--stop` plus any passed on to the tool).
 */
export function startCommand(platform, argv) {
  const stop = argv.includes("--stop");
  const rest = argv.filter((a) => a !== "--stop");
  if (platform === "win32" || platform === "darwin") {
    const script = binOf("office-addin-debugging", "office-addin-debugging");
    return { script, args: [stop ? "stop" : "start", "manifest.xml", ...rest] };
  }
  if (stop) {
    return {
      message: "Nothing to stop: on Linux `npm start` runs the dev server in the foreground (stop it with Ctrl+C).",
    };
  }
  return {
    // The dev server's address (http, or https when trusted dev certificates are installed) is printed by
    // webpack.config.js, which is where that choice is made.
    intro:
      "Excel does not run on Linux, so the add-in cannot be sideloaded here.\n" +
      "Serving the demo page instead: the real task pane against a simulated workbook.\n" +
      '  Its address is printed below ("demo page: …"); stop with Ctrl+C.',
    script: binOf("webpack-cli", "webpack-cli"),
    args: ["serve", "--mode", "development", ...rest],
  };
}

function main() {
  const command = startCommand(process.platform, process.argv.slice(2));
  if ("message" in command) {
    console.log(command.message);
    return;
  }
  if (command.intro) console.log(command.intro);
  const child = spawn(process.execPath, [command.script, ...command.args], { stdio: "inherit", cwd: ROOT });
  child.on("error", (error) => {
    console.error(`Could not run ${command.script} with ${process.execPath}: ${error.message}`);
    process.exit(1);
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
