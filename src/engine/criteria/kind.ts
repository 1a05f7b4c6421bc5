/**
 * What every criterion kind declares about itself. A kind is one file plus one line in `registry.ts`;
 * shared code never branches on a specific kind (ARCHITECTURE.md, "Add a criterion kind").
 */
import type { z } from "zod";
import type { Lang } from "../types";

/** What a criterion reads from its field's column. */
export type CriterionInput = "number" | "words";

/** The columns a criterion can score: numbers (NaN = missing) or the cell's normalised tokens. */
export interface CriterionColumn {
  /** One number per row; NaN where the cell is blank or unreadable. */
  readonly numbers: () => Float64Array;
  /** One token list per row; `null` where the cell is blank. */
  readonly tokens: () => readonly (readonly string[] | null)[];
  /** The raw text of each row's cell (for caching by distinct value); `null` where blank. */
  readonly texts: () => readonly (string | null)[];
}

/** Scores one row: points 0–100, or NaN when the row has no usable value for this criterion. */
export type RowScorer = (row: number) => number;

export interface CriterionKind<C> {
  readonly kind: string;
  /** Zod schema of the criterion's own parameters (the shared id/field/weight are added by the registry). */
  readonly params: z.ZodType<C>;
  readonly input: CriterionInput;
  /** True when a row's points depend on the other rows (ranks): edits must then re-grade the whole table. */
  readonly relativeToTable: boolean;
  /** One line for the analyst: how values become points. */
  readonly describe: (criterion: C, lang: Lang) => string;
  /** Prepares the scorer once per table (sorting for ranks, caches for word lists). */
  readonly prepare: (criterion: C, column: CriterionColumn) => RowScorer;
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
