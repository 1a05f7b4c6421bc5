/** The custom functions' error texts in English. */
import type { FunctionMessages } from "./catalog";

export const en: FunctionMessages = {
  wholeTable: "the rule set ranks customers within the table: pass the whole table (e.g. Table1), not one row",
  tooWide: (w, n) =>
    `no header row given and ${w} columns, more than the template's ${n}: pass the header row as the second argument`,
  oneHeaderRow: "headers should be one row (e.g. Table1[#Headers])",
  headerWidth: (h, w) => `the header row has ${h} columns and the values ${w}: they must be as wide`,
  noHeaders: 'no recognisable column name in the header row (e.g. "Customer", "Financial status")',
  notAGrade: (value, letters) => `"${value}" is not a grade (${letters})`,
  rfmOneColumn: (a) => `${a} should be one column (one customer a row)`,
  rfmLengths: (n) => `recency, frequency, monetary (and names) must have as many rows: they have ${n}`,
  rfmMissing: (a) => `this row has no ${a}: fill it in, or clear the whole row`,
  rfmNotANumber: (a, v) => `${a} "${v}" is not a number`,
  rfmNegative: (a, v) => `${a} ${v} is below 0 (${a === "recency" ? "days" : "orders"} cannot be negative)`,
};
