/**
 * The command line's catalog: every line the analyst reads from it, by code. Each language is one file
 * (zh-CN.ts, zh-TW.ts, en.ts) typed as `CliMessages`, so a text missing from one language is a compile error.
 * Texts that take values are functions, so word order can differ between languages.
 */
import type { FreezeOutcome } from "../../plan";
import type { UndecodableText } from "../encoding/decodeCsv";
import type { CsvEncoding, EncodingWhy } from "../encoding/names";

/** Why the command stopped, by problem code: one line saying what went wrong and what to do. */
export interface ProblemTexts {
  /** `detail`: one of the `UsageTexts`, in the same language. */
  readonly usage: (detail: string) => string;
  readonly "file-missing": (file: string) => string;
  readonly "not-a-workbook": (file: string) => string;
  readonly "password-protected": (file: string) => string;
  readonly corrupt: (file: string, detail: string) => string;
  readonly "prefixed-xml": (file: string) => string;
  /** `output`: the graded copy would be that large (the input was not). */
  readonly "too-large": (file: string, output: boolean) => string;
  readonly "no-table": (file: string) => string;
  readonly "several-tables": (names: readonly string[]) => string;
  readonly "table-not-found": (name: string, names: readonly string[]) => string;
  readonly "sheet-not-found": (name: string, names: readonly string[]) => string;
  readonly "columns-blocked": (where: string) => string;
  readonly "shared-formula": (header: string, ref: string) => string;
  /** `found`: where the bytes stop being text in the encoding decided; `hex`: those bytes, as `0x81 0x20`. */
  readonly "csv-encoding": (file: string, found: UndecodableText, hex: string) => string;
  /** `row` and `column` are 1-based, as Excel numbers the cells of the opened CSV. */
  readonly "csv-unclosed-quote": (file: string, row: number, column: number) => string;
  /**
   * The output columns would run past the sheet's last column. `columns`: the table's width; `last`: the
   * 1-based sheet column of its last one; `toAdd`: the headers to append; `remove`: how many must go.
   */
  readonly "no-room-for-outputs": (
    columns: string,
    last: string,
    max: string,
    toAdd: readonly string[],
    remove: number,
    movedRight: boolean,
  ) => string;
  readonly "rules-unreadable": (file: string, detail: string) => string;
  /** `first`: the first few problems as `path: message`, of `count` in all. */
  readonly "rules-invalid": (file: string, count: number, first: readonly string[]) => string;
  readonly "out-exists": (file: string) => string;
  readonly "out-is-input": (file: string) => string;
  readonly "write-failed": (file: string, detail: string) => string;
}

/** What is wrong with the arguments (the detail inside a "usage" problem). */
export interface UsageTexts {
  readonly takesNoValue: (flag: string) => string;
  /** `spelled`: as typed, with its dashes (`--colour`, `-x`). */
  readonly unknownOption: (spelled: string) => string;
  /** `--out -x.xlsx`: the value is taken for an option unless written `--out=-x.xlsx`. */
  readonly valueLooksLikeOption: (flag: string, value: string) => string;
  readonly needsValue: (flag: string) => string;
  readonly givenTwice: (flag: string) => string;
  readonly doesNotApply: (flag: string, command: string) => string;
  readonly badLang: (value: string) => string;
  readonly needsFile: (command: string) => string;
  readonly oneFile: (command: string, count: number) => string;
  readonly badAsOf: (value: string) => string;
  readonly badEncoding: (value: string) => string;
  /** `--encoding` given for a workbook. */
  readonly encodingNeedsCsv: () => string;
  readonly rulesTakesNoFile: () => string;
  readonly rulesNeedsOne: () => string;
  /** `known`: the commands there are, as typed. */
  readonly unknownCommand: (command: string, known: string) => string;
  readonly macroAsXlsm: (name: string) => string;
  readonly outExtension: (name: string) => string;
  readonly formatNeedsXlsxOutput: () => string;
  /** `--escape-formulas` with an .xlsx output, whose cells are values already. */
  readonly escapeNeedsCsvOutput: () => string;
  readonly formatNeedsWorkbook: () => string;
  readonly formatWritesXlsx: () => string;
  /** `--explain-columns` given with an option that writes (`json`, `out`, `format`, `force`). */
  readonly explainWritesNothing: (flag: string) => string;
  /** A command run without an option it needs (`fit` without `--grades`). */
  readonly needsOption: (command: string, flag: string) => string;
  /** `fit --out` not ending in .json. */
  readonly outJson: (name: string) => string;
}

