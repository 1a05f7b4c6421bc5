// `npm run docs:cli`: writes docs/cli.md from the command line's help text and a run on the sample
// (scripts/cliReference.ts); test/cli/reference.test.ts checks the file stays what this writes.
import { writeFileSync } from "node:fs";
import { REFERENCE_PATH, renderReference, sampleJson } from "./cliReference";

sampleJson().then(
  (json) => {
    writeFileSync(REFERENCE_PATH, renderReference(json));
    process.stderr.write(`wrote ${REFERENCE_PATH}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`docs:cli failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
