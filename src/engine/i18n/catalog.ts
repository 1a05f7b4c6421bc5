/**
 * The engine's catalog: every text it hands a host for the analyst (why a cell or a header could not be read,
 * why a table cannot be graded, the pieces of a remark), by code. Each language is one file (zh-CN.ts,
 * zh-TW.ts, en.ts) typed as `EngineMessages`, so a text missing from one language is a compile error. Texts
 * that take values are functions, so word order can differ between languages. A field's own label lives with
 * the field (`fields.ts`, `derived.ts`), and the rule set's schema messages with the schema (`rules/`).
 */
import type { LineField, RfmSegment } from "../lines/types";
import type { CellIssueCode } from "../types";

export interface EngineMessages {
  /** An unreadable cell: `header` is its column's header, `raw` its text (shortened if long). */
  readonly cellIssues: { readonly [Code in CellIssueCode]: (header: string, raw: string) => string };
  /** A header the mapping could not use (codes of `HeaderIssueCode`); field names are labels in the language. */
  readonly headerIssues: {
    readonly "duplicate-field": (header: string, field: string, first: string) => string;
    readonly "ambiguous-header": (header: string, fields: readonly string[]) => string;
    readonly "unknown-field": (header: string, field: string) => string;
  };
  /** Why a table cannot be graded at all (codes of `TableProblemCode`). */
  readonly tableProblems: {
    readonly "no-header": string;
    /** `examples`: labels of fields the rule set reads. */
    readonly "no-recognised-columns": (examples: readonly string[]) => string;
  };
  /** What the table cannot assess, said once for the table and in each row's reasons. */
  readonly notAssessed: {
    /** `dimensions`: labels of the dimensions the table has no column for. */
    readonly table: (dimensions: readonly string[]) => string;
    /** How to assess one of them: `fields` are labels of columns that would feed it. */
    readonly howToAdd: (dimension: string, fields: readonly string[]) => string;
    /** `rules`: remarks of `require` rules the table has no column for at all. */
    readonly rules: (rules: readonly string[]) => string;
    /** In a row's reasons. */
    readonly row: (dimensions: readonly string[]) => string;
  };
  /** Where a value came from when it is not simply its own column. */
  readonly sources: {
    readonly annualised: (header: string, period: string) => string;
    readonly fromMonths: (count: number) => string;
    readonly ratio: (numerator: string, denominator: string) => string;
    readonly phrase: (header: string) => string;
    readonly count: (header: string) => string;
    readonly ageingDays: (headers: readonly string[]) => string;
    readonly ageingSum: (headers: readonly string[]) => string;
    readonly ageingOverdue: (headers: readonly string[]) => string;
  };
  /** How a money criterion scores, so the analyst knows which scale is in force. */
  readonly moneyScale: {
    readonly relative: (criterion: string, top: number, points: number) => string;
    readonly absolute: (criterion: string, atLeast: string, points: number) => string;
  };
  /** Grading as of a closed year's end, because the table's figures are of that year. */
  readonly asOfFromPeriod: (header: string, date: string) => string;
  /** Pieces of the remark written into the table. */
  readonly remarks: {
    /** Between two parts of a remark. */
    readonly separator: string;
    /** Before what is missing, on a row not graded for want of data. */
    readonly incompletePrefix: string;
    readonly nothingToScore: string;
    /** Added to the remark of a row with cells the engine could not read. */
    readonly unreadableCells: string;
  };
  /** The eight RFM customer types (重要价值客户 …), as a customer table's cell and the pane's views name them. */
  readonly rfmSegments: { readonly [Segment in RfmSegment]: string };
  /** Building a customer table from order or shipment lines. */
  readonly lines: {
    /** What each line field is called when a message names it (a column the lines table lacks). */
    readonly fields: { readonly [Field in LineField]: string };
    /** The lines table has no column for these fields (already named by `fields`); `headers`: what it has. */
    readonly missingColumns: (fields: readonly string[], headers: readonly string[]) => string;
    /** No line is dated before the as-of date; `afterAsOf` lines are dated on or after it. */
    readonly noLines: (afterAsOf: number) => string;
  };
}
