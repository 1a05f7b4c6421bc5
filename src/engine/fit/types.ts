/** What fitting a rule set to the analyst's own grades takes and gives (see `fitRuleSet.ts`). */
import type { MappingOverrides } from "../headers/mapColumns";
import type { RuleSetInput } from "../rules/schema";
import type { Reason } from "../grade/results";
import type { CellIssue, Localized, RowIndex } from "../types";

export interface FitOptions {
  /** The header of the column with the analyst's grades ("客户等级", "Tier", …). */
  readonly gradeColumn: string;
  /** "Today" as an Excel date serial, as for grading. */
  readonly asOf: number;
  readonly asOfIsToday?: boolean;
  /** The analyst's header → field corrections (the grade column is left out of the inputs in any case). */
  readonly overrides?: MappingOverrides;
  /** How many folds the agreement is measured on; chosen from the table size when absent. */
  readonly folds?: number;
}

export type FitProblemCode = "no-grade-column" | "too-few-grades" | "table";

/** Why a table cannot be fitted, in the analyst's words. */
export interface FitProblem {
  readonly code: FitProblemCode;
  readonly message: Localized;
}

/** How well one set of grades agrees with the analyst's. */
export interface Agreement {
  /** Rows compared (the analyst graded them; the rule set graded them or left them incomplete). */
  readonly rows: number;
  /** Rows with the same grade. */
  readonly agreed: number;
  /** Rows at most one grade apart. */
  readonly withinOne: number;
  /** Cohen's kappa with quadratic weights: 1 is full agreement, 0 what chance alone gives. */
  readonly kappa: number;
  /** Analyst's grade (rows) × rule set's grade (columns), in `FitReport.letters` order; the last column is "none". */
  readonly confusion: readonly (readonly number[])[];
}

/** good: trust it; fair: check the differences; poor: the grades do not follow the table's columns. */
export type FitVerdict = "good" | "fair" | "poor";

/** A customer the fitted rule set grades differently from the analyst, and why it grades as it does. */
export interface FitDifference {
  readonly row: RowIndex;
  readonly name: string;
  readonly analyst: string;
  /** The fitted rule set's grade, null where it cannot grade the row (data missing). */
  readonly fitted: string | null;
  readonly score: number | null;
  readonly reasons: readonly Reason[];
}

/** One number of the rule set before and after the fit, labelled for the analyst. */
export interface FitChange {
  readonly kind: "dimension" | "criterion" | "parameter" | "threshold" | "rule";
  /** Path of the number in the rule set's JSON (`dimensions[2].weight`). */
  readonly path: string;
  readonly label: Localized;
  /** The number as written before and after; a rule switched on/off is 1/0. */
  readonly before: number | null;
  readonly after: number | null;
  /** For weights: the share (%) of the score the dimension or criterion carries, before and after. */
  readonly shareBefore?: number;
  readonly shareAfter?: number;
  /** For a criterion written as another kind ("linear" as "band"): the kinds (`before`/`after` are then null). */
  readonly form?: { readonly before: string; readonly after: string };
  /** For a cap's grade: the letters before and after (`before`/`after` are then null). */
  readonly grade?: { readonly before: string; readonly after: string };
}

export interface FitReport {
  /** The fitted rule set, ready to save, publish or pass to `grade --rules`. */
  readonly ruleSet: RuleSetInput;
  readonly gradeColumn: { readonly index: number; readonly header: string };
  /** The grades the analyst uses, best first: the fitted rule set's ladder. */
  readonly letters: readonly string[];
  /** Rows with a grade the fit learned from. */
  readonly graded: number;
  /** Grade cells that could not be read (each with row and column). */
  readonly issues: readonly CellIssue[];
  /** Under 30 graded rows: the evidence is thin, whatever the agreement. */
  readonly thin: boolean;
  /** The fitted rule set on the rows it was fitted on. */
  readonly inSample: Agreement;
  /** On rows each fold's fit did not see (k-fold cross-validation); null when there are too few rows. */
  readonly crossValidated: (Agreement & { readonly folds: number }) | null;
  /** The share of rows with the analyst's most common grade: what always guessing it would agree on. */
  readonly baseline: number;
  /** The starting rule set on the same rows, for comparison. */
  readonly before: Agreement;
  readonly verdict: FitVerdict;
  readonly differences: readonly FitDifference[];
  readonly changes: readonly FitChange[];
}

/** Where a running fit is: `done` of `total` steps (a host shows it and may stop between steps). */
export interface FitProgress {
  readonly done: number;
  readonly total: number;
}
