/**
 * A graded CSV as a new .xlsx: one sheet, the header row bold, numbers as numbers (see `csvCellValue`), the
 * grade cells coloured. Written with ExcelJS's streaming writer, so a million rows never sit in memory twice.
 */
import { once } from "node:events";
import { type WriteStream, createWriteStream } from "node:fs";
import type { Style } from "exceljs";
import type { Table } from "../engine";
import type { OutputPlan } from "../plan";
import { csvCellValue } from "./csv";
import { type TypedKind, typedValue } from "./csvTypedCells";
import { type GradeFills, gradeFill } from "./gradeFills";
import { type OutputRow, rowsWithOutputs } from "./outputs";
import { loadExcelJs } from "./loadExcelJs";
import { createExclusive } from "./tempFiles";

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

/**
 * @param path created exclusively (refused when anything, a link included, is there), as every graded copy is
 * @param typed columns whose text is written as the number it reads as (`grade --format`, see `csvTypedCells`);
 *   empty: every cell as `csvCellValue` reads it
 */
export async function writeCsvWorkbook(
  path: string,
  name: string,
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  typed: ReadonlyMap<number, TypedKind> = new Map(),
): Promise<void> {
  // ExcelJS given a file name opens it with "w", which follows a link: it gets a stream on our own descriptor.
  const file = createWriteStream(path, { fd: createExclusive(path) });
  try {
    await writeRows(file, name, table, plan, outputs, fills, typed);
  } catch (error) {
    file.destroy();
    throw error;
  }
  if (!file.closed) await once(file, "close"); // renamed or read back only once closed (Windows cares)
}

async function writeRows(
  file: WriteStream,
  name: string,
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  typed: ReadonlyMap<number, TypedKind>,
): Promise<void> {
  const { stream } = await loadExcelJs();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(name));
  const rows = rowsWithOutputs(table, plan, outputs);
  const headerRow = sheet.addRow(rows.next().value ?? []);
  headerRow.font = { bold: true };
  headerRow.commit();
  const gradeColumn = plan.columns.grade + 1;
  // ExcelJS gives every cell a style object of its own and, at commit, renders each one's XML to find its
  // style index; it remembers the index per object. Data cells share one empty style and one fill style per
  // grade colour instead (never mutated), so each is rendered once: the same indices, a third of the time.
  const plain: Partial<Style> = {};
  const fillStyles = new Map<string, Partial<Style>>();
  const fillStyle = (argb: string): Partial<Style> => {
    let style = fillStyles.get(argb);
    if (!style) fillStyles.set(argb, (style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb } } }));
    return style;
  };
  let i = 0;
  for (const cells of rows) {
    const values = cells.map((v, c) =>
      typeof v === "string" && !isOutput(plan, c) ? inputCellValue(v, typed.get(c)) : v,
    );
    const row = sheet.addRow(values);
    // ExcelJS makes a cell for each value that is not `undefined`: those are the cells to share a style.
    values.forEach((v, c) => {
      if (v !== undefined) row.getCell(c + 1).style = plain;
    });
    const argb = gradeFill(fills, outputs[i]?.grade ?? null);
    if (argb) row.getCell(gradeColumn).style = fillStyle(argb);
    row.commit();
    i++;
  }
  sheet.commit();
  await workbook.commit();
}

function inputCellValue(text: string, kind: TypedKind | undefined): string | number | null {
  return (kind === undefined ? null : typedValue(kind, text)) ?? csvCellValue(text);
}

/** Output cells are written as the engine gives them: a remark "1" stays text. */
function isOutput(plan: OutputPlan, column: number): boolean {
  return column === plan.columns.grade || column === plan.columns.score || column === plan.columns.remark;
}
