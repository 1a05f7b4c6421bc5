/**
 * Round trip through real LibreOffice: the workbooks the command writes open, convert to CSV, and their
 * grade column equals what --json printed. One soffice call converts them all.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { type Table } from "../../src/engine";
import type { JsonDocument } from "../../src/cli/jsonDocument";
import { parseCsv } from "../../src/cli/csv";
import sample from "../../samples/logistics-customers.json";
import { ensureBuilt, libreOfficeToCsv, runBuilt, tempDir } from "./support/cli";
import { SEED_HEADERS, SEED_ROWS, csvText, richWorkbook, tableWorkbook } from "./support/workbooks";
import { GRADE_JSON_KEYS } from "./support/jsonShape";

/** No Excel table: a title in row 1, the seed's input columns as plain cells from row 3. */
async function plainWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("客户");
  sheet.getCell("A1").value = "2026 年客户";
  sheet.getRow(3).values = SEED_HEADERS.slice(0, 6);
  SEED_ROWS.forEach((row, i) => (sheet.getRow(4 + i).values = row.slice(0, 6)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Graded {
  readonly name: string;
  readonly doc: JsonDocument;
  /** Sheet row of the header in the written workbook (LibreOffice converts the first sheet). */
  readonly headerRow: number;
}

const dir = tempDir("lo");
const graded: Graded[] = [];
let csvOf: (name: string) => string[][];

beforeAll(async () => {
  ensureBuilt();
  writeFileSync(join(dir, "seed-csv.csv"), "\uFEFF" + csvText(SEED_HEADERS, SEED_ROWS));
  writeFileSync(join(dir, "seed-xlsx.xlsx"), await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  writeFileSync(join(dir, "rich.xlsx"), await richWorkbook());
  writeFileSync(
    join(dir, "sample.xlsx"),
    await tableWorkbook((sample as unknown as Table).headers, (sample as unknown as Table).rows),
  );
  writeFileSync(join(dir, "plain.xlsx"), await plainWorkbook());
  const inputs: [string, string, number][] = [
    ["seed-csv", "seed-csv.csv", 1],
    ["seed-xlsx", "seed-xlsx.xlsx", 1],
    ["rich", "rich.xlsx", 3],
    ["sample", "sample.xlsx", 1],
    ["plain", "plain.xlsx", 3],
  ];
  for (const [name, file, headerRow] of inputs) {
    const asOf = name === "sample" ? sample.asOf : "2026-11-22";
    const run = runBuilt(["grade", file, "--json", "--as-of", asOf, "--out", `${name}.out.xlsx`], { cwd: dir });
    if (run.code !== 0) throw new Error(`${name}: ${run.stderr}`);
    graded.push({ name, doc: JSON.parse(run.stdout) as JsonDocument, headerRow });
  }
  libreOfficeToCsv(
    inputs.map(([name]) => join(dir, `${name}.out.xlsx`)),
    dir,
  );
  csvOf = (name) => parseCsv(readFileSync(join(dir, `${name}.out.csv`), "utf8").replace(/^\uFEFF/, ""), ",");
});

test("stdout holds exactly one JSON document and nothing else", () => {
  for (const { doc } of graded) {
    expect(Object.keys(doc)).toEqual([...GRADE_JSON_KEYS]);
  }
});

test("the seed 000 table grades XX A, YY B, ZZ C from CSV and from .xlsx", () => {
  for (const name of ["seed-csv", "seed-xlsx"]) {
    const doc = graded.find((g) => g.name === name)?.doc;
    expect(doc?.rows.map((r) => [r.name, r.grade])).toEqual([
      ["XX科技有限公司", "A"],
      ["YY贸易公司", "B"],
      ["ZZ食品加工厂", "C"],
    ]);
  }
});

describe.each(["seed-csv", "seed-xlsx", "rich", "sample", "plain"])("%s as LibreOffice reads it", (name) => {
  test("the grade, score and remark columns equal what --json printed", () => {
    const { doc, headerRow } = graded.find((g) => g.name === name) as Graded;
    const rows = csvOf(name);
    const header = rows[headerRow - 1] as string[];
    const column = (field: "grade" | "score" | "remark") => header.indexOf(doc.columns[field] as string);
    expect(column("grade")).toBeGreaterThanOrEqual(0);
    const body = rows.slice(headerRow, headerRow + doc.rows.length);
    expect(body.map((r) => r[column("grade")] || null)).toEqual(doc.rows.map((r) => r.grade));
    expect(body.map((r) => (r[column("score")] ? Number(r[column("score")]) : null))).toEqual(
      doc.rows.map((r) => r.score),
    );
    expect(body.map((r) => r[column("remark")] ?? "")).toEqual(doc.rows.map((r) => r.remark));
    expect(doc.rows.length).toBeGreaterThanOrEqual(3);
  });
});
