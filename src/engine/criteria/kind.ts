/**
 * What every criterion kind declares about itself. A kind is one file plus one line in `registry.ts`;
 * shared code never branches on a specific kind (ARCHITECTURE.md, "Add a criterion kind").
 */
import type { z } from "zod";
import type { Lang } from "../types";

/** What a criterion reads from its field's column. */
export type CriterionInput = "number" | "words";

/** A text column as distinct texts plus, per row, the index of its text (-1 where the cell is blank). */
export interface TextDictionary {
  readonly ids: Int32Array;
  readonly texts: readonly string[];
}

/** The columns a criterion can score: numbers (NaN = missing) or the cell's normalised tokens. */
export interface CriterionColumn {
  readonly rowCount: number;
  /** One number per row; NaN where the cell is blank or unreadable. */
  readonly numbers: () => Float64Array;
  /** The column's texts, dictionary-encoded: a criterion works once per distinct text, not once per row. */
  readonly dictionary: () => TextDictionary;
  /** The normalised tokens of a text, cached per distinct text (no array per row). */
  readonly tokensOf: (text: string) => readonly string[];
}

/**
 * Points 0–100 for every row, NaN where the row has no usable value for the criterion. Whole columns at once,
 * into a buffer the caller owns: one tight loop per criterion and no new array per criterion is what keeps
 * a million rows under a second.
 */
export type ColumnPoints = Float64Array;

export interface CriterionKind<C> {
  readonly kind: string;
  /** Zod schema of the criterion's own parameters (the shared id/field/weight are added by the registry). */
  readonly params: z.ZodType<C>;
  readonly input: CriterionInput;
  /** True when a row's points depend on the other rows (ranks): edits must then re-grade the whole table. */
  readonly relativeToTable: boolean;
  /** One line for the analyst: how values become points. */
  readonly describe: (criterion: C, lang: Lang) => string;
  /** Scores the whole column into `out` (sorting once for ranks, caching by distinct text for word lists). */
  readonly score: (criterion: C, column: CriterionColumn, out: ColumnPoints) => void;
  /**
   * For word lists: whether a token means something to this criterion, so a cell whose every token is
   * unknown to every reader can be reported.
   */
  readonly recognises?: (criterion: C, token: string) => boolean;
}

/** Points are clamped: a rule set cannot push a criterion outside 0–100. */
export function clampPoints(points: number): number {
  return points < 0 ? 0 : points > 100 ? 100 : points;
}
