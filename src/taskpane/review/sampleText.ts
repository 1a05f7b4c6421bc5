/** A sample value as the review shows it: dates of a date column as dates, numbers grouped, long text cut. */
import { type CellValue, FIELDS, type FieldId, type Lang, partsFromSerial } from "../../engine";

/** Field types whose numbers read better grouped (1,640; 468.5): amounts and counts, not codes or phone numbers. */
const GROUPED = new Set(["money", "count", "days", "frequency", "percent"]);

/** Characters of a text sample shown: keeps three samples on a line or two of a 320 px pane. */
const MAX_CHARS = 18;

const pad = (n: number): string => String(n).padStart(2, "0");

export function sampleText(value: CellValue, field: FieldId | null, locale: Lang): string {
  if (typeof value === "number") {
    // Excel hands a date cell over as its serial: 43100 in a date column is 2017-12-31.
    if (field !== null && FIELDS[field].type === "date" && value > 0) {
      const { year, month, day } = partsFromSerial(value);
      return `${year}-${pad(month)}-${pad(day)}`;
    }
    const grouped = field !== null && GROUPED.has(FIELDS[field].type);
    return value.toLocaleString(locale, { maximumFractionDigits: 4, useGrouping: grouped });
  }
  const text = String(value ?? "").trim();
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
