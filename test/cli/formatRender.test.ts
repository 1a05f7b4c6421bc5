/**
 * The formatted workbooks as LibreOffice renders them: they open and convert to PDF (one soffice call for
 * all), pdftoppm makes a PNG of a sane size, and the grade colours, which are conditional formats only (no
 * cell fills in the first workbook), show in the rendering. The second workbook is the README's picture
 * (`npm run docs:sample-png` renders the same one).
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInProcess, tempDir } from "./support/cli";
import { countColour, firstPage, libreOfficeToPdf, pngSize } from "./support/render";
import { SAMPLE_AS_OF, sampleTableWorkbook } from "./support/sampleTable";
import { SEED_HEADERS, SEED_ROWS, csvText, tableWorkbook } from "./support/workbooks";

const dir = tempDir("format-render");
const NAMES = ["typed-grades", "sample", "seed-csv"] as const;
const pdf = (name: string) => join(dir, `${name}.out.pdf`);

beforeAll(async () => {
  // Grades typed by the analyst, no fills: any colour in the rendering comes from the conditional formats.
  const grades = [
    ["甲公司", "良好", "A", 91.5],
    ["乙公司", "一般", "B", 70.2],
    ["丙公司", "一般", "C", 48.9],
    ["丁公司", "较差", "D", 21.4],
  ];
  writeFileSync(
    join(dir, "typed-grades.xlsx"),
    await tableWorkbook(["客户名称", "财务状况", "客户等级", "评分"], grades),
  );
  writeFileSync(join(dir, "sample.xlsx"), await sampleTableWorkbook());
  writeFileSync(join(dir, "seed-csv.csv"), "\uFEFF" + csvText(SEED_HEADERS, SEED_ROWS));
  const runs = [
    ["format", join(dir, "typed-grades.xlsx"), "--out", join(dir, "typed-grades.out.xlsx")],
    ["grade", join(dir, "sample.xlsx"), "--format", "--as-of", SAMPLE_AS_OF, "--out", join(dir, "sample.out.xlsx")],
    ["grade", join(dir, "seed-csv.csv"), "--format", "--as-of", "2026-11-22", "--out", join(dir, "seed-csv.out.xlsx")],
  ];
  for (const argv of runs) {
    const run = await runInProcess(argv, { LANG: "en_US.UTF-8" });
    if (run.code !== 0) throw new Error(run.stderr);
  }
  libreOfficeToPdf(
    NAMES.map((name) => join(dir, `${name}.out.xlsx`)),
    dir,
  );
});

test.each(NAMES)("%s opens in LibreOffice, converts to PDF, and its first page to a PNG of a page's size", (name) => {
  expect(existsSync(pdf(name))).toBe(true);
  const png = firstPage(pdf(name), join(dir, name), { dpi: 50, format: "png" });
  const size = pngSize(png);
  // A4 or Letter at 50 dpi, either way round: 413–425 by 550–585 pixels.
  expect(size).not.toBeNull();
  const [short, long] = [Math.min(size?.width ?? 0, size?.height ?? 0), Math.max(size?.width ?? 0, size?.height ?? 0)];
  expect(short).toBeGreaterThanOrEqual(400);
  expect(short).toBeLessThanOrEqual(440);
  expect(long).toBeGreaterThanOrEqual(540);
  expect(long).toBeLessThanOrEqual(600);
  expect(statSync(png).size).toBeGreaterThan(2_000);
});

test("the grade colours of the conditional formats render: green for A, red for D", () => {
  const ppm = firstPage(pdf("typed-grades"), join(dir, "typed-grades-pixels"), { dpi: 50, format: "ppm" });
  expect(countColour(ppm, "#C6EFCE")).toBeGreaterThan(100);
  expect(countColour(ppm, "#FFC7CE")).toBeGreaterThan(100);
  expect(countColour(ppm, "#FFEB9C")).toBeGreaterThan(100);
});
