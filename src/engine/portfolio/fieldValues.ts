/**
 * A graded table's field values, read the way grading read them (same parsers, same fallbacks: the annual
 * amount is the sum of months 1–12 when no annual column is kept), for the portfolio views.
 */
import type { FieldId } from "../fields";
import { readColumns } from "../grade/columns";
import type { GradeReport } from "../grade/results";
import type { FieldRef } from "../rules/schema";
import type { Table } from "../types";

export interface FieldValues {
  /** Numbers of a field; NaN where the row has none. */
  numbers(ref: FieldRef): Float64Array;
  /** Trimmed text of a text field; `null` where blank. */
  texts(field: FieldId): readonly (string | null)[];
}

export function fieldValues(table: Table, report: GradeReport, asOf: number): FieldValues {
  const letters = new Set(report.ruleSet.grades.map((g) => g.letter));
  const columns = readColumns(table, report.mapping, letters, asOf);
  return { numbers: (ref) => columns.numbers(ref), texts: (field) => columns.texts(field) };
}
