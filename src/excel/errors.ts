/**
 * What can go wrong with the analyst's workbook, as values with a message in each language. An error's code
 * is its key in the adapter's catalog (`i18n/catalog.ts`); the engine's table problems keep their own codes.
 */
import type { Localized, TableProblem } from "../engine";
import type { AdapterErrorTexts } from "./i18n/catalog";
import { adapterText } from "./i18n";

export type AdapterErrorCode = keyof AdapterErrorTexts | TableProblem["code"];

export interface AdapterError {
  readonly code: AdapterErrorCode;
  readonly message: Localized;
}

/** The error of `code`, its message built from the catalog's entry for that code in every language. */
function adapterError<Code extends keyof AdapterErrorTexts>(
  code: Code,
  text: (entry: AdapterErrorTexts[Code]) => string,
): AdapterError {
  return { code, message: adapterText((m) => text(m.errors[code])) };
}

export const adapterErrors = {
  hostTooOld: (set: string): AdapterError => adapterError("host-too-old", (t) => t(set)),
  noTables: (): AdapterError => adapterError("no-tables", (t) => t),
  tableNotFound: (name: string): AdapterError => adapterError("table-not-found", (t) => t(name)),
  tableRenamed: (oldName: string, newName: string): AdapterError =>
    adapterError("table-renamed", (t) => t(oldName, newName)),
  tableDeleted: (name: string): AdapterError => adapterError("table-deleted", (t) => t(name)),
  tableChanged: (): AdapterError => adapterError("table-changed", (t) => t),
  notBound: (): AdapterError => adapterError("not-bound", (t) => t),
  columnNotFound: (header: string): AdapterError => adapterError("column-not-found", (t) => t(header)),
  /** Every candidate name is taken by the analyst's own sheets or tables. */
  nameInUse: (wanted: string): AdapterError => adapterError("name-in-use", (t) => t(wanted)),
  /** Excel refused the summary or history write; the table itself was graded and written. */
  portfolioFailed: (detail: string): AdapterError => adapterError("portfolio-failed", (t) => t(detail)),
  /** The builder's reason (missing columns, no lines), in each language. */
  linesUnusable: (reason: Localized): AdapterError => ({
    code: "lines-unusable",
    message: adapterText((m, lang) => m.errors["lines-unusable"](reason[lang])),
  }),
  measureColumnsMissing: (headers: readonly string[]): AdapterError =>
    adapterError("measure-columns-missing", (t) => t(headers)),
  measureColumnTaken: (header: string): AdapterError => adapterError("measure-column-taken", (t) => t(header)),
};
