/** The rows and header row a custom function was given, as a table the engine can grade. */
import { FIELDS, type CellValue, type Lang, type Table, mapColumns, templateHeaders } from "../../engine";
import { FUNCTION_MESSAGES } from "../i18n";
import { type CellError, cellError } from "./cellError";

/** Excel passes an omitted optional argument as `undefined` (or `null`); a header row is one row of text. */
export function tableOf(
  values: readonly (readonly unknown[])[],
  headers: readonly (readonly unknown[])[] | null | undefined,
  lang: Lang,
): Table | CellError {
  const rows = values.map((row) => row.map(toCell));
  const width = Math.max(0, ...rows.map((r) => r.length));
  let headerRow: CellValue[];
  if (headers === undefined || headers === null || headers.length === 0) {
    // No headers: the columns follow the template's order (README: "Custom functions").
    headerRow = templateHeaders(lang).slice(0, width);
    if (headerRow.length < width) return cellError("na", FUNCTION_MESSAGES[lang].tooWide(width, headerRow.length));
  } else {
    if (headers.length !== 1) return cellError("na", FUNCTION_MESSAGES[lang].oneHeaderRow);
    headerRow = (headers[0] ?? []).map(toCell);
    if (headerRow.length !== width)
      return cellError("na", FUNCTION_MESSAGES[lang].headerWidth(headerRow.length, width));
  }
  const mapping = mapColumns(headerRow);
  if (Object.keys(mapping.columns).length === 0) return cellError("na", FUNCTION_MESSAGES[lang].noHeaders);
  // Desktop Excel passes a blank cell to a custom function as 0 (Excel on the web as null). A 0 is no name,
  // no date, no grade and no qualitative text, so in those columns it is read as blank, and a row of nothing
  // but 0 and blanks is a blank row. In amount and day columns a 0 stays a 0: it may be meant.
  const zeroIsBlank = new Set(
    Object.values(mapping.columns)
      .filter((c) => c !== undefined && ["text", "date", "grade", "frequency"].includes(FIELDS[c.field].type))
      .map((c) => c?.index),
  );
  const cleaned = rows.map((row) =>
    row.every((cell) => cell === 0 || cell === null || cell === "")
      ? row.map(() => null)
      : row.map((cell, i) => (cell === 0 && zeroIsBlank.has(i as never) ? null : cell)),
  );
  return { headers: headerRow, rows: cleaned };
}

/**
 * A cell as the engine reads it. Cells holding a data type (a formatted number, an entity) arrive as objects
 * with their plain value in `basicValue`.
 */
export function toCell(value: unknown): CellValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && value !== null && "basicValue" in value)
    return toCell((value as { basicValue: unknown }).basicValue);
  return null;
}
