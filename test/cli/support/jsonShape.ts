/** `grade --json`'s top-level keys, in their order: other tools read the document, so the tests hold it in one place. */
export const GRADE_JSON_KEYS = [
  "table",
  "columns",
  "mapping",
  "notAssessed",
  "asOf",
  "scales",
  "encoding",
  "rows",
  "summary",
] as const;
