/**
 * Where a cell of the bound table is on its sheet: its A1 address for the analyst (and the issues list), and
 * selecting it in Excel (clicking an issue).
 */
import type { BoundTable } from "./bound";
import { columnLetters } from "../plan";
import type { TableMeta } from "./tableMeta";

/** Quotes a sheet name as Excel writes it in an address, unless it is a plain word that cannot be a cell reference. */
function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The address of a data cell of the bound table, as `Range.address` gives it.
 * @param row 0-based data row of the table
 * @param column 0-based column of the table
 * @example cellAddress(bound, 3, 2) // "客户!D6" for a table whose header is at B2 of 客户
 */
export function cellAddress(bound: BoundTable, row: number, column: number): string {
  return tableCellAddress(bound.meta, row, column);
}

/** The address of a data cell of any table whose position is known (0-based data row and table column). */
export function tableCellAddress(
  meta: Pick<TableMeta, "sheetName" | "firstDataRow" | "firstColumn">,
  row: number,
  column: number,
): string {
  return `${quoteSheetName(meta.sheetName)}!${columnLetters(meta.firstColumn + column)}${meta.firstDataRow + row + 1}`;
}

/** Activates the table's sheet and selects one data cell there (one sync). */
export async function selectTableCell(
  context: Excel.RequestContext,
  meta: Pick<TableMeta, "sheetName" | "firstDataRow" | "firstColumn">,
  row: number,
  column: number,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(meta.sheetName);
  // Activate first: selecting a range on an inactive sheet is not promised to switch to it on every host.
  worksheet.activate();
  worksheet.getRangeByIndexes(meta.firstDataRow + row, meta.firstColumn + column, 1, 1).select();
  await context.sync();
}