/** What the closing line of `grade` says about the table itself; each part only when there is something to say. */
export interface TableNotes {
  /** Labels of the dimensions the table has no column for. */
  readonly notAssessed: readonly string[];
  /** The as-of date (YYYY-MM-DD) when the headers set it (a table of one closed year), else null. */
  readonly asOfFromHeaders: string | null;
  /** Labels of the money criteria in force: scored by rank in the table, or in fixed bands. */
  readonly amounts: { readonly ranked: readonly string[]; readonly fixed: readonly string[] };
}

/** What `grade` did, for its closing line. */
export interface GradedFacts extends TableNotes {
  readonly graded: number;
  /** "A 1", "B 0", … in the grades' order. */
  readonly counts: readonly string[];
  readonly incomplete: number;
  readonly skipped: number;
  readonly issues: number;
  /** Non-empty cells of the output columns that held something else. */
  readonly replaced: number;
  /** Where the graded copy went; `null` when nothing was written. */
  readonly written: string | null;
  /** The encoding a CSV was read in, when it was not UTF-8; `null` for UTF-8 and for a workbook. */
  readonly readAs: { readonly name: CsvEncoding; readonly why: EncodingWhy } | null;
  /** Cells given a `'` by `--escape-formulas`; `null` without it. */
  readonly escaped: number | null;
}

/** What the template formatting did, for its closing line (a `FormattingOutcome` and where it went). */
export interface FormattedFacts {
  readonly table: string;
  /** Columns with the add-in's drop-down list. */
  readonly validated: readonly string[];
  /** Columns whose own validation the analyst keeps. */
  readonly kept: readonly string[];
  /** Columns given a number format that hold numbers. */
  readonly numberFormats: number;
  readonly tableStyled: boolean;
  readonly freeze: FreezeOutcome;
  /** The header row must be within this many rows of the top to be frozen. */
  readonly freezeRowLimit: number;
  /** False when the workbook has no styles part to add colours and number formats to. */
  readonly coloured: boolean;
  readonly written: string | null;
}

/** How a column was read, as `MappedColumn.via` says. */
export type ReadVia = "alias" | "qualified" | "contains" | "override";

/** The lines of `grade --explain-columns`. */
export interface ExplainTexts {
  readonly title: (table: string, columns: number) => string;
  /** `header`: as written, `""` when blank; `reading`: `readAs` or one of `notUsed`; `samples`: `samples` or `noValues`. */
  readonly column: (number: string, header: string, reading: string, samples: string) => string;
  readonly via: Readonly<Record<ReadVia, string>>;
  /** `details`: `period` and `unit`, when the header has them. */
  readonly readAs: (field: string, via: string, percent: number, details: readonly string[]) => string;
  readonly period: (text: string) => string;
  readonly unit: (text: string) => string;
  readonly samples: (values: readonly string[]) => string;
  readonly noValues: string;
  readonly notUsed: {
    readonly unrecognised: string;
    readonly ambiguous: (fields: readonly string[]) => string;
    /** Another column already holds the field. */
    readonly duplicate: (field: string, header: string) => string;
    /** Another column holds the field for a newer period. */
    readonly olderPeriod: (field: string, header: string) => string;
  };
  /** `message`: the engine's, of what is not assessed and how to add it. */
  readonly notAssessed: (message: string) => string;
  readonly allAssessed: string;
  readonly amounts: (message: string) => string;
  readonly asOf: (message: string) => string;
  /** The table has no column the grading can use (`message`: the engine's). */
  readonly cannotGrade: (message: string) => string;
}

