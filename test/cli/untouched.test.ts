/**
 * Grading writes only its own columns: every other cell (value, formula, style), every sheet and every
 * defined name of the workbook comes through unchanged, compared cell by cell through ExcelJS (what a
 * reader sees) and, for the graded sheet, element by element in the raw XML (what ExcelJS would not show).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { parseRow } from "../../src/cli/xlsx/sheetXml";
import { zipPartText } from "./support/zipRead";
import { runInProcess, tempDir } from "./support/cli";
import { richWorkbook } from "./support/workbooks";

const dir = tempDir("untouched");

async function load(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** Every cell of a sheet as "A1" → its value, formula and style, for comparing. */
function cells(sheet: Worksheet, skipColumns: ReadonlySet<number>): Map<string, string> {
  const out = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (skipColumns.has(Number(cell.col))) return;
      out.set(
        cell.address,
        JSON.stringify({
          value: cell.value,
          type: cell.type,
          style: cell.style,
          note: cell.note ?? null,
          validation: cell.dataValidation ?? null,
        }),
      );
    });
  });
  return out;
}

let before: Workbook;
let after: Workbook;
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  const input = join(dir, "rich.xlsx");
  writeFileSync(input, await richWorkbook());
  run = await runInProcess(["grade", input, "--as-of", "2026-11-22", "--lang", "en"]);
  before = await load(input);
  after = await load(join(dir, "rich.graded.xlsx"));
});

test("grades the seed table in the rich workbook XX A, YY B, ZZ C into its own grade column", () => {
  expect(run.code).toBe(0);
  const sheet = after.getWorksheet("客户");
  expect([4, 5, 6].map((r) => sheet?.getCell(`G${r}`).value)).toEqual(["A", "B", "C"]);
  // The score column is appended right of the table (J), where nothing stood.
  expect(sheet?.getCell("J3").value).toBe("评分");
  expect([4, 5, 6].map((r) => typeof sheet?.getCell(`J${r}`).value)).toEqual(["number", "number", "number"]);
});

test("every cell outside the output columns is identical: values, formulas, styles, notes, validations", () => {
  // Output columns: G (客户等级), H (备注), J (评分, appended).
  const outputs = new Set([7, 8, 10]);
  for (const name of ["客户", "汇总"]) {
    const was = cells(before.getWorksheet(name) as Worksheet, outputs);
    const now = cells(after.getWorksheet(name) as Worksheet, outputs);
    expect(now).toEqual(was);
    expect(was.size).toBeGreaterThanOrEqual(name === "客户" ? 30 : 4);
  }
  // The merged title, the column width and the conditional format are the sheet's, not a cell's.
  const [b, a] = [before.getWorksheet("客户"), after.getWorksheet("客户")];
  expect(a?.model.merges).toEqual(b?.model.merges);
  expect(a?.getColumn(1).width).toBe(b?.getColumn(1).width);
  const formats = (s: Worksheet | undefined) =>
    JSON.stringify((s as unknown as { conditionalFormattings?: unknown } | undefined)?.conditionalFormattings);
  expect(formats(a)).toBe(formats(b));
  expect(formats(b)).toContain("greaterThan");
});

/** The graded sheet's rows as written: each row's attributes and its cells' elements by column. */
function rawRows(path: string): Map<number, { attributes: string; cells: Map<number, string> }> {
  const zip = readFileSync(path);
  const xml = zipPartText(zip, "xl/worksheets/sheet1.xml");
  const out = new Map<number, { attributes: string; cells: Map<number, string> }>();
  let previous = 0;
  for (const m of xml.matchAll(/<row\b[^>]*?\/>|<row\b[\s\S]*?<\/row>/g)) {
    const row = parseRow(m[0], previous);
    previous = row.row;
    out.set(row.row, { attributes: row.attributeText, cells: new Map(row.cells.map((c) => [c.column, c.xml])) });
  }
  return out;
}

