// `npm run fixtures:exports [-- DIR]`: writes the generated customer exports and their truth files into
// test/fixtures/exports (or DIR). test/engine/exportsFixtures.test.ts checks the committed files are what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateExports } from "./generate";

const EXPORTS_DIR = join(__dirname, "..", "..", "test", "fixtures", "exports");

const outDir = process.argv[2] ?? EXPORTS_DIR;
generateExports().then(
  (files) => {
    mkdirSync(outDir, { recursive: true });
    for (const file of files) writeFileSync(join(outDir, file.name), file.bytes);
    process.stderr.write(`wrote ${files.length} files to ${outDir}\n`);
  },
  (error: unknown) => {
    process.stderr.write(
      `fixtures:exports failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
