/**
 * Queues the writes of graded rows: only rows whose grade, score or remark would change, as runs of
 * consecutive rows, each one 2-D array. Text the add-in writes is kept as text.
 */
import type { CellValue, GradeReport } from "../engine";
import { asCellText, sameCellValue } from "./cellText";
import { type OutputColumns, OUTPUT_FIELDS, outputsAdjacent } from "./outputColumns";
import type { TableMeta } from "./tableMeta";

export interface RowOutputs {
  readonly grade: string;
  readonly score: number | string;
  readonly remark: string;
}

/** A graded row as cells: no grade or score is an empty cell. */
export function outputsOf(report: GradeReport, row: number): RowOutputs {
  const score = report.outputs.scores[row] as number;
  return {
    grade: report.outputs.grades[row] ?? "",
    score: Number.isNaN(score) ? "" : score,
    remark: report.outputs.remarks[row] ?? "",
  };
}

function unchanged(existing: readonly CellValue[] | undefined, columns: OutputColumns, next: RowOutputs): boolean {
  return OUTPUT_FIELDS.every((field) => sameCellValue(existing?.[columns[field]], next[field]));
}

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
  /** Non-empty cells that held something else before (an earlier grade, or text the analyst typed). */
  readonly replacedCells: number;
}

/**
 * @param existing the rows as read (full table width), to skip rows that would not change
 * @param firstRow the 0-based data row of `existing[0]` and `next[0]`
 */
export function queueOutputWrites(
  worksheet: Excel.Worksheet,
  meta: TableMeta,
  columns: OutputColumns,
  firstRow: number,
  existing: readonly (readonly CellValue[])[],
  next: readonly RowOutputs[],
): QueuedWrite {
  let cellsWritten = 0;
  let replacedCells = 0;
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
    if (unchanged(before, columns, outputs)) {
      if (runStart >= 0 && i - lastChanged > MERGE_GAP) flush(lastChanged + 1);
      return;
    }
    for (const field of OUTPUT_FIELDS) {
      const old = before?.[columns[field]];
      if (old !== undefined && old !== null && old !== "" && !sameCellValue(old, outputs[field])) replacedCells++;
    }
    if (runStart < 0) runStart = i;
    lastChanged = i;
  });
  if (runStart >= 0) flush(lastChanged + 1);
  return { cellsWritten, ranges, replacedCells };
}
