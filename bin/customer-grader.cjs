#!/usr/bin/env node
// The `customer-grader` command: loads the built CLI (lib/cli.cjs, made by `npm run build:cli`).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const built = join(__dirname, "..", "lib", "cli.cjs");
if (!existsSync(built)) {
  process.stderr.write(
    "customer-grader is not built yet: run `npm run build:cli` (or `npm run build`) in the project folder first.\n",
  );
  process.exit(2);
}
require(built);
