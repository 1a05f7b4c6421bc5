// `npm run build:cli`: bundles the command line (src/cli/main.ts, the engine inlined) into lib/cli.cjs for
// Node. ExcelJS and DuckDB stay external: runtime dependencies with their own files (DuckDB a native module). An argument names another
// output file (the tests build to a temporary name and rename it, so parallel test files never load half a file).
import { build } from "esbuild";

const outfile = process.argv[2] ?? "lib/cli.cjs";

await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  external: ["exceljs", "@duckdb/node-api"],
  logLevel: "warning",
  legalComments: "none",
});
