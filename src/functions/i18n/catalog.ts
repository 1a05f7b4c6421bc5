/**
 * The custom functions' catalog: the text of every error value they return (shown in the cell's error
 * tooltip), by code. Each language is one file (zh-CN.ts, zh-TW.ts, en.ts) typed as `FunctionMessages`, so a
 * text missing from one language is a compile error. Their metadata (descriptions in Insert Function) is
 * translated in `../metadata-i18n.ts`, which only the build reads.
 */
export interface FunctionMessages {
  /** The rule set ranks customers within the table, so one row cannot be graded alone. */
  readonly wholeTable: string;
  /** No header row given, and the values are wider than the template. */
  readonly tooWide: (width: number, templateWidth: number) => string;
  readonly oneHeaderRow: string;
  readonly headerWidth: (headerWidth: number, width: number) => string;
  readonly noHeaders: string;
  /** GRADEREMARK of something that is not one of the rule set's grades (`letters`: "A/B/C/D"). */
  readonly notAGrade: (value: string, letters: string) => string;
  /** RFMSEGMENT / RFMSCORE: an argument (`recency`, …) given as a range wider than one column. */
  readonly rfmOneColumn: (argument: RfmArgument) => string;
  /** RFMSEGMENT / RFMSCORE: the columns do not have as many rows (`lengths`: "10, 9, 10"). */
  readonly rfmLengths: (lengths: string) => string;
  /** A customer's row with this measure blank while the others are filled in. */
  readonly rfmMissing: (argument: RfmArgument) => string;
  readonly rfmNotANumber: (argument: RfmArgument, value: string) => string;
  /** Recency (days) and frequency (orders) cannot be below 0. */
  readonly rfmNegative: (argument: RfmArgument, value: number) => string;
}

/** The arguments of RFMSEGMENT and RFMSCORE, as declared in functions.ts. */
export type RfmArgument = "recency" | "frequency" | "monetary" | "names";
