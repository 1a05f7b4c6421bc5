/**
 * Text cells of a lines table as keys: customer names, order numbers, lanes and cargo. One export spells the
 * same customer with a trailing space, a full-width space or full-width brackets ("华东精密（上海）" and
 * "华东精密(上海)"); those are one customer. Letters keep their case and different spellings stay different
 * customers: the product does not guess that "华东精密" and "华东精密有限公司" are one firm.
 */
import { isExcelError } from "../values/text";
import type { CellValue } from "../types";

/**
 * A cell as a key: NFKC (full width to half width, the ideographic space to a space), runs of white space as one
 * space, trimmed; numbers as Excel shows them in General format ("100023"). "" for a blank cell.
 * @example lineKey("  华东精密（上海）\u3000") // "华东精密(上海)"
 */
export function lineKey(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.normalize("NFKC").replace(/\s+/g, " ").trim();
  return String(cell);
}

/** A cell holding one of Excel's error values (#N/A after a failed lookup): not a name. */
export const isErrorCell = (cell: CellValue): boolean => typeof cell === "string" && isExcelError(cell.trim());

/** Row labels of a totals row at the bottom or between groups of an export: not a customer. */
const TOTAL_LABELS: ReadonlySet<string> = new Set([
  "合计",
  "总计",
  "小计",
  "总合计",
  "合计:",
  "合計",
  "總計",
  "小計",
  "total",
  "totals",
  "grand total",
  "subtotal",
  "sub total",
  "sum",
]);

export function isTotalLabel(cell: CellValue): boolean {
  return typeof cell === "string" && cell.length < 16 && TOTAL_LABELS.has(lineKey(cell).toLowerCase());
}

/** Whether every cell of a row is blank (an export's trailing empty rows). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === ""));
}
