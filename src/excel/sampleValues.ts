/**
 * A few values of each column, read from the table's first rows with its header (in the same sync), so the
 * pane can show what a column holds beside what it was read as. Only what is needed: never the whole table.
 */
import { type CellValue, type Result, ok } from "../engine";
import type { AdapterError } from "./errors";
import type { Binding } from "./settings";
import { type SyncedMeta, syncTableMeta } from "./syncTableMeta";

/** Data rows looked at: enough to find a few distinct values in most columns, small for any table width. */
const SAMPLE_ROWS = 20;
/** Values kept per column. */
const SAMPLES_PER_COLUMN = 3;

/** Per table column (0-based), up to three distinct non-blank values, in table order. */
export type ColumnSamples = readonly (readonly CellValue[])[];

/**
 * Queues reading the first data rows below the table's header. The range may run past the table's last row
 * (cells below it are dropped by `samplesOf`); a table whose header is at the very bottom of the sheet makes
 * the range invalid, so the caller retries without it.
 */
function queueSampleRows(context: Excel.RequestContext, tableName: string): Excel.Range {
  return context.workbook.tables
    .getItem(tableName)
    .getHeaderRowRange()
    .getOffsetRange(1, 0)
    .getResizedRange(SAMPLE_ROWS - 1, 0)
    .load("values");
}

const isBlank = (value: CellValue): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** Up to three distinct non-blank values of each of `columnCount` columns, from the table's first `rowCount` rows. */
function samplesOf(values: readonly (readonly CellValue[])[], rowCount: number, columnCount: number): ColumnSamples {
  const rows = values.slice(0, Math.max(0, rowCount));
  return Array.from({ length: columnCount }, (_, column) => {
    const found: CellValue[] = [];
    for (const row of rows) {
      const value = row[column] ?? null;
      if (isBlank(value) || found.includes(value)) continue;
      found.push(value);
      if (found.length === SAMPLES_PER_COLUMN) break;
    }
    return found;
  });
}

/**
 * The table's bounds and header (see `syncTableMeta`) and its sample values, in one sync, with what `alsoQueue`
 * queues (it is called again for a second try). When the sample range cannot be made (a header on the sheet's
 * last rows), the bounds are read again alone and there are no samples.
 */
export async function syncMetaWithSamples<T>(
  context: Excel.RequestContext,
  binding: Binding,
  alsoQueue: () => T,
): Promise<Result<SyncedMeta & { readonly samples: ColumnSamples; readonly also: T }, AdapterError>> {
  let also = alsoQueue();
  const rows = queueSampleRows(context, binding.tableName);
  let synced: Result<SyncedMeta, AdapterError>;
  try {
    synced = await syncTableMeta(context, binding);
  } catch {
    // A failed request applied nothing: queue again without the samples. Anything else failing fails again
    // here, and is thrown from this second try.
    also = alsoQueue();
    const alone = await syncTableMeta(context, binding);
    return alone.ok ? ok({ ...alone.value, samples: [], also }) : alone;
  }
  if (!synced.ok) return synced;
  const { meta } = synced.value;
  const samples = samplesOf(rows.values as CellValue[][], meta.rowCount, meta.columnCount);
  return ok({ ...synced.value, samples, also });
}
