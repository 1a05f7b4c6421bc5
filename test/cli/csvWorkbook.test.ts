/**
 * A CSV's graded workbook, its rows streamed by our own writer (`writeCsvWorkbook`), against the same workbook
 * written by ExcelJS's streaming writer alone: every part the same bytes (docProps/core.xml but for its time
 * stamps), on tables with text to escape, control characters, numbers and number-like text, typed dates and
 * percentages, an empty header, a row longer than the header, rows without a grade, and every grade colour.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Table, defaultRuleSet, gradeTable, serialFromLocalDate } from "../../src/engine";
import { planOutputColumns } from "../../src/plan";
import { writeCsvWorkbook, writeCsvWorkbookWithExcelJs } from "../../src/cli/csvWorkbook";
import { typedColumns } from "../../src/cli/csvTypedCells";
import { gradeFills } from "../../src/cli/gradeFills";
import { outputRow } from "../../src/cli/outputs";
import { tempDir } from "./support/cli";
import { zipParts } from "./support/zipRead";
import { SEED_HEADERS, SEED_ROWS } from "./support/workbooks";

const dir = tempDir("csv-workbook");
const ruleSet = defaultRuleSet();
const fills = gradeFills(ruleSet.grades.map((g) => g.letter));

const cell = (v: string) => (v === "" ? null : v);
const seed: Table = { headers: SEED_HEADERS.map(cell), rows: SEED_ROWS.map((r) => r.map(cell)) };

/** Seed 000's rows with the awkward cells added. */
const awkward: Table = {
  headers: [...seed.headers.slice(0, -1), null],
  rows: seed.rows.map((row, i) =>
    i === 0
      ? ["<A & \"B\"> 'C'\u0001\u007f\ttab", ...row.slice(1)]
      : i === 1
        ? [...row, "extra field", "0139", "1e5", "-12.50"]
        : i === 2
          ? row.map(() => null)
          : row,
  ),
};

/** A table whose first cell is a number (ExcelJS decides the shared style's index at its first cell). */
const numberFirst: Table = {
  headers: ["编号", ...seed.headers],
  rows: seed.rows.map((row, i) => [String(i + 1), ...row]),
};

async function bothWriters(label: string, table: Table, typed: boolean, withFills: boolean) {
  const graded = gradeTable(table, ruleSet, { asOf: serialFromLocalDate(new Date(2026, 10, 22)) });
  if (!graded.ok) throw new Error("not graded");
  const plan = planOutputColumns(graded.value.mapping, table.headers.length, "zh-CN");
  const outputs = table.rows.map((_, i) => outputRow(graded.value, i));
  const types = typed ? typedColumns(table.headers) : new Map();
  const colours = withFills ? fills : new Map<string, string>();
  const ours = join(dir, `${label}-ours.xlsx`);
  const reference = join(dir, `${label}-exceljs.xlsx`);
  await writeCsvWorkbook(ours, "客户 [2026]", table, plan, outputs, colours, types);
  await writeCsvWorkbookWithExcelJs(reference, "客户 [2026]", table, plan, outputs, colours, types);
  return { ours: zipParts(readFileSync(ours)), reference: zipParts(readFileSync(reference)), outputs };
}

const stamps = (xml: string): string => xml.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "TIME");

test.each([
  ["seed 000", seed, false, true],
  ["awkward cells", awkward, false, true],
  ["a number first", numberFirst, false, true],
  ["typed dates, percentages and money (--format)", seed, true, false],
  ["no rows", { headers: seed.headers, rows: [] }, false, true],
])(
  "%s: the streamed rows make the same workbook as ExcelJS writing every row",
  async (label, table, typed, withFills) => {
    const { ours, reference, outputs } = await bothWriters(label.replace(/\W+/g, "-"), table, typed, withFills);
    expect([...ours.keys()]).toEqual([...reference.keys()]);
    for (const [name, bytes] of reference) {
      const mine = ours.get(name)?.toString("utf8");
      if (name === "docProps/core.xml") expect(stamps(mine ?? "")).toBe(stamps(bytes.toString("utf8")));
      else expect(mine).toBe(bytes.toString("utf8"));
    }
    // The cases hold what they are about: graded rows and, with colours, more than one grade's fill.
    const sheet = ours.get("xl/worksheets/sheet1.xml")?.toString("utf8") ?? "";
    // Every row but the awkward table's row of empty cells, which ExcelJS leaves out.
    expect(sheet.match(/<row /g)?.length).toBe(table.rows.length + (table === awkward ? 0 : 1));
    if (withFills && table.rows.length > 0) {
      const letters = new Set(outputs.map((o) => o.grade).filter((g) => g !== null));
      expect(letters.size).toBeGreaterThan(1);
      expect(new Set([...sheet.matchAll(/ s="(\d+)" t="str"><v>[A-D]</g)].map((m) => m[1])).size).toBe(letters.size);
    }
  },
);
