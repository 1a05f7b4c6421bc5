/** A whole table read: its position and header in one sync (with whatever the caller queued), then its rows in chunks. */
import type { CellValue, Table } from "../../engine";
import { readChunked } from "../portfolio/readChunked";
import { type TableMeta, metaAfterSync, queueMeta } from "../tableMeta";

export interface ReadTable {
  readonly meta: TableMeta;
  readonly table: Table;
}

/** Queues the table's position and header (by name or id); `read` syncs once for them, then once per chunk of rows. */
export function queueTableRead(
  context: Excel.RequestContext,
  key: string,
): { read: () => Promise<ReadTable>; meta: () => TableMeta } {
  const queued = queueMeta(context, key);
  const meta = (): TableMeta => metaAfterSync(queued);
  return {
    meta,
    read: async () => {
      await context.sync();
      const known = meta();
      const sheet = context.workbook.worksheets.getItem(known.sheetName);
      const rows = await readChunked(context, sheet, {
        firstRow: known.firstDataRow,
        firstColumn: known.firstColumn,
        rowCount: known.rowCount,
        width: known.columnCount,
      });
      return { meta: known, table: { headers: known.headers, rows: withoutTrailingBlankRows(rows) } };
    },
  };
}

const isBlank = (cell: CellValue): boolean => cell === null || cell === undefined || cell === "";

/** Excel's empty insert row (and blank rows below the data) are not lines; rows above them keep their indexes. */
export function withoutTrailingBlankRows(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every(isBlank)) end -= 1;
  return end === rows.length ? rows : rows.slice(0, end);
}
