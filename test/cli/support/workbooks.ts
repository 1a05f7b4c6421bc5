/** Workbooks and CSV files for the command-line tests, generated (no binary fixtures in the repository). */
import { Workbook } from "exceljs";
import type { CellValue } from "../../../src/engine";
import seed000 from "../../../samples/seed-000.json";

export const SEED_HEADERS: readonly string[] = seed000.headers;
export const SEED_ROWS: readonly (readonly string[])[] = seed000.rows;

/** A table's cells as ExcelJS values: numbers stay numbers, blanks stay empty. */
const cell = (v: CellValue): string | number | boolean | null => (v === undefined ? null : v);

/** One sheet holding one Excel table (named) at A1, nothing else. */
export async function tableWorkbook(
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  tableName = "客户表",
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("客户");
  sheet.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    columns: headers.map((h) => ({ name: String(h), filterButton: true })),
    rows: rows.length > 0 ? rows.map((r) => headers.map((_, i) => cell(r[i]))) : [headers.map(() => null)],
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The seed table with everything the analyst keeps around it: a title with a style, a formula over the table,
 * a styled and number-formatted column, a second sheet with formulas into the first, a defined name, a note,
 * a data validation and a conditional format.
 */
export async function richWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("客户");
  sheet.getCell("A1").value = "客户分级表";
  sheet.getCell("A1").font = { bold: true, size: 16, color: { argb: "FF1F4E79" } };
  sheet.mergeCells("A1:C1");
  sheet.addTable({
    name: "客户表",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleMedium9", showRowStripes: true },
    columns: [...SEED_HEADERS, "年交易额"].map((name) => ({ name, filterButton: true })),
    rows: SEED_ROWS.map((r, i) => [...r, 1_200_000 - i * 400_000]),
  });
  for (let r = 4; r <= 6; r++) {
    const amount = sheet.getCell(`I${r}`);
    amount.numFmt = "#,##0";
    amount.font = { italic: true };
  }
  sheet.getCell("K3").value = "合计";
  sheet.getCell("K4").value = { formula: "SUM(I4:I6)", result: 2_400_000 };
  sheet.getCell("K4").numFmt = "#,##0.00";
  sheet.getCell("K4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  sheet.getCell("A4").note = "重点客户";
  sheet.getCell("K5").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  sheet.addConditionalFormatting({
    ref: "I4:I6",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["1000000"],
        priority: 1,
        style: { font: { color: { argb: "FF9C0006" } } },
      },
    ],
  });
  sheet.getColumn(1).width = 24;
  const other = workbook.addWorksheet("汇总");
  other.getCell("A1").value = "客户数";
  other.getCell("B1").value = { formula: "COUNTA(客户!A4:A6)", result: 3 };
  other.getCell("A2").value = new Date(Date.UTC(2026, 10, 22));
  other.getCell("A2").numFmt = "yyyy-mm-dd";
  other.getCell("B2").value = 0.125;
  other.getCell("B2").numFmt = "0.0%";
  workbook.definedNames.add("'汇总'!$B$1", "客户数量");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text of a table (RFC 4180 quoting), with the line end Excel writes. */
export function csvText(
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  delimiter = ",",
): string {
  const field = (v: CellValue): string => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(field).join(delimiter)).join("\r\n") + "\r\n";
}
