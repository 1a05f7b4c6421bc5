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
};
