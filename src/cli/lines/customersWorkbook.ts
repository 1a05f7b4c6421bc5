/**
 * The customer table built from lines, as a new .xlsx (one sheet, the header row bold and frozen, amounts,
 * margins and dates in their formats) or as CSV (UTF-8 with a BOM, dates as YYYY-MM-DD, margins as
 * percentages), so Excel and the grader read it back as the same values.
 */
import { type CellValue, FIELDS, type FieldId, type Table, isoDateOfSerial, partsFromSerial } from "../../engine";
import { once } from "node:events";
import { type WriteStream, createWriteStream } from "node:fs";
import { formatCsv } from "../csv";
import { escapeFormulas } from "../formulaCells";
import { createExclusive } from "../tempFiles";
import { loadExcelJs } from "../loadExcelJs";

type Kind = "money" | "percent" | "date" | "other";

/** How each column of the built table is written, from the field its header is the label of. */
function columnKinds(table: Table): Kind[] {
  const byLabel = new Map<string, FieldId>();
  for (const [id, spec] of Object.entries(FIELDS) as [FieldId, (typeof FIELDS)[FieldId]][])
    for (const label of Object.values(spec.label)) byLabel.set(label, id);
  return table.headers.map((header) => {
    const field = typeof header === "string" ? byLabel.get(header) : undefined;
    const type = field === undefined ? undefined : FIELDS[field].type;
    if (type === "money") return "money";
    if (type === "percent") return "percent";
    if (type === "date") return "date";
    return "other";
  });
}

const NUMBER_FORMATS: Readonly<Record<Kind, string | undefined>> = {
  money: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  other: undefined,
};

/** A serial as the date ExcelJS writes (it converts a JavaScript Date back to the same serial). */
function dateOf(serial: number): Date {
  const { year, month, day } = partsFromSerial(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

export async function writeCustomersWorkbook(path: string, sheetName: string, table: Table): Promise<void> {
  // Created exclusively, never through a link planted at the temporary name (ExcelJS's own `filename` would follow it).
  const file = createWriteStream(path, { fd: createExclusive(path) });
  try {
    await writeSheet(file, sheetName, table);
  } catch (error) {
    file.destroy();
    throw error;
  }
  if (!file.closed) await once(file, "close"); // renamed only once closed
}

async function writeSheet(file: WriteStream, sheetName: string, table: Table): Promise<void> {
  const kinds = columnKinds(table);
  const { stream } = await loadExcelJs();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, c) => {
    const numFmt = NUMBER_FORMATS[kinds[c] ?? "other"];
    const width = Math.max(10, Math.min(40, String(header ?? "").length * 2 + 2));
    return numFmt === undefined ? { width } : { width, style: { numFmt } };
  });
  const headerRow = sheet.addRow(table.headers.map((h) => (h === undefined ? null : h)));
  headerRow.font = { bold: true };
  headerRow.commit();
  for (const row of table.rows) {
    sheet.addRow(row.map((v, c) => (kinds[c] === "date" && typeof v === "number" ? dateOf(v) : cell(v)))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const cell = (v: CellValue): string | number | boolean | null => (v === undefined ? null : v);

/** CSV text of the built table: what Excel's "CSV UTF-8" would hold after typing the same values. */
/**
 * @param escape `--escape-formulas`: a `'` before every cell a spreadsheet would run as a formula (a customer
 *   name such as `=HYPERLINK(…)` from another system); `escaped` counts them.
 */
export function customersCsv(table: Table, escape = false): { readonly text: string; readonly escaped: number | null } {
  const kinds = columnKinds(table);
  const text = (v: CellValue, c: number): string | number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number" && kinds[c] === "date") return isoDateOfSerial(v);
    if (typeof v === "number" && kinds[c] === "percent") return `${Math.round(v * 10000) / 100}%`;
    return typeof v === "boolean" ? String(v).toUpperCase() : v;
  };
  const rows = [table.headers, ...table.rows].map((row, r) => row.map((v, c) => (r === 0 ? cell(v) : text(v, c))));
  const escaped = escape ? escapeFormulas(rows as (string | number | null)[][]) : null;
  return {
    text: "\uFEFF" + formatCsv((escaped?.rows ?? rows) as (string | number | null)[][], ","),
    escaped: escaped?.escaped ?? null,
  };
}