test("outside the output columns the graded sheet's cells are the same elements, byte for byte, and rows keep their attributes", () => {
  const outputs = new Set([7, 8, 10]);
  const was = rawRows(join(dir, "rich.xlsx"));
  const now = rawRows(join(dir, "rich.graded.xlsx"));
  expect([...now.keys()]).toEqual([...was.keys()]);
  let compared = 0;
  for (const [r, row] of was) {
    const after = now.get(r);
    // Only the optional `spans` hint may go (from rewritten rows).
    expect(after?.attributes).toBe(
      after?.attributes.includes("spans=") ? row.attributes : row.attributes.replace(/\s+spans="[^"]*"/, ""),
    );
    for (const [column, xml] of row.cells) {
      if (outputs.has(column)) continue;
      expect({ r, column, xml: after?.cells.get(column) }).toEqual({ r, column, xml });
      compared++;
    }
    expect([...(after?.cells.keys() ?? [])].filter((c) => !outputs.has(c))).toEqual(
      [...row.cells.keys()].filter((c) => !outputs.has(c)),
    );
  }
  expect(compared).toBeGreaterThanOrEqual(30);
});

test("the sheets and defined names are all there, in order", () => {
  expect(after.worksheets.map((s) => s.name)).toEqual(before.worksheets.map((s) => s.name));
  expect(after.definedNames.model).toEqual(before.definedNames.model);
});

test("the table grows by the appended column and keeps its name and style", () => {
  const table = (wb: Workbook) =>
    (
      wb.getWorksheet("客户") as unknown as {
        tables: Record<string, { table: { tableRef: string; columns: { name: string }[]; style: unknown } }>;
      }
    ).tables["客户表"]?.table;
  expect(table(before)?.tableRef).toBe("A3:I6");
  expect(table(after)?.tableRef).toBe("A3:J6");
  expect(table(after)?.columns.map((c) => c.name)).toEqual([
    ...(table(before)?.columns.map((c) => c.name) ?? []),
    "评分",
  ]);
  expect(table(after)?.style).toEqual(table(before)?.style);
});

test("the analyst's text in the grade and remark columns is replaced and counted in the summary", () => {
  const [b, a] = [before.getWorksheet("客户"), after.getWorksheet("客户")];
  let replaced = 0;
  for (const column of ["G", "H", "J"])
    for (const row of [4, 5, 6]) {
      const was = b?.getCell(`${column}${row}`).value;
      if (was !== null && was !== undefined && was !== a?.getCell(`${column}${row}`).value) replaced++;
    }
  expect(replaced).toBeGreaterThanOrEqual(3); // at least A级/B级/C级 → A/B/C
  expect(run.stderr).toContain(`replaced ${replaced} non-empty cells`);
});

test("grade cells carry the grade colour and keep the rest of their style", () => {
  const sheet = after.getWorksheet("客户");
  const argb = (address: string) => {
    const fill = sheet?.getCell(address).fill;
    return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
  };
  // The template's grade colours (src/plan/gradeColours.ts): A green, B yellow, C orange.
  expect(["G4", "G5", "G6"].map(argb)).toEqual(["FFC6EFCE", "FFFFEB9C", "FFFCD5B4"]);
  // Other cells that shared the grade cells' style before are not repainted.
  expect(argb("F4")).toBe(undefined);
});

test("grading the graded copy again changes nothing and replaces nothing", async () => {
  const again = join(dir, "again.xlsx");
  const second = await runInProcess([
    "grade",
    join(dir, "rich.graded.xlsx"),
    "--as-of",
    "2026-11-22",
    "--out",
    again,
    "--lang",
    "en",
  ]);
  expect(second.code).toBe(0);
  expect(second.stderr).toContain("replaced 0 non-empty cells");
  const twice = await load(again);
  for (const name of ["客户", "汇总"])
    expect(cells(twice.getWorksheet(name) as Worksheet, new Set())).toEqual(
      cells(after.getWorksheet(name) as Worksheet, new Set()),
    );
});
