/**
 * Reading some rows of the bound table (for edits and the selected customer). The table's bounds are read in
 * the same sync, so rows that moved are placed right; its header is not re-read (a header edit raises its own
 * change event, and the caller re-grades everything then).
 */
import type { CellValue } from "../engine";
import type { TableMeta } from "./tableMeta";

export interface RowSpan {
  /** 0-based data row. */
  readonly start: number;
  readonly count: number;
}

export interface ReadRows {
  /** The caller's view of the table with fresh bounds (first data row, row and column counts). */
  readonly meta: TableMeta;
  /** The table's columns moved or changed in number: the rows read are not where the caller thinks. */
  readonly moved: boolean;
  /** One entry per span: the rows as read, full table width, clipped to the table's data rows. */
  readonly rows: readonly { readonly start: number; readonly values: readonly (readonly CellValue[])[] }[];
}

/**
 * Reads the given spans (data rows as the caller last knew them, `width` columns from the table's first) and
 * the table's bounds in one sync; rows that turn out to be outside the table are dropped.
 */
export async function readRows(
  context: Excel.RequestContext,
  known: TableMeta,
  spans: readonly RowSpan[],
  width: number,
): Promise<ReadRows> {
  const table = context.workbook.tables.getItem(known.name);
  const body = table.getDataBodyRange().load("rowIndex,rowCount");
  const header = table.getHeaderRowRange().load("columnCount,columnIndex");
  const worksheet = context.workbook.worksheets.getItem(known.sheetName);
  const ranges = spans.map((span) =>
    worksheet.getRangeByIndexes(known.firstDataRow + span.start, known.firstColumn, span.count, width).load("values"),
  );
  await context.sync();
  const meta: TableMeta = {
    ...known,
    firstDataRow: body.rowIndex,
    rowCount: body.rowCount,
    columnCount: header.columnCount,
  };
  const moved = header.columnIndex !== known.firstColumn || header.columnCount !== known.columnCount;
  const shift = known.firstDataRow - meta.firstDataRow; // rows moved since the caller's view
  const rows = spans.map((span, i) => {
    const values = (ranges[i]?.values ?? []) as CellValue[][];
    const start = span.start + shift;
    const from = Math.max(0, -start);
    const to = Math.min(values.length, meta.rowCount - start);
    return { start: start + from, values: values.slice(from, Math.max(from, to)) };
  });
  return { meta, moved, rows };
}
