/** Values the add-in writes into cells, kept as what they are. */

/** Characters that make Excel read a typed string as a formula. */
const FORMULA_START = /^[=+\-@]/;

/**
 * A string as a cell value Excel keeps as text: the apostrophe is Excel's text prefix, so
 * "=HYPERLINK(…)" or "+86 139…" is stored as that text and never evaluated.
 * @example asCellText("=1+1") // "'=1+1"
 */
export function asCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Whether a cell already holds what the add-in would write (Excel returns text without its prefix). */
export function sameCellValue(existing: unknown, next: string | number): boolean {
  if (typeof next === "number") return typeof existing === "number" && existing === next;
  return (existing ?? "") === next;
}
