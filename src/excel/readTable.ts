/**
 * The whole bound table as values, for work that needs every row at once in the pane (learning a rule set from
 * the analyst's grades, previewing what a rule set would change). One sync for the table's bounds and header,
 * then one per chunk of rows, sized like Grade all's and halved when Excel says a request is too large.
 */
import { type CellValue, type Result, type Table, ok } from "../engine";
import type { AdapterError } from "./errors";
import { isPayloadTooLarge, jsonBytes, nextChunkRows } from "./payload";
import type { Binding } from "./settings";
import { syncTableMeta } from "./syncTableMeta";

export interface TableValues extends Table {
  /** Row reads sent (one per chunk), for the tests' counts. */
  readonly reads: number;
}

export async function readTableValues(
  context: Excel.RequestContext,
  binding: Binding,
  onProgress?: (rowsRead: number, rowCount: number) => void,
): Promise<Result<TableValues, AdapterError>> {
  const synced = await syncTableMeta(context, binding);
  if (!synced.ok) return synced;
  const { meta } = synced.value;
  const worksheet = context.workbook.worksheets.getItem(meta.sheetName);
  const rows: CellValue[][] = [];
  let bytesPerRow: number | null = null;
  let reads = 0;
  let count = nextChunkRows(meta.columnCount, bytesPerRow, meta.rowCount);
  while (rows.length < meta.rowCount) {
    count = Math.min(count, meta.rowCount - rows.length);
    const range = worksheet
      .getRangeByIndexes(meta.firstDataRow + rows.length, meta.firstColumn, count, meta.columnCount)
      .load("values");
    try {
      await context.sync();
    } catch (error) {
      // Nothing of a too-large request was applied: the same rows again, half as many at a time.
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      count = Math.ceil(count / 2);
      continue;
    }
    reads++;
    const values = range.values as CellValue[][];
    for (const row of values) rows.push(row); // a loop: spreading 100k rows overflows the stack
    bytesPerRow = Math.max(1, jsonBytes(values) / Math.max(1, values.length));
    count = nextChunkRows(meta.columnCount, bytesPerRow, meta.rowCount - rows.length);
    onProgress?.(rows.length, meta.rowCount);
  }
  return ok({ headers: meta.headers, rows, reads });
}
