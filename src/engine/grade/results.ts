/** What grading gives back: a value per row, never an exception for bad data. */
import type { FieldId } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import type { FieldRef } from "../rules/schema";
import type { RuleSet } from "../rules/ruleSet";
import type { CellIssue, Lang, Localized, RowIndex, Table } from "../types";
import type { AsOfDecision } from "./asOf";
import type { NotAssessed } from "./assessed";
import type { MoneyScale } from "./moneyScales";
import type { ValueUnit } from "../explain/valueText";
import type { TableColumns } from "./columns";
import type { CriterionPointsTable } from "./scoring";

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

/** A value a criterion read on a row: a number in its field's unit, or the text its words were read from. */
export type CriterionValue =
  | { readonly kind: "number"; readonly value: number; readonly unit: ValueUnit; readonly shown: Localized }
  | { readonly kind: "text"; readonly text: string };

export interface CriterionExplanation {
  readonly criterion: string;
  readonly label: Localized;
  readonly field: FieldRef;
  /** Its share of its dimension on this row (0–1): its weight over the weights of the criteria with a value. */
  readonly weight: number;
  /** 0–100, one decimal; null when the row has no value for it. */
  readonly points: number | null;
  /** What it read; null when the row has none. */
  readonly value: CriterionValue | null;
  /** The table's column (0-based) the value was read or computed from; null when from several columns. */
  readonly column: number | null;
  /** Why these points: the band reached, the word matched, the line, the place in the table. */
  readonly why: Localized | null;
  /** Where the values came from when not simply the field's own column. */
  readonly source?: Localized;
}

export interface DimensionExplanation {
  readonly dimension: string;
  readonly label: Localized;
  /** Its share of this row's score (0–1): its weight over the weights of the dimensions the row has values for. */
  readonly weight: number;
  /** Its share in the rule set (0–1), over every dimension in force: differs from `weight` when some are not assessed. */
  readonly ruleWeight: number;
  /** Points it adds to the 0–100 score, one decimal, out of `maxPoints` (its share of 100). */
  readonly points: number;
  readonly maxPoints: number;
  /** Its own 0–100 result, one decimal. */
  readonly dimensionScore: number;
  /** Its criteria in force (weight above 0), in the rule set's order. */
  readonly criteria: readonly CriterionExplanation[];
}

/** A dimension in force that does not count in this row's score. */
export interface DimensionNotAssessed {
  readonly dimension: string;
  readonly label: Localized;
  readonly ruleWeight: number;
  /** The table has no column for any of its criteria, or the row's cells for them are all blank or unreadable. */
  readonly cause: "noColumn" | "noValue";
  /** Labels of the columns that would feed it (those its criteria read). */
  readonly fields: readonly Localized[];
}

/** One change of one cell that would lift the grade, and what the grade would then be. */
export interface LiftChange {
  readonly criterion: string;
  readonly label: Localized;
  /** The cell's column (0-based, in the table). */
  readonly column: number;
  /** "raise" a number, "lower" it, or write a "word" of the criterion's list instead of the ones it matched. */
  readonly change: "raise" | "lower" | "word";
  readonly from: CriterionValue;
  readonly to: CriterionValue;
  /** For a word: the words the cell has now that the criterion read (the ones to replace). */
  readonly replaces: readonly string[];
  /** What to type into the cell. */
  readonly cell: number | string;
  /** The score and grade once the cell says it (before a manual grade). */
  readonly score: number;
  readonly grade: string;
}

/** Why a criterion was not looked at for a change. */
export type LiftSkipped = {
  readonly criterion: string;
  readonly label: Localized;
  /**
   * "relative": its points depend on the other customers (a rank); "computed": its value is computed, not
   * typed (years since a date, a ratio, months summed); "linked": the cell also feeds other values a change would
   * move.
   */
  readonly why: "relative" | "computed" | "linked";
};

/** What would lift a row to the next better grade than the one its score and caps give. */
export interface Lift {
  /** The next better grade and its lowest score. */
  readonly grade: string;
  readonly minScore: number;
  readonly outcome:
    | { readonly kind: "changes"; readonly changes: readonly LiftChange[] }
    /** No change of one cell reaches it. */
    | { readonly kind: "none" }
    /** A cap holds the grade whatever the score: what its condition says. */
    | {
        readonly kind: "capped";
        readonly caps: readonly {
          readonly rule: string;
          readonly grade: string;
          readonly condition: Localized;
          readonly remark: Localized;
        }[];
      };
  readonly skipped: readonly LiftSkipped[];
}

/** What grading decided for one row, as the reasons and the explanation read it. */
export interface RowOutcome {
  readonly score: number;
  /** Bit k set: rule k fired (a require rule: failed). */
  readonly fired: number;
  /** Grade index after caps, before a manual override; -1 when not graded. */
  readonly computed: number;
  readonly final: number;
}

/** See `GradeReport.evidence`. */
export interface ReportEvidence {
  readonly table: Table;
  readonly columns: TableColumns;
  readonly points: CriterionPointsTable;
  /** The date days were counted to (an Excel serial). */
  readonly asOf: number;
  /** Ids of the `require` rules the table cannot check at all. */
  readonly notApplied: ReadonlySet<string>;
  /** Where a field's values came from in this table, when not simply its own column. */
  readonly sourceNote: (ref: FieldRef) => Localized | null;
  readonly outcome: (index: number) => RowOutcome;
}

/** Everything the score card says of one row: the result, and how its score and grade came about. */
export interface RowExplanation {
  readonly result: RowResult;
  /** The grade each score earns from (best first). */
  readonly thresholds: readonly { readonly letter: string; readonly minScore: number }[];
  /** The grade the score alone earns, before caps and a manual grade; null when not graded. */
  readonly scoreGrade: string | null;
  readonly dimensions: readonly DimensionExplanation[];
  readonly notAssessed: readonly DimensionNotAssessed[];
  /** Null when the row is not graded or already has the best grade. */
  readonly lift: Lift | null;
}

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
  /**
   * What the report keeps of the grading, for `explainRow` ("engine/explain", loaded on demand): a row's
   * detailed explanation reads the columns and the criteria's points instead of grading again.
   */
  evidence(): ReportEvidence;
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
