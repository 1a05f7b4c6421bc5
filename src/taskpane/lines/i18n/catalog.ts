/**
 * The texts of the "customers from order lines" part of the pane, which is loaded only when the analyst opens
 * it (its own catalog, so the pane's first load does not carry them). One file per language, typed as
 * `LinesStrings`: a key missing from one language is a compile error.
 */
export interface LinesStrings {
  readonly loadingTables: string;
  readonly tableLabel: string;
  readonly tablePlaceholder: string;
  /** An option of the lines-table list: the table, its sheet, and what the add-in knows of it. */
  readonly tableOption: (table: string, sheet: string) => string;
  readonly looksLikeLines: string;
  readonly builtFromLines: string;
  readonly hasCustomerTable: (table: string) => string;
  /** Under the list when the chosen table does not look like order lines. */
  readonly notLikeLines: string;
  readonly asOfLabel: string;
  readonly asOfHint: string;
  readonly badDate: string;
  readonly build: string;
  readonly refresh: string;
  readonly buildHint: string;
  readonly refreshHint: (table: string) => string;
  readonly reading: (done: number, total: number) => string;
  readonly writing: (done: number, total: number) => string;
  readonly failed: string;
  // The summary
  readonly created: (table: string, sheet: string) => string;
  readonly refreshed: (table: string, sheet: string) => string;
  readonly window: (from: string, to: string, lines: number) => string;
  readonly added: (count: number) => string;
  readonly updated: (count: number) => string;
  readonly unchanged: (count: number) => string;
  readonly kept: (count: number) => string;
  readonly afterAsOf: (count: number) => string;
  readonly newMeasures: (headers: readonly string[]) => string;
  readonly staleMeasures: (headers: readonly string[]) => string;
  readonly keptColumns: string;
  readonly issuesHeading: (count: number) => string;
  readonly gradeThis: string;
  readonly gradeHint: string;
  readonly graded: (table: string) => string;
  // The RFM view
  readonly rfmHeading: string;
  readonly rfmCaption: string;
  readonly rfmSegment: string;
  readonly rfmCustomers: string;
  readonly rfmAmount: string;
  readonly rfmTotal: string;
  readonly rfmScoresHeading: string;
  readonly rfmScoresCaption: string;
  readonly rfmScore: string;
  readonly rfmRecency: string;
  readonly rfmFrequency: string;
  readonly rfmMonetary: string;
}
