// `npm run bench`: bundles the benchmark with esbuild (ES modules inlined, as webpack ships the engine to
// Excel) and runs it with the garbage collector exposed, so every timed run starts from a clean heap.
// Running the TypeScript through tsx instead measures its CommonJS interop: a getter on every imported call
// made the engine ~40 % slower at a million rows.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

const entry = process.argv[2] ?? "bench/engine.bench.ts";
const outfile = ".bench/" + entry.replace(/^bench\//, "").replace(/\.ts$/, ".mjs");
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile,
  logLevel: "warning",
  packages: "external",
});
const run = spawnSync(
  process.execPath,
  ["--expose-gc", "--max-old-space-size=8192", outfile, ...process.argv.slice(3)],
  { stdio: "inherit" },
);
process.exit(run.status ?? 1);
