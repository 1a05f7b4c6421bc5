/** A generated file's name and bytes, and the two ways of making the bytes. */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface GeneratedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** When every workbook says it was made: a fixed time, so the bytes never change. */
const MADE = new Date(Date.UTC(2025, 0, 2, 9, 30, 0));

/** A cell of a generated sheet: text, a number, a date (a `Date` at UTC midnight) or blank. */
export type SheetCell = string | number | Date | null;

export interface SheetSpec {
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
  /** Number formats by header (dates, money), as the exporting system sets them. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly creator: string;
}

/**
 * An .xlsx workbook with one sheet, its header in row 1. ExcelJS stamps each zip entry with the time of
 * writing; the package is written again with one fixed time, so the same sheet always gives the same bytes.
 */
export async function xlsxBytes(spec: SheetSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator;
  workbook.lastModifiedBy = spec.creator;
  workbook.created = MADE;
  workbook.modified = MADE;
  const sheet = workbook.addWorksheet(spec.sheetName);
  sheet.addRow([...spec.headers]);
  for (const row of spec.rows) sheet.addRow([...row]);
  spec.headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(10, header.length * 2 + 2);
    const format = spec.formats?.[header];
    if (format !== undefined)
      column.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
        if (rowNumber > 1) cell.numFmt = format;
      });
  });
  sheet.getRow(1).font = { bold: true };
  const written = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const fixed = new JSZip();
  for (const name of Object.keys(written.files)) {
    const entry = written.files[name];
    if (!entry || entry.dir) continue;
    fixed.file(name, await entry.async("uint8array"), { date: MADE, createFolders: false });
  }
  return fixed.generateAsync({ type: "uint8array", compression: "DEFLATE", platform: "DOS" });
}
