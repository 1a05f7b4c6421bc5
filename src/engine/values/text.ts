/**
 * Text normalisation shared by header matching, word lists and value parsing: people type full-width digits,
 * odd spaces and mixed case, and none of that should change what a cell means.
 */

/** Full width to half width (NFKC), lower case, no whitespace of any kind. */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, "");
}

/** Separators analysts use to pack several facts into one cell: Chinese and ASCII commas, 、 ; ； / and line breaks. */
const TOKEN_SEPARATORS = /[,，、;；/|\n\r]+/;

/**
 * A token as word lists compare it: NFKC, lower case, runs of spaces as one, and no spaces next to Chinese
 * characters ("良 好" is "良好"), but English words stay apart so "good" is not found inside "goods".
 */
export function normalizeToken(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .replace(/ ?([^\x20-\x7e]) ?/g, "$1")
    .trim();
}

/**
 * Splits a packed free-text cell into normalised tokens (see {@link normalizeToken}).
 * @example splitTokens("电子产品,每月两次，国内各地") // ["电子产品", "每月两次", "国内各地"]
 */
export function splitTokens(raw: string): string[] {
  return raw
    .normalize("NFKC")
    .split(TOKEN_SEPARATORS)
    .map(normalizeToken)
    .filter((token) => token.length > 0);
}

/** Excel's error values as they arrive in `Range.values` (or in a CSV exported from Excel), normalised. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#n/a",
  "#value!",
  "#div/0!",
  "#ref!",
  "#name?",
  "#num!",
  "#null!",
  "#spill!",
  "#calc!",
  "#getting_data",
  "#field!",
  "#busy!",
  "#blocked!",
  "#connect!",
  "#unknown!",
  "#python!",
]);

export function isExcelError(raw: string): boolean {
  return raw.length > 1 && raw.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(normalizeText(raw));
}

/** True when the text has a character outside ASCII (Chinese, full-width signs). */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
