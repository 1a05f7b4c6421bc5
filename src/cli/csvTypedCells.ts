/**
 * The typed text of a CSV's date, percent and money columns as the numbers Excel stores, for `grade --format`:
 * a date written as text (`2017-04-01`) ignores the column's `yyyy-mm-dd` format, the serial does not. Read
 * with the engine's own parsers, so a cell becomes what the grading read it as; a cell they do not read
 * cleanly stays the text the analyst typed.
 */
import {
  type CellValue,
  FIELDS,
  type ValueType,
  isFieldId,
  mapColumns,
  parseDate,
  parseNumber,
  parsePercent,
} from "../engine";

export type TypedKind = Extract<ValueType, "date" | "percent" | "money">;

const KINDS: readonly ValueType[] = ["date", "percent", "money"];
const isTypedKind = (type: ValueType): type is TypedKind => KINDS.includes(type);

/** Table column (0-based) → how its cells are typed, for the input fields the headers name. */
export function typedColumns(headers: readonly CellValue[]): Map<number, TypedKind> {
  const out = new Map<number, TypedKind>();
  for (const [field, mapped] of Object.entries(mapColumns(headers).columns)) {
    if (!mapped || !isFieldId(field) || FIELDS[field].role === "output") continue;
    const type = FIELDS[field].type;
    if (isTypedKind(type)) out.set(mapped.index, type);
  }
  return out;
}

/**
 * The number for `text` in a column of `kind`, or `null` to keep the text.
 * @example typedValue("date", "2017-04-01") // 42826
 * @example typedValue("date", "2017-04") // null: no day typed, the engine's "1st" would be made up
 * @example typedValue("percent", "24%") // 0.24
 */
export function typedValue(kind: TypedKind, text: string): number | null {
  // A date with a time or without a day would lose or gain something as a day serial.
  if (kind === "date" && (text.includes(":") || (text.match(/\d+/g) ?? []).length !== 3)) return null;
  const parsed = kind === "date" ? parseDate(text) : kind === "percent" ? parsePercent(text) : parseNumber(text);
  return typeof parsed === "number" ? parsed : null;
}
