/** What the engine says the demo's sample table grades to: the end-to-end tests compare the grid with it. */
import sample from "../../../samples/logistics-customers.json";
import { type CellValue, type Lang, defaultRuleSet, gradeTable, serialFromLocalDate } from "../../../src/engine";
import { columnLetters } from "../../../src/simulator";

export const SAMPLE_HEADERS: readonly string[] = sample.headers;
export const SAMPLE_ROWS: readonly (readonly CellValue[])[] = sample.rows;

/** "Sheet1!AD7": the address of a sample-table cell by header and 0-based data row (the table sits at A1). */
export function sampleAddress(header: string, dataRow: number): string {
  const column = SAMPLE_HEADERS.indexOf(header);
  if (column < 0) throw new Error(`the sample has no column "${header}"`);
  return `Sheet1!${columnLetters(column)}${dataRow + 2}`;
}

/** The grade of each row ("" for a row that is incomplete) under the default rule set, today. */
export function expectedGrades(rows: readonly (readonly CellValue[])[] = SAMPLE_ROWS): string[] {
  const report = gradeTable({ headers: SAMPLE_HEADERS, rows }, defaultRuleSet(), {
    asOf: serialFromLocalDate(new Date()),
  });
  if (!report.ok) throw new Error(`the sample does not grade: ${report.error.code}`);
  return Array.from(report.value.outputs.grades, (grade) => grade ?? "");
}

/** Each row's remark under the default rule set with its remarks in `language`, today. */
export function expectedRemarks(language: Lang, rows: readonly (readonly CellValue[])[] = SAMPLE_ROWS): string[] {
  const report = gradeTable({ headers: SAMPLE_HEADERS, rows }, defaultRuleSet(language), {
    asOf: serialFromLocalDate(new Date()),
  });
  if (!report.ok) throw new Error(`the sample does not grade: ${report.error.code}`);
  return [...report.value.outputs.remarks];
}

/** The sample with one cell changed. */
export function withCell(header: string, dataRow: number, value: CellValue): CellValue[][] {
  const column = SAMPLE_HEADERS.indexOf(header);
  return SAMPLE_ROWS.map((row, r) => (r === dataRow ? row.map((cell, c) => (c === column ? value : cell)) : [...row]));
}
