/**
 * What a graded row's output cells hold, and whether a row already holds it: the values both hosts write
 * (the add-in through Excel, the command line into the file).
 */
import type { CellValue, GradeReport } from "../engine";
import { sameCellValue } from "./cellText";
import { type OutputColumns, OUTPUT_FIELDS } from "./outputColumns";

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

/** Whether a row as read (full table width) already holds `next` in every output column: nothing to write. */
export function outputsUnchanged(
  existing: readonly CellValue[] | undefined,
  columns: OutputColumns,
  next: RowOutputs,
): boolean {
  return OUTPUT_FIELDS.every((field) => sameCellValue(existing?.[columns[field]], next[field]));
}

/** A row's output cells that held content before: those now written over with something else, and those already alike. */
export function overwrittenOutputs(
  existing: readonly CellValue[] | undefined,
  columns: OutputColumns,
  next: RowOutputs,
): { readonly replaced: number; readonly alike: number } {
  let replaced = 0;
  let alike = 0;
  for (const field of OUTPUT_FIELDS) {
    const old = existing?.[columns[field]];
    if (old === undefined || old === null || old === "") continue;
    if (sameCellValue(old, next[field])) alike++;
    else replaced++;
  }
  return { replaced, alike };
}
