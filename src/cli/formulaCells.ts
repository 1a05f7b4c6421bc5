/**
 * `grade --escape-formulas`: a CSV's cells that a spreadsheet would run as a formula, made text, as OWASP's
 * "CSV Injection" advice says. Only for CSV output: an .xlsx copy writes every cell as a value, never a formula.
 */
import type { OutputCellValue } from "./outputs";

/** What makes Excel, LibreOffice and Google Sheets read a CSV field as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `-12.5`, `+3`, `-0.5e3`: data a spreadsheet reads as that number, not a formula, so left as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether the cell would be written with a `'` in front: text starting with a formula sign, not a plain number. */
export function looksLikeFormula(value: OutputCellValue): value is string {
  return typeof value === "string" && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

/**
 * The rows with `'` before every cell that `looksLikeFormula`, and how many there were. A number cell (an
 * .xlsx input's -12.5, a score) is never touched.
 */
export function escapeFormulas(rows: readonly (readonly OutputCellValue[])[]): {
  readonly rows: OutputCellValue[][];
  readonly escaped: number;
} {
  let escaped = 0;
  const escapedRows = rows.map((row) =>
    row.map((value) => {
      if (!looksLikeFormula(value)) return value;
      escaped++;
      return `'${value}`;
    }),
  );
  return { rows: escapedRows, escaped };
}
