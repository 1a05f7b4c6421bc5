/**
 * The task pane's catalog: every text the analyst reads in it, by code. Each language is one file
 * (zh-CN.ts, zh-TW.ts, en.ts) typed as `UiStrings`, so a key missing from one language is a compile error.
 * Texts that take values are functions, so word order can differ between languages.
 */
import type { Lang } from "../../engine";

export interface UiStrings {
  /** The add-in's name, shown as the pane's heading and the page title. */
  readonly title: string;
  /** One sentence on what the add-in does. */
  readonly summary: string;
  /** Heading over the rule set's dimensions and weights. */
  readonly rulesHeading: string;
  /** Heading over the grade thresholds. */
  readonly gradesHeading: string;

  // Loading and failures
  readonly loading: string;
  readonly cannotGradeTitle: string;
  readonly unexpectedError: (detail: string) => string;
  readonly retry: string;
  readonly actionFailed: string;

  // Table
  readonly tableLabel: string;
  readonly tablePlaceholder: string;
  /** Grade all pressed with no table bound among several: the message bar's title and text. */
  readonly pickTableFirstTitle: string;
  readonly pickTableFirst: string;
  readonly tableOption: (table: string, sheet: string) => string;
  readonly mappingHeading: string;
  readonly mappingHint: string;
  /** After the heading: how many columns are read and how many left alone. */
  readonly mappingCount: (recognised: number, unused: number) => string;
  readonly mappingNotUsed: string;
  readonly mappingFieldFor: (header: string) => string;
  readonly mappingAddedByGrading: string;
  /** Over the columns the analyst should look at (unrecognised, ambiguous, duplicate, uncertain). */
  readonly reviewAttention: (count: number) => string;
  /** When no column needs a look. */
  readonly reviewAllClear: string;
  /** The collapsed list of the other columns. */
  readonly reviewOthers: (count: number) => string;
  /** A column without a header, in place of its name. */
  readonly reviewNoHeaderName: string;
  readonly reviewReadAs: (field: string) => string;
  // How a column was read
  readonly reviewViaAlias: string;
  readonly reviewViaQualified: string;
  readonly reviewViaContains: (alias: string) => string;
  readonly reviewViaOverride: string;
  readonly reviewWrittenByGrading: string;
  // How sure, as a badge; the hint says what each level means
  readonly certaintySure: string;
  readonly certaintyFairlySure: string;
  readonly certaintyCheck: string;
  readonly reviewCertaintyHint: string;
  // Why a column is not used: a short badge, and a line that says more
  readonly reviewReasonBadge: Readonly<
    Record<"unrecognised" | "ambiguous" | "duplicate" | "olderPeriod" | "byYou" | "unknownField" | "noHeader", string>
  >;
  readonly reviewUnrecognised: string;
  readonly reviewAmbiguous: (fields: readonly string[]) => string;
  readonly reviewDuplicate: (field: string, first: string) => string;
  readonly reviewOlderPeriod: (field: string, newer: string) => string;
  readonly reviewByYou: string;
  readonly reviewNoHeader: string;
  readonly reviewPeriod: (period: string) => string;
  readonly reviewUnit: (unit: string) => string;
  readonly reviewSamples: (values: readonly string[]) => string;
  readonly reviewNoSamples: string;
  /** The visible label of a column's field dropdown. */
  readonly reviewUseAs: string;
  readonly reviewInputFields: string;
  readonly reviewOutputFields: string;
  // "Use as → a new indicator of my rules" and its dialog
  readonly reviewOwnGroup: string;
  /** The dropdown's option that opens the dialog. */
  readonly reviewNewIndicator: string;
  readonly reviewReadAsOwn: (label: string) => string;
  /** Under a column read as one of the rule set's own indicators: where it is changed. */
  readonly reviewOwnHint: string;
  /** After the dialog saved: the column is read as the new indicator. */
  readonly indicatorSaved: (header: string, label: string) => string;
  readonly indicatorTitle: (header: string) => string;
  readonly indicatorReading: string;
  readonly indicatorReadFailed: string;
  readonly indicatorName: string;
  readonly indicatorNameHint: string;
  readonly indicatorNameMissing: string;
  readonly indicatorType: string;
  readonly indicatorTypes: Readonly<
    Record<"number" | "money" | "percent" | "days" | "date" | "words" | "yesno", string>
  >;
  /** The type guessed from the column, under the type dropdown. */
  readonly indicatorTypeGuessed: string;
  readonly indicatorHow: string;
  readonly indicatorHigher: string;
  readonly indicatorLower: string;
  readonly indicatorLater: string;
  readonly indicatorEarlier: string;
  readonly indicatorYesBetter: string;
  readonly indicatorNoBetter: string;
  readonly indicatorLow: string;
  readonly indicatorHigh: string;
  /** How a range scores, for the direction chosen ("higher" or "lower"). */
  readonly indicatorRangeHint: (higherIsBetter: boolean) => string;
  readonly indicatorRangePrefilled: string;
  readonly indicatorPercentHint: string;
  readonly indicatorDateHint: string;
  /** Money in a header's unit: the range is typed in it. */
  readonly indicatorUnitHint: (unit: string) => string;
  readonly indicatorRangeInvalid: string;
  /** Over the words to order; `floor` is the last one's points. */
  readonly indicatorWordsHint: (floor: number) => string;
  readonly indicatorWordsLabel: string;
  readonly indicatorWordPoints: (rows: number, points: number) => string;
  readonly indicatorMoveUp: (word: string) => string;
  readonly indicatorMoveDown: (word: string) => string;
  /** Said by a live region after a move: where the value is now. */
  readonly indicatorMoved: (word: string, place: number, count: number) => string;
  readonly indicatorMoreWords: (values: number, rows: number) => string;
  readonly indicatorNoWords: string;
  readonly indicatorDimension: string;
  readonly indicatorNewDimension: (label: string) => string;
  /** The name of the dimension the dialog adds, in this language (saved in all three). */
  readonly indicatorOwnDimension: string;
  readonly indicatorDimensionWeight: string;
  readonly indicatorWeight: string;
  readonly indicatorWeightInvalid: string;
  readonly indicatorSave: string;
  /** Over the problems when the rule set refuses the new indicator. */
  readonly indicatorRefused: string;
  // What the table cannot assess, the amount scale and the as-of date (in the review and after Grade all)
  readonly notAssessedTitle: string;
  readonly amountScale: (message: string) => string;
  readonly asOfLine: (message: string) => string;
  /** While Grade all runs, the table and its columns stay as they are. */
  readonly busyGrading: string;

