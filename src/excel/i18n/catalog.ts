/**
 * The Excel adapter's catalog: every text it puts in front of the analyst (why it cannot go on, by error
 * code; the names and words of the sheets it writes), by code. Each language is one file (zh-CN.ts, zh-TW.ts,
 * en.ts) typed as `AdapterMessages`, so a text missing from one language is a compile error. Texts that take
 * values are functions, so word order can differ between languages. The template table's sample rows stay
 * with their columns (`template/sampleRows.ts`): they are data the analyst replaces, not messages.
 */

/** Why the adapter cannot go on, one text per `AdapterErrorCode` (the engine's table problems bring their own). */
export interface AdapterErrorTexts {
  /** `set`: the requirement set the host lacks, e.g. "ExcelApi 1.8". */
  readonly "host-too-old": (set: string) => string;
  readonly "no-tables": string;
  readonly "table-not-found": (name: string) => string;
  readonly "table-renamed": (oldName: string, newName: string) => string;
  readonly "table-deleted": (name: string) => string;
  readonly "not-bound": string;
  /** A cell of a table that is no longer the bound one (an issue listed before the analyst picked another table). */
  readonly "table-changed": string;
  /** The bound table no longer has a column headed `header` (renamed or deleted since the pane showed it). */
  readonly "column-not-found": (header: string) => string;
  /** A sheet or table name the add-in wanted (`wanted`), and its numbered variants, are all the analyst's. */
  readonly "name-in-use": (wanted: string) => string;
  /** The table was graded, but the summary sheet or grade history could not be written (`detail`: Excel's error). */
  readonly "portfolio-failed": (detail: string) => string;
  /** No customer table can be built from the lines table (`detail`: the builder's reason, in the same language). */
  readonly "lines-unusable": (detail: string) => string;
  /** Measure columns of a customer table built from lines that are gone (renamed or deleted by the analyst). */
  readonly "measure-columns-missing": (headers: readonly string[]) => string;
  /** A new measure's header is already a column of the analyst's in the customer table. */
  readonly "measure-column-taken": (header: string) => string;
}

/** The sheet and table the add-in makes for a customer table built from order lines. */
export interface LinesNames {
  readonly sheet: string;
  /** A table name: no spaces. */
  readonly table: string;
}

/** The names of the sheets, table and chart the add-in makes for the portfolio views. */
export interface PortfolioNames {
  readonly summarySheet: string;
  readonly historySheet: string;
  readonly historyTable: string;
  readonly reviewSheet: string;
  readonly chart: string;
}

/** Headers and labels of the summary sheet and the grade history. */
export interface PortfolioLabels {
  /** The summary sheet's title, naming the table it sums up (`table`: the table's name now). */
  readonly summaryTitle: (table: string) => string;
  /** The history sheet's title, above its table. */
  readonly historyTitle: (table: string) => string;
  readonly updated: string;
  readonly grade: string;
  readonly customers: string;
  readonly amount: string;
  readonly customerShare: string;
  readonly amountShare: string;
  readonly ungraded: string;
  readonly total: string;
  readonly issues: string;
  readonly withoutAmount: string;
  readonly chartTitle: string;
  /** The receivables beside the grade rows, for a table with a balance. */
  readonly balance: string;
  readonly overdue: string;
  /** Overdue amount over the balance. */
  readonly overdueShare: string;
  readonly ageing: readonly [
    notYetDue: string,
    days1to30: string,
    days31to60: string,
    days61to90: string,
    over90: string,
  ];
  readonly history: readonly [
    date: string,
    customer: string,
    customerId: string,
    from: string,
    to: string,
    score: string,
  ];
}

/**
 * The year-end review sheet's words. A column that shows a field has the field's own label as its header
 * (`FIELDS[f].label`: one wording across the table, the pane and the sheets).
 */
export interface ReviewLabels {
  /** The review sheet's title, naming the table reviewed. */
  readonly title: (table: string) => string;
  readonly since: string;
  readonly migration: string;
  readonly fromTo: string;
  readonly noGrade: string;
  readonly customersMoved: string;
  readonly keyAccounts: string;
  readonly keyHeaders: readonly string[];
  readonly unassigned: string;
  readonly unsettled: string;
  readonly unsettledHeaders: readonly string[];
  /** The list's rule, under its title: the cap's conditions, already written out. */
  readonly unsettledWhen: (condition: string) => string;
  /** The same line when the list takes any balance past due (chosen, or the rule set has no overdue cap). */
  readonly unsettledAnyOverdue: string;
  readonly dropCandidates: string;
  readonly dropHeaders: readonly string[];
  readonly none: string;
}

export interface AdapterMessages {
  readonly errors: AdapterErrorTexts;
  readonly portfolioNames: PortfolioNames;
  readonly linesNames: LinesNames;
  readonly portfolioLabels: PortfolioLabels;
  readonly review: ReviewLabels;
}
