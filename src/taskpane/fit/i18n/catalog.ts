/**
 * The texts of "learn from my grades", which is loaded only when the analyst opens it (its own catalog, so the
 * pane's first load does not carry them). One file per language, typed as `FitStrings`: a key missing from one
 * language is a compile error.
 */
export interface FitStrings {
  readonly columnLabel: string;
  readonly columnPlaceholder: string;
  readonly columnHint: string;
  /** Under the column when it is the one the add-in writes its own grades to. */
  readonly ownGradeColumn: string;
  readonly learn: string;
  readonly reading: (done: number, total: number) => string;
  readonly learning: (percent: number) => string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly failed: string;
  readonly verdictGood: string;
  readonly verdictFair: string;
  readonly verdictPoor: string;
  readonly verdictPoorBody: string;
  readonly thin: (rows: number) => string;
  readonly unseen: (agreed: number, rows: number, percent: number, folds: number) => string;
  readonly seen: (agreed: number, rows: number, percent: number) => string;
  readonly before: (agreed: number, rows: number, percent: number) => string;
  readonly baseline: (percent: number) => string;
  readonly unreadable: (cells: number) => string;
  readonly cellAt: (row: number, header: string) => string;
  readonly confusionHeading: string;
  /** The matrix's corner: the analyst's grades down the side, the learned ones across. */
  readonly confusionCorner: string;
  readonly confusionNone: string;
  readonly differencesHeading: (count: number) => string;
  readonly differencesNone: string;
  readonly difference: (analyst: string, fitted: string | null, score: number | null) => string;
  readonly more: (count: number) => string;
  readonly changesHeading: string;
  readonly changesNone: string;
  readonly share: (before: number, after: number) => string;
  readonly ruleOn: string;
  readonly ruleOff: string;
  readonly previewHeading: string;
  readonly previewChanges: (changed: number, total: number) => string;
  readonly previewNone: string;
  readonly previewFailed: string;
  readonly draftNote: string;
  readonly publish: string;
  readonly discard: string;
  readonly published: string;
  readonly discarded: string;
  readonly publishRefused: string;
}