  // Grading
  readonly gradeHeading: string;
  readonly gradeAll: string;
  readonly cancel: string;
  readonly progressLabel: string;
  readonly progressText: (done: number, total: number) => string;
  readonly autoGrade: string;
  readonly autoGradeHint: string;
  readonly summaryHeading: string;
  readonly summaryGraded: (graded: number, total: number) => string;
  readonly summaryCancelled: (done: number, total: number) => string;
  readonly summaryGradeCount: (grade: string, count: number) => string;
  readonly summaryIncomplete: (count: number) => string;
  readonly summarySkipped: (count: number) => string;
  readonly summaryIssues: (count: number) => string;
  readonly summaryAdded: (headers: readonly string[]) => string;
  /**
   * The analyst's own content Grade all wrote over (the cells the confirmation counted): `replaced` now hold
   * something else, `alike` already held what was written.
   */
  /** The grades in the table are out of date: what changed since they were written. */
  readonly gradesStaleTitle: string;
  readonly gradesStale: { readonly rules: string; readonly mapping: string; readonly data: string };
  /** The watch on the table's data (auto-grade off) could not start: staleness after edits goes unsaid. */
  readonly dataWatchFailed: string;
  readonly gradesStaleAction: string;
  readonly summaryReplaced: (replaced: number, alike: number) => string;
  /** With rank criteria every row is written at the end, which cannot be stopped part-way. */
  readonly writingCannotCancel: string;
  /** Grade all finished, but remembering that its columns may be written without asking failed. */
  readonly claimFailed: (detail: string) => string;

  // Confirming the first write over the analyst's own text
  readonly confirmTitle: string;
  readonly confirmBody: (count: number, headers: readonly string[]) => string;
  /** In the confirm dialog where Excel's Undo is not kept for the add-in's writes (below ExcelApi 1.20). */
  readonly undoWarning: string;
  /** In the confirm dialog instead, where Grade all is one undo step (ExcelApi 1.20). */
  readonly undoOneStep: string;
  /** Under a Grade all or template formatting that Excel could not keep as one undo step (UndoNotSupported). */
  readonly undoNotGrouped: string;
  readonly confirmReplace: string;
  /** The auto-grade switch asks the same question before its first write. */
  readonly confirmReplaceAuto: string;

