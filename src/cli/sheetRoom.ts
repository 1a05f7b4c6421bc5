/** Whether the columns grading appends still fit on the sheet (Excel's last column is XFD). */
import { type OutputPlan, SHEET_COLUMNS } from "../plan";
import { type CliProblem, PROBLEMS } from "./problems";
import type { Source } from "./source";

/** The problem when the columns to append would run past column XFD, else `null` (a CSV output has no such limit). */
export function noRoomForOutputs(source: Source, plan: OutputPlan): CliProblem | null {
  const width = source.table.headers.length;
  const lastColumn = source.kind === "xlsx" ? source.read.located.lastColumn : width;
  return lastColumn + plan.toAdd.length > SHEET_COLUMNS
    ? PROBLEMS.noRoomForOutputs(width, lastColumn, plan.toAdd)
    : null;
}
