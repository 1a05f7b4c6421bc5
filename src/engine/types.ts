/**
 * Shared vocabulary of the grading engine. Everything here is plain data: the engine never touches a host.
 */

/** The three languages the analyst reads: every label, remark and message comes in each. */
export const LANGS = ["zh-CN", "zh-TW", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the product speaks. */
export type Localized = Readonly<Record<Lang, string>>;

declare const rowBrand: unique symbol;
declare const columnBrand: unique symbol;
/** 0-based index of a data row (the header row is not counted). Branded so it is never mixed up with a column. */
export type RowIndex = number & { readonly [rowBrand]: true };
/** 0-based index of a column within the table. */
export type ColumnIndex = number & { readonly [columnBrand]: true };

export const rowIndex = (n: number): RowIndex => n as RowIndex;
export const columnIndex = (n: number): ColumnIndex => n as ColumnIndex;

/** A cell as hosts hand it over: Excel's `values`, a CSV field, an ExcelJS cell value flattened. */
export type CellValue = string | number | boolean | null | undefined;

/** A table as read from the host: header row plus data rows, never mutated by the engine. */
export interface Table {
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** Why a cell could not be read. Stable codes: hosts and other tools match on them. */
export type CellIssueCode =
  | "unreadable-number"
  | "unreadable-percent"
  | "unreadable-days"
  | "unreadable-date"
  | "unreadable-frequency"
  | "unreadable-boolean"
  | "unrecognised-words"
  | "unknown-grade"
  | "excel-error"
  | "out-of-range"
  /** A cell a line cannot do without (its customer, its date) is blank: the line is left out. */
  | "missing-value";

/** One unreadable cell. `row` and `column` are 0-based within the table's data body; `header` is as typed. */
export interface CellIssue {
  readonly row: RowIndex;
  readonly column: ColumnIndex;
  readonly header: string;
  readonly code: CellIssueCode;
  readonly message: Localized;
}

/** Result of a computation that can fail on bad data (errors as values, never exceptions). */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

/** Ends a switch that must cover every member of a union: the compiler rejects a missing case. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