  // Score card
  readonly scoreCardHeading: string;
  readonly scoreCardEmpty: string;
  readonly scoreCardNeedsGradeAll: string;
  readonly scoreCardSkipped: string;
  readonly scoreCardIncomplete: string;
  readonly scoreCardGrade: string;
  readonly scoreCardNoGrade: string;
  readonly scoreCardScore: string;
  readonly scoreCardDimensions: string;
  readonly scoreCardRules: string;
  readonly scoreCardCapped: (grade: string) => string;
  readonly scoreCardCapNotLowering: (grade: string) => string;
  readonly scoreCardOverride: (grade: string) => string;
  readonly scoreCardRemark: string;
  readonly scoreCardIssues: string;

  // Issues
  readonly issuesHeading: string;
  readonly issuesNone: string;
  readonly issuesBeforeGrading: string;
  readonly issuesPage: (from: number, to: number, total: number) => string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly issueText: (address: string, header: string, message: string) => string;
  readonly issueSelectHint: string;
  readonly selectCellFailed: string;

  // Rules editor
  readonly rulesEditorHeading: string;
  readonly rulesLanguage: string;
  // Rules of the bound table's own, or the workbook's (`table`: the bound table's name)
  /** The switch: on, the bound table has rules of its own; off, it shares the workbook's. */
  readonly tableRulesSwitch: string;
  /** Under the switch, on: which rules are in force and what the editor's changes reach. */
  readonly tableRulesOwn: (table: string) => string;
  /** Under the switch, off: the same, for the workbook's rules. */
  readonly tableRulesShared: (table: string) => string;
  /** The table's own rules are stored but cannot be read: the workbook's are in force meanwhile. */
  readonly tableRulesUnreadableTitle: string;
  readonly tableRulesUnreadable: (table: string) => string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly weightLabel: (dimension: string) => string;
  /** A dimension's share of the score, in whole percent (the shares add up to 100). */
  readonly weightShare: (percent: number) => string;
  /** Under the weights: their total, of which each share is taken. */
  readonly weightsTotal: (total: number) => string;
  readonly thresholdLabel: (grade: string) => string;
  readonly wordListsHeading: string;
  readonly wordsLabel: (criterion: string, group: number) => string;
  readonly wordsHint: string;
  readonly pointsLabel: (criterion: string, group: number) => string;
  readonly hardRulesHeading: string;
  readonly ruleInUse: (rule: string) => string;
  readonly capGradeLabel: string;
  /** The cap dropdown's accessible name: which rule's best grade it sets. */
  readonly capGradeFor: (rule: string) => string;
  readonly conditionValueLabel: (field: string, op: string) => string;
  /** The switch of the language whose remarks the grade and hard-rule parts edit. */
  readonly remarkLanguage: string;
  readonly remarkHint: string;
  readonly gradeRemarkLabel: (grade: string, language: string) => string;
  readonly ruleRemarkLabel: (language: string) => string;
  /** A remark's template with its rule's numbers filled in: what grading writes. */
  readonly remarkWrites: (text: string) => string;
  /** A rule that needs at least one of these fields filled in. */
  readonly requireText: (fields: readonly string[]) => string;
  readonly manualOverrideText: string;
  readonly saveRules: string;
  readonly exportRules: string;
  readonly exportSql: string;
  readonly importRules: string;
  readonly resetRules: string;
  readonly rulesUnsaved: string;
  // Previewing unsaved rules on the bound table
  readonly previewRules: string;
  readonly previewReading: string;
  readonly previewResult: (changed: number, total: number) => string;
  readonly previewNothing: (total: number) => string;
  readonly previewInvalid: string;
  readonly previewMore: (count: number) => string;
  readonly rulesSaved: string;
  /** Saved as the bound table's own rules (`table`: its name), not the workbook's. */
  readonly rulesSavedForTable: (table: string) => string;
  readonly rulesImported: (file: string) => string;
  readonly rulesReset: string;
  readonly rulesRefused: string;
  readonly rulesImportRefused: (file: string) => string;
  /** A rules file that is not JSON at all. */
  readonly rulesNotJson: string;
  // Asking before a reset or import replaces the workbook's rules
  // `ownOf`: the table whose own rules would be replaced; null, the workbook's
  readonly replaceRulesTitle: (ownOf: string | null) => string;
  readonly replaceRulesBody: (unsaved: boolean, customised: boolean, ownOf: string | null) => string;
  readonly replaceRulesConfirm: string;
  // The rule sets a save replaced, to go back to (`when`: the date and time it was replaced, already formatted)
  readonly ruleVersionsHeading: string;
  readonly ruleVersionsHint: string;
  readonly ruleVersionReplaced: (when: string) => string;
  readonly goBackToVersion: string;
  /** The button's accessible name: which rule set it brings back. */
  readonly goBackToVersionFor: (name: string, when: string) => string;
  readonly rulesWentBack: (when: string) => string;

