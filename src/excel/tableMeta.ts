/** Where the bound table sits and what its header row says, read in one sync. */
import type { CellValue } from "../engine";
import { type AdapterError, adapterErrors } from "./errors";
import type { Binding } from "./settings";

export interface TableMeta {
  readonly name: string;
  readonly id: string;
  readonly sheetName: string;
  readonly sheetId: string;
  /** 0-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet row of the first data row. */
  readonly firstDataRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
  readonly columnCount: number;
  readonly rowCount: number;
  readonly headers: readonly CellValue[];
}

export interface QueuedMeta {
  readonly table: Excel.Table;
  readonly worksheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/**
 * Queues the reads; call `metaAfterSync` once the context has synced. A table that no longer exists makes
 * that sync fail with Excel's "ItemNotFound" (see `isItemNotFound`).
 */
export function queueMeta(context: Excel.RequestContext, tableName: string): QueuedMeta {
  const table = context.workbook.tables.getItem(tableName);
  table.load("name,id");
  const worksheet = table.worksheet.load("name,id");
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
  const body = table.getDataBodyRange().load("rowIndex,rowCount");
  return { table, worksheet, header, body };
}

export function metaAfterSync(queued: QueuedMeta): TableMeta {
  const headers = queued.header.values[0] ?? [];
  return {
    name: queued.table.name,
    id: queued.table.id,
    sheetName: queued.worksheet.name,
    sheetId: queued.worksheet.id,
    headerRow: queued.header.rowIndex,
    firstDataRow: queued.body.rowIndex,
    firstColumn: queued.header.columnIndex,
    columnCount: queued.header.columnCount,
    rowCount: queued.body.rowCount,
    headers: headers as CellValue[],
  };
}

/** Excel's error for a table (or any item) that is not there. */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Why a bound table is gone: renamed (a table with its id has another name) or deleted. Costs one sync,
 * only on the failure path.
 */
export async function missingTableError(context: Excel.RequestContext, binding: Binding): Promise<AdapterError> {
  const tables = context.workbook.tables.load("items/name,items/id");
  await context.sync();
  const renamed = tables.items.find((t) => t.id === binding.tableId);
  if (renamed) return adapterErrors.tableRenamed(binding.tableName, renamed.name);
  return binding.tableId
    ? adapterErrors.tableDeleted(binding.tableName)
    : adapterErrors.tableNotFound(binding.tableName);
}
