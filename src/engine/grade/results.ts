/** What grading gives back: a value per row, never an exception for bad data. */
import type { FieldId } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import type { FieldRef } from "../rules/schema";
import type { RuleSet } from "../rules/ruleSet";
import type { CellIssue, Lang, Localized, RowIndex } from "../types";
import type { AsOfDecision } from "./asOf";
import type { NotAssessed } from "./assessed";
import type { MoneyScale } from "./moneyScales";

export interface CriterionPoints {
  readonly criterion: string;
  readonly label: Localized;
  readonly field: FieldRef;
  /** 0–100, or `null` when the row has no value for it. */
  readonly points: number | null;
  /** Where the values came from when not simply the field's own column ("毛利额 ÷ 运费收入", "本年 → a year"). */
  readonly source?: Localized;
}

/** Why a row got its grade: each dimension's share of the score, and the rules that acted. */
export type Reason =
  | {
      readonly kind: "dimension";
      readonly dimension: string;
      readonly label: Localized;
      /** Points this dimension adds to the 0–100 score (the shares add up to the score). */
      readonly points: number;
      /** The dimension's own 0–100 result before weighting. */
      readonly dimensionScore: number;
      readonly criteria: readonly CriterionPoints[];
    }
  | {
      readonly kind: "cap";
      readonly rule: string;
      readonly grade: string;
      readonly lowered: boolean;
      readonly remark: Localized;
    }
  | {
      readonly kind: "override";
      readonly rule: string;
      readonly grade: string;
      readonly computedGrade: string | null;
      readonly remark: Localized;
    }
  | { readonly kind: "flag"; readonly rule: string; readonly remark: Localized }
  /** Dimensions the table has no column for: the score is weighted over the others. */
  | {
      readonly kind: "notAssessed";
      readonly dimensions: readonly { readonly dimension: string; readonly label: Localized }[];
      readonly remark: Localized;
    };

interface RowBase {
  readonly row: RowIndex;
  /** The customer's name as typed, "" when blank. */
  readonly name: string;
  readonly issues: readonly CellIssue[];
}

export interface GradedRow extends RowBase {
  readonly status: "graded";
  /** 0–100, one decimal. */
  readonly score: number;
  readonly grade: string;
  /** The grade the score and caps give, before a manual override. */
  readonly computedGrade: string;
  readonly remark: string;
  readonly reasons: readonly Reason[];
}

export interface IncompleteRow extends RowBase {
  readonly status: "incomplete";
  /** Ids of the `require` rules the row fails, and the fields any of which would satisfy each. */
  readonly missing: readonly { readonly rule: string; readonly anyOf: readonly FieldRef[] }[];
  /** A manual grade, when the analyst set one; otherwise `null`. */
  readonly grade: string | null;
  readonly remark: string;
  readonly reasons: readonly Reason[];
}

export interface SkippedRow extends RowBase {
  readonly status: "skipped";
}

export type RowResult = GradedRow | IncompleteRow | SkippedRow;
export type RowStatus = RowResult["status"];

/** Counted over the written grade column and the rows' statuses: graded + incomplete + skipped = the rows. */
export interface GradeSummary {
  /** Rows per grade letter as written, every letter of the rule set present (0 when none); they add up to `graded`. */
  readonly counts: Readonly<Record<string, number>>;
  /** Rows with a grade written: computed, or set by hand (also on a row whose data is incomplete). */
  readonly graded: number;
  /** Rows left without a grade because their data is incomplete. */
  readonly incomplete: number;
  /** Blank rows. */
  readonly skipped: number;
  readonly issues: number;
}

/** The columns a host writes back, one entry per data row. */
export interface GradeOutputs {
  /** The grade letter; `null` for a skipped row or an incomplete row without a manual grade. */
  readonly grades: readonly (string | null)[];
  /**
   * The 0–100 score, one decimal; NaN where the row has none (skipped, incomplete). A typed array because a
   * million boxed numbers cost more than the grading itself; write NaN as an empty cell.
   */
  readonly scores: Float64Array;
  /** The remark; "" for a skipped row. */
  readonly remarks: readonly string[];
}

export interface GradeReport {
  readonly ruleSet: RuleSet;
  readonly mapping: ColumnMapping;
  readonly language: Lang;
  readonly rowCount: number;
  readonly outputs: GradeOutputs;
  readonly summary: GradeSummary;
  /** Every unreadable cell, ordered by row then column. */
  readonly issues: readonly CellIssue[];
  /** True when a row's result depends on other rows (rank criteria): re-grade everything on edits. */
  readonly relativeToTable: boolean;
  /** What the table has no column for: dimensions graded without, `require` rules not applied. */
  readonly notAssessed: NotAssessed;
  /** The date days were counted to, and why. */
  readonly asOf: AsOfDecision;
  /** Which scale each money criterion in force uses (the table's ranking, or fixed bands). */
  readonly moneyScales: readonly MoneyScale[];
  /** The full result of one row (0-based data row), reasons included. */
  row(index: number): RowResult;
  /** A row's status without building its reasons (cheap, for bulk use). */
  statusOf(index: number): RowStatus;
  /** A row's unreadable cells (cheap, for bulk use). */
  issuesOf(index: number): readonly CellIssue[];
  /**
   * Whether a hard rule's condition held on the row (cheap, for bulk use): a cap or flag fired, a require rule
   * failed, a manual grade was set. False for a skipped row and for an id the rule set does not have.
   */
  ruleFired(index: number, ruleId: string): boolean;
  /** Every row's full result; allocates one object per row, so prefer `outputs` for bulk writes. */
  rows(): RowResult[];
}

export type TableProblemCode = "no-header" | "no-recognised-columns";

/** Why a table cannot be graded at all. */
export interface TableProblem {
  readonly code: TableProblemCode;
  readonly message: Localized;
  /** Fields the rule set reads, for the message "add a column such as …". */
  readonly expected: readonly FieldId[];
}