  // Template formatting, the template table, the summary sheet and grade history, the year-end review
  readonly templateHeading: string;
  readonly templateApply: string;
  readonly templateApplyHint: string;
  readonly templateInsert: string;
  readonly templateInsertHint: string;
  /** While one of the section's actions writes to the workbook. */
  readonly templateWorking: string;
  readonly templateFormatted: (table: string) => string;
  readonly templateReformatted: (table: string) => string;
  /** A second Apply: the add-in's rules were already as planned. */
  readonly templateUnchanged: (table: string) => string;
  readonly templateLists: (headers: readonly string[]) => string;
  readonly templateKeptLists: (headers: readonly string[]) => string;
  readonly templateNumberFormats: (columns: number) => string;
  readonly templateInserted: (table: string, sheet: string, rows: number) => string;
  readonly templateNeedsTable: string;
  readonly portfolioSwitch: string;
  readonly portfolioHint: string;
  readonly yearEndSince: string;
  readonly yearEndBadDate: string;
  readonly yearEndReview: string;
  readonly yearEndHint: string;
  /** The review of `table` went to a sheet made for it now. */
  readonly yearEndWritten: (sheet: string, table: string) => string;
  /** The review of `table` replaced the table's earlier review on its sheet (never another table's). */
  readonly yearEndRewritten: (sheet: string, table: string) => string;
  readonly yearEndMoved: (customers: number) => string;
  readonly yearEndKeyAccounts: (count: number) => string;
  readonly yearEndToSettle: (count: number) => string;
  /** The pick of who the review asks to settle first: a cap rule of the rule set (its conditions), or any overdue. */
  readonly settleFirstLabel: string;
  readonly settleFirstByRule: (conditions: string) => string;
  readonly settleFirstAnyOverdue: string;
  /** Under the count: the condition the list followed. */
  readonly yearEndSettleRule: (conditions: string) => string;
  readonly yearEndToDrop: (count: number) => string;
  /** The review lists candidates to drop; the analyst decides, the add-in deletes nothing. */
  readonly yearEndNothingDeleted: string;
  // After Grade all, with the summary sheet and history on
  readonly portfolioSummaryUpdated: (sheet: string) => string;
  readonly portfolioChanges: (count: number, sheet: string) => string;
  readonly portfolioNoChanges: string;
  readonly portfolioFailedTitle: string;
  // The receivables per grade, after a Grade all of a table with a balance (as on the summary sheet)
  readonly receivablesHeading: string;
  readonly receivablesGrade: string;
  readonly receivablesBalance: string;
  readonly receivablesOverdue: string;
  readonly receivablesOverdueShare: string;
  readonly receivablesUngraded: string;
  readonly receivablesTotal: string;
  readonly ageingHeading: string;
  /** Not yet due, 1–30, 31–60, 61–90, over 90 days past due: short, for the pane's width. */
  readonly ageingColumns: readonly [string, string, string, string, string];

  // Customers from order lines (the rest of its texts are loaded with it: lines/i18n)
  readonly linesHeading: string;
  readonly linesIntro: string;
  readonly linesOpen: string;
  readonly linesOpening: string;
  // Learn from my grades (the rest of its texts are loaded with it: fit/i18n)
  readonly fitHeading: string;
  readonly fitIntro: string;
  readonly fitOpen: string;
  readonly fitOpening: string;
}
