/** Values the add-in writes into cells, kept as what they are. */

/** Characters that make Excel read a typed string as a formula. */
const FORMULA_START = /^[=+\-@]/;
/** Text Excel would turn into a number, percentage or date when written as a value ("1", "3/4", "2026-1-1"). */
const LOOKS_NUMERIC = /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)\s*%?\s*$|^\s*\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?\s*$/;

/**
 * A string as a cell value Excel keeps as text: the apostrophe is Excel's text prefix, so "=HYPERLINK(…)",
 * "+86 139…", or a grade named "1" is stored as that text and never evaluated or converted.
 * @example asCellText("=1+1") // "'=1+1"
 */
export function asCellText(text: string): string {
  return FORMULA_START.test(text) || LOOKS_NUMERIC.test(text) ? `'${text}` : text;
}

/** Whether a cell already holds what the add-in would write (Excel returns text without its prefix). */
export function sameCellValue(existing: unknown, next: string | number): boolean {
  if (typeof next === "number") return typeof existing === "number" && existing === next;
  return (existing ?? "") === next;
}
