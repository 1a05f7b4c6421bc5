/**
 * A customer table built from lines, written for the first time: a new sheet (a free name in the analyst's
 * language) holding an Excel table (a free name) with the builder's header and rows, number formats by column,
 * header frozen. The first chunk goes with the sheet and the table in one sync, each further chunk is appended
 * as table rows (which take the columns' formats) in one more; the caller's last write (`finish`) rides on the
 * last sync. Ids are loaded on the way, so the caller can remember the table by id.
 */
import type { CellValue, Lang, Table } from "../../engine";
import { columnLetters } from "../../plan";
import { measureFormat } from "./measureFormats";
import { rowChunks } from "./rowChunks";

export interface WrittenTable {
  readonly sheetName: string;
  readonly sheetId: string;
  readonly tableName: string;
  readonly tableId: string;
}

export interface NewTableInput {
  readonly table: Table;
  readonly lang: Lang;
  readonly sheetName: string;
  readonly tableName: string;
  /** Queued into the last sync, once the new table's id is known (the workbook's link to it). */
  readonly finish: (written: WrittenTable) => void;
  readonly onProgress?: (written: number, total: number) => void;
}

const cell = (value: CellValue): string | number | boolean => (value === null || value === undefined ? "" : value);

export async function writeNewCustomerTable(
  context: Excel.RequestContext,
  input: NewTableInput,
): Promise<WrittenTable> {
  const { table, lang } = input;
  const headers = table.headers.map((h) => String(cell(h)));
  const width = headers.length;
  const rows = table.rows.map((row) => headers.map((_, c) => cell(row[c])));
  const [first = [headers.map(() => "")], ...rest] = rowChunks(rows, width);
  const formats = headers.map((h) => measureFormat(h, lang));

  const sheet = context.workbook.worksheets.add(input.sheetName);
  const address = `A1:${columnLetters(width - 1)}${first.length + 1}`;
  const block = sheet.getRange(address);
  block.values = [headers, ...first];
  sheet.getRange(`A2:${columnLetters(width - 1)}${first.length + 1}`).numberFormat = first.map(() => [...formats]);
  const excelTable = context.workbook.tables.add(block, true);
  excelTable.name = input.tableName;
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
  sheet.load("id");
  excelTable.load("id");
  if (rest.length === 0) {
    block.format.autofitColumns();
    await context.sync();
    const written = {
      sheetName: input.sheetName,
      sheetId: sheet.id,
      tableName: input.tableName,
      tableId: excelTable.id,
    };
    input.finish(written);
    await context.sync();
    input.onProgress?.(rows.length, rows.length);
    return written;
  }
  await context.sync();
  const written = { sheetName: input.sheetName, sheetId: sheet.id, tableName: input.tableName, tableId: excelTable.id };
  let done = first.length;
  input.onProgress?.(done, rows.length);
  for (const [i, chunk] of rest.entries()) {
    excelTable.rows.add(undefined, chunk);
    if (i === rest.length - 1) {
      excelTable.getRange().format.autofitColumns();
      input.finish(written);
    }
    await context.sync();
    done += chunk.length;
    input.onProgress?.(done, rows.length);
  }
  return written;
}