export interface CliMessages {
  readonly problems: ProblemTexts;
  readonly usage: UsageTexts;
  /** Lines on a terminal while a long run goes on. */
  readonly progress: {
    readonly reading: (file: string) => string;
    readonly grading: (rows: number) => string;
    readonly writing: (file: string) => string;
  };
  readonly rulesExported: (file: string) => string;
  /** A temporary file of this output that a killed run left behind was removed before writing. */
  readonly leftoverRemoved: (file: string) => string;
  readonly rulesValid: (file: string, dimensions: number, letters: string) => string;
  readonly graded: (facts: GradedFacts) => string;
  readonly formatted: (facts: FormattedFacts) => string;
  readonly explain: ExplainTexts;
  readonly lines: LinesTexts;
  readonly fit: FitTexts;
}

/** How well a set of grades agrees, as `fit` prints it: `share` as "96.5%", `kappa` with two decimals. */
export interface AgreementFacts {
  readonly share: string;
  readonly agreed: number;
  readonly rows: number;
  readonly kappa: string;
}

/** `fit`'s report, line by line. */
export interface FitTexts {
  readonly progress: (percent: number) => string;
  readonly title: (column: string, graded: number, written: string) => string;
  readonly inSample: (facts: AgreementFacts) => string;
  readonly crossValidated: (facts: AgreementFacts, folds: number) => string;
  /** Fewer than three graded rows: nothing to hold out. */
  readonly noCrossValidation: string;
  readonly baseline: (share: string) => string;
  readonly before: (facts: AgreementFacts) => string;
  readonly verdict: Readonly<Record<"good" | "fair" | "poor", string>>;
  readonly thin: (graded: number) => string;
  readonly confusionTitle: string;
  /** The confusion matrix's last column: rows the fitted rule set could not grade. */
  readonly none: string;
  readonly differencesTitle: (count: number) => string;
  readonly noDifferences: string;
  /** `row`: the sheet row; `fitted`: null where the rule set gives no grade; `score`: one decimal, or null. */
  readonly difference: (
    row: number,
    name: string,
    analyst: string,
    fitted: string | null,
    score: string | null,
  ) => string;
  readonly moreDifferences: (count: number) => string;
  readonly changesTitle: string;
  readonly noChanges: string;
  /** A dimension's weight, with its share (%) of the score before and after. */
  readonly dimension: (label: string, before: string, after: string, shareBefore: string, shareAfter: string) => string;
  readonly criterion: (label: string, before: string, after: string) => string;
  /** `what`: the number's place in the criterion, as its JSON path says (`bands[0].top`). */
  readonly parameter: (label: string, what: string, before: string, after: string) => string;
  readonly threshold: (label: string, before: string, after: string) => string;
  readonly ruleSwitched: (label: string, on: boolean) => string;
  readonly ruleGrade: (label: string, before: string, after: string) => string;
  readonly ruleValue: (label: string, before: string, after: string) => string;
  readonly issuesTitle: (count: number) => string;
  /** An unreadable grade cell: its sheet row and the column's header. */
  readonly issue: (row: number, header: string, message: string) => string;
  readonly moreIssues: (count: number) => string;
}

/** What `customers` built, for its closing line. */
export interface BuiltFacts {
  readonly customers: number;
  readonly lines: number;
  /** The twelve months measured, as YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  /** Lines dated on or after the as-of date, left out. */
  readonly afterAsOf: number;
  readonly issues: number;
  /** Cells given a `'` by `--escape-formulas`; `null` without it. */
  readonly escaped: number | null;
  readonly written: string;
}

/** `customers` and `rfm`. */
export interface LinesTexts {
  /** The customer table's sheet in a written workbook. */
  readonly sheetName: string;
  readonly built: (facts: BuiltFacts) => string;
  /** One unreadable cell: its line (1-based, as the file counts rows with the header as row 1) and header. */
  readonly issue: (row: number, header: string, message: string) => string;
  /** The rest of the unreadable cells, not listed one by one. */
  readonly moreIssues: (count: number) => string;
  readonly rfmTitle: (customers: number, asOf: string) => string;
  readonly rfmSegment: (name: string, customers: number, amount: string) => string;
}
