// `npm run fixtures:lines [-- DIR]`: writes the order-line samples (samples/lines, README there) into
// samples/lines (or DIR). test/engine/lines/sampleLines.test.ts checks the committed files are what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleFiles } from "./shapes";

const SAMPLE_LINES_DIR = join(__dirname, "..", "..", "samples", "lines");

const outDir = process.argv[2] ?? SAMPLE_LINES_DIR;
mkdirSync(outDir, { recursive: true });
const files = sampleFiles();
for (const file of files) writeFileSync(join(outDir, file.name), file.text, "utf8");
process.stderr.write(`wrote ${files.length} files to ${outDir}\n`);
