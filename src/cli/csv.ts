/**
 * CSV as analysts' tools write it: UTF-8 with or without a BOM (Excel's "CSV UTF-8"), GBK/GB18030 (Excel's
 * "CSV" on a Simplified Chinese Windows), Big5 (the same on a Traditional Chinese Windows), UTF-16 with a
 * BOM (Excel's "Unicode Text"); comma, semicolon or tab. The bytes are decoded by `decodeCsv`
 * (src/cli/encoding), the delimiter is found here, and csv-parse splits the fields.
 */
import { CsvError, type Options, parse } from "csv-parse/sync";

export type Delimiter = "," | ";" | "\t";

/** The delimiter used most often (outside quotes) on the first line. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  return (Object.entries(counts) as [Delimiter, number][]).reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Where a CSV cannot be read as fields: 1-based, as Excel numbers the rows and columns it opens. */
export class CsvSyntaxError extends Error {
  constructor(
    /** The record (the header is row 1; a field with line breaks keeps one row). */
    readonly row: number,
    readonly column: number,
  ) {
    super(`a quote opened in row ${row}, column ${column} is never closed`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * csv-parse's options for the fields analysts' tools write: any of CRLF, LF and CR ends a row (one file may
 * mix them); a quote inside an unquoted field is text (`12" pipe`), and so is a quoted field followed by more
 * text (`"ab"c` stays as written); short rows stay short; nothing is trimmed or skipped.
 */
const fieldOptions = (delimiter: Delimiter): Options => ({
  delimiter,
  record_delimiter: ["\r\n", "\n", "\r"],
  relax_quotes: true,
  relax_column_count: true,
});

/**
 * RFC 4180 fields: quotes around fields, "" for a quote, line breaks inside quotes. A blank last line is
 * dropped; short rows stay short. `text` may be UTF-8 bytes (csv-parse reads bytes: given a string, it
 * makes them first).
 * @throws CsvSyntaxError where a quote that opens a field is never closed: the rest of the file would run
 *   into that one field
 * @example parseCsv('a,"b,c"\r\n1,2', ",") // [["a", "b,c"], ["1", "2"]]
 */
export function parseCsv(text: string | Uint8Array, delimiter: Delimiter): string[][] {
  try {
    return parse(
      typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength),
      fieldOptions(delimiter),
    );
  } catch (error) {
    throw syntaxError(error);
  }
}

/** A header row is far shorter: csv-parse copies all the text it is given before it starts. */
const HEADER_TEXT_LIMIT = 1 << 22;

/** The first row's fields (a header may hold quoted line breaks), or none when it cannot be read. */
export function parseCsvHeader(text: string, delimiter: Delimiter): string[] {
  try {
    return parse(text.slice(0, HEADER_TEXT_LIMIT), { ...fieldOptions(delimiter), to: 1 })[0] ?? [];
  } catch {
    return [];
  }
}

/** csv-parse's error as where it happened; any other error is a bug and stays what it is. */
function syntaxError(error: unknown): unknown {
  if (!(error instanceof CsvError) || error.code !== "CSV_QUOTE_NOT_CLOSED") return error;
  const { records, index } = error;
  return typeof records === "number" && typeof index === "number" ? new CsvSyntaxError(records + 1, index + 1) : error;
}

function quoteField(value: string, delimiter: Delimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** CSV text with CRLF line ends, as Excel writes it. */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[], delimiter: Delimiter): string {
  return (
    rows.map((row) => row.map((v) => quoteField(v === null ? "" : String(v), delimiter)).join(delimiter)).join("\r\n") +
    "\r\n"
  );
}

/** Plain decimal numbers become numbers in the .xlsx copy; "0139…", "1e5", "12.5万" stay text as typed. */
export function csvCellValue(field: string): string | number | null {
  if (field === "") return null;
  if (/^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/.test(field)) return Number(field);
  return field;
}
