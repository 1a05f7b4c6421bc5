/**
 * Texts as the engine reads them, in SQL: a cell's trimmed text, the tokens of a packed cell, a grade typed by
 * hand. Each mirrors one function of `engine/values/text.ts` or `engine/values/grade.ts`.
 */
import { EXCEL_ERRORS } from "../../engine/values/text";
import type { Dialect } from "./dialect";

/** JavaScript's white space (`\s`, what `trim()` removes), as a regular-expression class body… */
const WHITE_SPACE = "\\t\\n\\v\\f\\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** …and as the characters themselves, for a trim without a regular expression. */
const WHITE_SPACE_CHARS = [
  "\t\n\v\f\r \u00a0\u1680",
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  "\u2028\u2029\u202f\u205f\u3000\ufeff",
].join("");

/** The engine's separators of packed facts (`TOKEN_SEPARATORS`). */
export const TOKEN_SEPARATORS = "[,，、;；/|\\n\\r]+";

/** `String.prototype.trim`. */
function trimmed(dialect: Dialect, expr: string): string {
  // Not a regular expression: PostgreSQL keeps 32 compiled ones, and a query with more recompiles them per row.
  return dialect.trimChars(expr, WHITE_SPACE_CHARS);
}

/** `normalizeText`: NFKC, lower case, no white space at all. */
function normalizedText(dialect: Dialect, expr: string): string {
  return dialect.replaceAll(dialect.lower(dialect.nfkc(expr)), `[${WHITE_SPACE}]+`, "");
}

/** `normalizeToken`: NFKC, lower case, runs of white space as one space, none beside a non-ASCII sign, trimmed. */
export function normalizedToken(dialect: Dialect, expr: string): string {
  const spaced = dialect.replaceAll(dialect.lower(dialect.nfkc(expr)), `[${WHITE_SPACE}]+`, " ");
  const tight = dialect.replaceAll(spaced, " ?([^ -~]) ?", "\\1");
  return dialect.trimChars(tight, " ");
}

/** Whether a trimmed text is one of Excel's error values (read as no value, and reported by the engine). */
export function isExcelError(dialect: Dialect, trimmedText: string): string {
  const list = [...EXCEL_ERRORS].map((e) => dialect.text(e)).join(", ");
  // Normalised only when it starts with "#", as the engine does: most cells are not, and normalising costs.
  return `(CASE WHEN substr(${trimmedText}, 1, 1) = '#' THEN ${normalizedText(dialect, trimmedText)} IN (${list}) ELSE FALSE END)`;
}

/** A cell as text, trimmed, NULL when blank: worked out once per cell (the query's first step, `cg_cells`). */
export function trimmedCell(dialect: Dialect, column: string): string {
  return `NULLIF(${trimmed(dialect, dialect.toText(column))}, '')`;
}

/** A text cell as the engine reads it (from its `trimmedCell`): NULL when blank or an Excel error. */
export function cellText(dialect: Dialect, text: string): string {
  return `(CASE WHEN ${isExcelError(dialect, text)} THEN NULL ELSE ${text} END)`;
}

/** The grade typed by hand (its `trimmedCell`) as one of the rule set's letters (`parseGrade`), else NULL. */
export function gradeLetter(dialect: Dialect, text: string, letters: readonly string[]): string {
  const bare = dialect.replaceAll(
    dialect.replaceAll(normalizedText(dialect, text), "^(grade|等级|等級)", ""),
    "(级|級|类|類|等)$",
    "",
  );
  const letter = `upper(${bare})`;
  const list = letters.map((l) => dialect.text(l)).join(", ");
  return `(CASE WHEN ${letter} IN (${list}) THEN ${letter} END)`;
}

/** Whether a grade cell (its `trimmedCell`) holds something that is not a letter of the rule set. */
export function gradeUnreadable(dialect: Dialect, text: string, letters: readonly string[]): string {
  return `(${text} IS NOT NULL AND ${gradeLetter(dialect, text, letters)} IS NULL)`;
}
