// `npm start`: on Windows and macOS, sideloads the add-in into desktop Excel (office-addin-debugging, as the
// yo office template does). Excel cannot run on Linux, where office-addin-debugging stops with "platform not
// supported"; there this serves the local demo page instead (http://localhost:3000/demo.html: the real task pane
// against the Excel simulator, beside the sample workbook as a grid). `npm stop` ends the sideloading; on
// Linux, stop the server with Ctrl+C.
import { spawn } from "node:child_process";

const stop = process.argv.includes("--stop");
const sideloads = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const port = process.env.npm_package_config_dev_server_port || "3000";

let args;
if (sideloads) {
  args = ["office-addin-debugging", stop ? "stop" : "start", "manifest.xml", ...process.argv.slice(2).filter((a) => a !== "--stop")];
} else if (stop) {
  console.log("Nothing to stop: on Linux `npm start` runs the dev server in the foreground (stop it with Ctrl+C).");
  process.exit(0);
} else {
  console.log(
    "Excel does not run on Linux, so the add-in cannot be sideloaded here.\n" +
      "Serving the demo page instead: the real task pane against a simulated workbook.\n" +
      `  Open http://localhost:${port}/demo.html in a browser (after "compiled successfully"); stop with Ctrl+C.`,
  );
  args = ["webpack", "serve", "--mode", "development"];
}
const child = spawn(npx, args, { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 1));
