// `npm run docs:sample-png`: docs/sample-table.png, the sample table (samples/logistics-customers.json) graded
// and formatted by the command line (`grade --format`), as LibreOffice renders it: soffice → PDF, pdftoppm →
// PNG cut to the table. Needs soffice and pdftoppm (Debian: libreoffice-calc-nogui, poppler-utils) and a CJK
// font (fonts-wqy-microhei), as .ci/run installs them. The workbook is made by the tests' own support file.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/cjs/api";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs", "sample-table.png");
const DPI = 150;
register();
const require = createRequire(import.meta.url);
const { sampleTableWorkbook, SAMPLE_AS_OF } = require(join(ROOT, "test/cli/support/sampleTable.ts"));
const { libreOfficeToPdf, firstPage, contentBox } = require(join(ROOT, "test/cli/support/render.ts"));

const dir = mkdtempSync(join(tmpdir(), "cg-sample-png-"));
try {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  const input = join(dir, "sample.xlsx");
  writeFileSync(input, await sampleTableWorkbook());
  const graded = join(dir, "sample-graded.xlsx");
  execFileSync(
    process.execPath,
    [join(ROOT, "bin", "customer-grader.cjs"), "grade", input, "--format", "--as-of", SAMPLE_AS_OF, "--out", graded],
    { stdio: "inherit" },
  );
  libreOfficeToPdf([graded], dir);
  const pdf = join(dir, "sample-graded.pdf");
  const box = contentBox(firstPage(pdf, join(dir, "page"), { dpi: DPI, format: "ppm" }), 12);
  copyFileSync(firstPage(pdf, join(dir, "table"), { dpi: DPI, format: "png", crop: box }), OUT);
  console.log(`wrote ${OUT} (${box.width} × ${box.height})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
