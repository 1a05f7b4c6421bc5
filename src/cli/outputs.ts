/** The cells the command writes for each graded row, and where: the same values the add-in writes. */
import { FIELDS, type CellValue, type GradeReport, type Table } from "../engine";
import { OUTPUT_FIELDS, type OutputField, type OutputPlan, outputsOf, sameCellValue } from "../plan";

export type OutputCellValue = string | number | null;
export interface OutputRow {
  readonly grade: string | null;
  readonly score: number | null;
  readonly remark: string | null;
}

/** A row's grade, score and remark as the add-in writes them (`outputsOf`); an empty cell is `null` here. */
export function outputRow(report: GradeReport, row: number): OutputRow {
  const { grade, score, remark } = outputsOf(report, row);
  return {
    grade: grade === "" ? null : grade,
    score: typeof score === "number" ? score : null,
    remark: remark === "" ? null : remark,
  };
}

/** Headers of the output columns as they will stand: found in the table, or added. */
export function outputHeaders(report: GradeReport, plan: OutputPlan, width: number): Record<OutputField, string> {
  const header = (field: OutputField): string =>
    report.mapping.columns[field]?.header ?? plan.toAdd[plan.columns[field] - width] ?? FIELDS[field].label.en;
  return { grade: header("grade"), score: header("score"), remark: header("remark") };
}

/**
 * Whether a workbook cell already holds what would be written, as the add-in decides it (`sameCellValue`):
 * the text "97.3" is not the score 97.3, nor the number 1 the grade "1".
 */
export function sameInWorkbook(before: CellValue, next: OutputCellValue): boolean {
  return sameCellValue(before, next ?? "");
}

/** Whether a CSV field already shows what would be written (a CSV holds "55.8" where the score is 55.8). */
export function sameAsWritten(before: CellValue, next: OutputCellValue): boolean {
  if (before === null || before === undefined || before === "") return next === null;
  return next !== null && String(before) === String(next);
}

/** Non-empty output cells that grading would replace with something else. */
export function countReplaced(table: Table, plan: OutputPlan, outputs: readonly OutputRow[]): number {
  let replaced = 0;
  outputs.forEach((out, i) => {
    const row = table.rows[i];
    for (const field of OUTPUT_FIELDS) {
      const before = row?.[plan.columns[field]];
      if (before !== null && before !== undefined && before !== "" && !sameAsWritten(before, out[field])) replaced++;
    }
  });
  return replaced;
}

/** The table with its outputs written in, as rows of cells (header first), for CSV output. */
export function tableWithOutputs(table: Table, plan: OutputPlan, outputs: readonly OutputRow[]): OutputCellValue[][] {
  return [...rowsWithOutputs(table, plan, outputs)];
}

/** `tableWithOutputs` a row at a time, for a writer that never needs the copy whole (a million rows). */
export function* rowsWithOutputs(
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
): Generator<OutputCellValue[]> {
  const width = table.headers.length + plan.toAdd.length;
  const cells = (row: readonly CellValue[]): OutputCellValue[] => {
    const out = new Array<OutputCellValue>(width).fill(null);
    row.forEach((v, c) => {
      out[c] = v === undefined || v === null ? null : typeof v === "boolean" ? String(v).toUpperCase() : v;
    });
    return out;
  };
  const header = cells(table.headers);
  plan.toAdd.forEach((h, k) => (header[table.headers.length + k] = h));
  yield header;
  for (let i = 0; i < table.rows.length; i++) {
    const out = cells(table.rows[i] ?? []);
    const values = outputs[i];
    if (values) for (const field of OUTPUT_FIELDS) out[plan.columns[field]] = values[field];
    yield out;
  }
}
