/**
 * Queues the writes of graded rows: only rows whose grade, score or remark would change (`outputsUnchanged`,
 * `src/plan/rowOutputs.ts`), as runs of consecutive rows, each one 2-D array. Text the add-in writes is kept
 * as text.
 */
import type { CellValue } from "../engine";
import {
  type OutputColumns,
  type RowOutputs,
  OUTPUT_FIELDS,
  asCellText,
  outputsAdjacent,
  outputsUnchanged,
  overwrittenOutputs,
} from "../plan";
import type { TableMeta } from "./tableMeta";

/**
 * Unchanged rows between two changed ones are written again (with the same values) when the gap is this
 * short: each range costs a few hundred bytes of request overhead, so scattered changes must not become
 * thousands of ranges.
 */
const MERGE_GAP = 16;

/** Request overhead of one written range, for sizing (the values' JSON is counted separately). */
export const BYTES_PER_RANGE = 250;

export interface QueuedWrite {
  readonly cellsWritten: number;
  /** Ranges queued: each one costs request overhead besides its values. */
  readonly ranges: number;
  /** The analyst's content written over with something else (counted only while the columns are not the add-in's). */
  readonly replacedCells: number;
  /** The analyst's content that already held what the add-in writes (counted as `replacedCells` is). */
  readonly alikeCells: number;
  /** The data row after the last one this write covers (0-based): the rows before it hold the add-in's output. */
  readonly throughRow: number;
}

/**
 * @param existing the rows as read (full table width), to skip rows that would not change
 * @param firstRow the 0-based data row of `existing[0]` and `next[0]`
 * @param analystFrom the first data row whose output cells may still hold the analyst's own content, to count
 *   what is replaced of it: 0 before the add-in first writes a table's output columns, Infinity once they are
 *   its own (a re-grade replaces nothing of the analyst's).
 */
export function queueOutputWrites(
  worksheet: Excel.Worksheet,
  meta: TableMeta,
  columns: OutputColumns,
  firstRow: number,
  existing: readonly (readonly CellValue[])[],
  next: readonly RowOutputs[],
  analystFrom: number,
): QueuedWrite {
  let cellsWritten = 0;
  let replacedCells = 0;
  let alikeCells = 0;
  let ranges = 0;
  let runStart = -1;
  let lastChanged = -1;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    const run = next.slice(runStart, end);
    const sheetRow = meta.firstDataRow + firstRow + runStart;
    if (outputsAdjacent(columns)) {
      const range = worksheet.getRangeByIndexes(sheetRow, meta.firstColumn + columns.grade, run.length, 3);
      range.values = run.map((r) => [asCellText(r.grade), r.score, asCellText(r.remark)]);
      ranges++;
    } else {
      for (const field of OUTPUT_FIELDS) {
        const range = worksheet.getRangeByIndexes(sheetRow, meta.firstColumn + columns[field], run.length, 1);
        range.values = run.map((r) => [field === "score" ? r.score : asCellText(r[field])]);
        ranges++;
      }
    }
    cellsWritten += run.length * 3;
    runStart = -1;
  };
  next.forEach((outputs, i) => {
    const before = existing[i];
    if (firstRow + i >= analystFrom) {
      const overwritten = overwrittenOutputs(before, columns, outputs);
      replacedCells += overwritten.replaced;
      alikeCells += overwritten.alike;
    }
    if (outputsUnchanged(before, columns, outputs)) {
      if (runStart >= 0 && i - lastChanged > MERGE_GAP) flush(lastChanged + 1);
      return;
    }
    if (runStart < 0) runStart = i;
    lastChanged = i;
  });
  if (runStart >= 0) flush(lastChanged + 1);
  return { cellsWritten, ranges, replacedCells, alikeCells, throughRow: firstRow + next.length };
}
