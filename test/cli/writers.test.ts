/**
 * Workbooks as other programs write them (test/fixtures/writers, README there): each is graded as the
 * engine grades the same rows, and grading changes only what it must: every part but the graded sheet,
 * styles.xml, the table part it widens and workbook.xml's recalculation flag stays byte for byte, and so
 * does every cell of the sheet outside the output columns.
 */
import { copyFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Table, defaultRuleSet, gradeTable, parseDate } from "../../src/engine";
import type { JsonDocument } from "../../src/cli/jsonDocument";
import { sheetPieces } from "../../src/cli/xlsx/sheetXml";
import { runInProcess, tempDir } from "./support/cli";
import { parseXml } from "./support/parts";
import { zipParts } from "./support/zipRead";

const FIXTURES = join(__dirname, "..", "fixtures", "writers");
const data = JSON.parse(readFileSync(join(FIXTURES, "customers.json"), "utf8")) as {
  asOf: string;
  headers: string[];
  rows: (string | number | null)[][];
};
const DATE_COLUMN = data.headers.indexOf("合作开始日期");
/** The data columns (A to J): the grading writes only in 客户等级, 备注 and the columns it appends. */
const INPUT_COLUMNS = DATE_COLUMN + 1;
const SHEET = "xl/worksheets/sheet1.xml";

function serialOf(iso: string): number {
  const serial = parseDate(iso);
  if (typeof serial !== "number") throw new Error(`not a date: ${iso}`);
  return serial;
}

/** The rows as Excel hands them to the add-in: a date is its serial number. */
const table: Table = {
  headers: data.headers,
  rows: data.rows.map((row) => row.map((v, i) => (i === DATE_COLUMN && typeof v === "string" ? serialOf(v) : v))),
};

function engineRows() {
  const graded = gradeTable(table, defaultRuleSet(), { asOf: parseDate(data.asOf) as number });
  if (!graded.ok) throw new Error(graded.error.message.en);
  const report = graded.value;
  return report.rows().map((row, i) => {
    const score = report.outputs.scores[i] as number;
    return {
      status: row.status,
      grade: report.outputs.grades[i] ?? null,
      score: Number.isNaN(score) ? null : score,
      remark: report.outputs.remarks[i],
    };
  });
}

async function cellsByRow(sheet: string): Promise<Map<number, Map<number, string>>> {
  const out = new Map<number, Map<number, string>>();
  for await (const piece of sheetPieces([sheet]))
    if (piece.kind === "row") out.set(piece.row.row, new Map(piece.row.cells.map((c) => [c.column, c.xml])));
  return out;
}

const dir = tempDir("writers");
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

test("there is a fixture from each writer", () => {
  expect(fixtures.sort()).toEqual([
    "excel-imitation.xlsx",
    "exceljs.xlsx",
    "google-sheets-imitation.xlsx",
    "libreoffice.xlsx",
    "openpyxl.xlsx",
    "wps-imitation.xlsx",
    "xlsxwriter.xlsx",
  ]);
});

describe.each(fixtures)("%s", (fixture) => {
  test("is graded as the engine grades its rows, and only the output cells, styles and the recalculation flag change", async () => {
    const input = join(dir, fixture);
    copyFileSync(join(FIXTURES, fixture), input);
    const out = join(dir, `${fixture}.graded.xlsx`);
    const run = await runInProcess(["grade", input, "--json", "--as-of", data.asOf, "--out", out]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as JsonDocument;
    expect(doc.rows).toHaveLength(6);
    expect(doc.rows.map((r) => ({ status: r.status, grade: r.grade, score: r.score, remark: r.remark }))).toEqual(
      engineRows(),
    );

    const before = zipParts(readFileSync(input));
    const after = zipParts(readFileSync(out));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before].filter(([name, bytes]) => !after.get(name)?.equals(bytes)).map(([name]) => name);
    // An Excel table (ExcelJS writes one) is widened by the columns appended to it.
    const mayChange = new Set([SHEET, "xl/styles.xml", "xl/workbook.xml", "xl/tables/table1.xml"]);
    expect(changed.filter((name) => !mayChange.has(name))).toEqual([]);
    const workbook = after.get("xl/workbook.xml")?.toString("utf8") ?? "";
    parseXml(workbook);
    expect(workbook.replace(' fullCalcOnLoad="1"', "").replace("<calcPr/>", "")).toBe(
      (before.get("xl/workbook.xml")?.toString("utf8") ?? "")
        .replace(' fullCalcOnLoad="1"', "")
        .replace("<calcPr/>", ""),
    );
    parseXml(after.get("xl/styles.xml")?.toString("utf8") ?? "");

    const sheet = after.get(SHEET)?.toString("utf8") ?? "";
    parseXml(sheet);
    const was = await cellsByRow(before.get(SHEET)?.toString("utf8") ?? "");
    const now = await cellsByRow(sheet);
    let compared = 0;
    for (const [row, cells] of was)
      for (const [column, xml] of cells)
        if (column <= INPUT_COLUMNS) {
          expect([row, column, now.get(row)?.get(column)]).toEqual([row, column, xml]);
          compared++;
        }
    expect(compared).toBeGreaterThan(60);
  });
});
