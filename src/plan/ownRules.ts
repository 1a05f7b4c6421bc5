/**
 * Telling the add-in's own conditional formats from the analyst's. A grade colour is a custom rule carrying
 * `OWN_RULE_MARK`. The score's data bar is the add-in's only when it is in `SCORE_BAR_COLOUR` and lies wholly
 * inside the score column: an analyst's bar in another colour, or one reaching past the score column, is never
 * taken (deleting it would remove it from the analyst's other columns too). Re-applying leaves everything else
 * alone, and leaves its own rules too when they are exactly as planned, on exactly the column's body.
 */
import type { CellBlock } from "./addresses";
import { type FormattingPlan, OWN_RULE_MARK, SCORE_BAR_COLOUR } from "./formattingPlan";

export interface SeenFormat {
  /** The format's priority (its position in the collection it was read from; 0 is applied first). */
  readonly priority: number;
  readonly type: string;
  readonly formula: string | null;
  readonly fill: string | null;
  readonly font: string | null;
  /** A data bar's colour. */
  readonly bar: string | null;
  /** The cells the format applies to; `null` when it applies to several areas. */
  readonly range: CellBlock | null;
}

const canonical = (text: string | null): string => (text ?? "").replace(/\s+/g, "").toUpperCase();

const sameBlock = (a: CellBlock | null, b: CellBlock): boolean =>
  a !== null &&
  a.row === b.row &&
  a.column === b.column &&
  a.rowCount === b.rowCount &&
  a.columnCount === b.columnCount;

export function isOwnGradeRule(format: SeenFormat): boolean {
  return format.type === "Custom" && canonical(format.formula).includes(canonical(OWN_RULE_MARK));
}

/** A data bar in the add-in's colour that stays inside the score column. */
export function isOwnScoreBar(format: SeenFormat, scoreBody: CellBlock): boolean {
  const r = format.range;
  return (
    format.type === "DataBar" &&
    canonical(format.bar) === canonical(SCORE_BAR_COLOUR) &&
    r !== null &&
    r.column === scoreBody.column &&
    r.columnCount === 1
  );
}

export interface ColumnBodies {
  readonly grade: CellBlock;
  readonly score: CellBlock;
}

export interface OwnRules<T> {
  /**
   * The add-in's formats now on its columns, in the order to delete them: each collection's from its last
   * position up, so no delete moves a format still to be deleted (ids and priorities are positions).
   */
  readonly own: readonly T[];
  /** True when they are exactly what the plan would add, on exactly the columns' bodies: nothing to do. */
  readonly asPlanned: boolean;
}

/**
 * @param gradeFormats the formats meeting the grade column's body, with what was read of each
 * @param scoreFormats the same for the score column
 */
export function ownRules<T>(
  gradeFormats: readonly { readonly item: T; readonly seen: SeenFormat }[],
  scoreFormats: readonly { readonly item: T; readonly seen: SeenFormat }[],
  plan: FormattingPlan,
  bodies: ColumnBodies,
): OwnRules<T> {
  const grades = gradeFormats.filter((f) => isOwnGradeRule(f.seen));
  const bars = scoreFormats.filter((f) => isOwnScoreBar(f.seen, bodies.score));
  const gradesAsPlanned =
    grades.length === plan.gradeRules.length &&
    grades.every((g) => sameBlock(g.seen.range, bodies.grade)) &&
    plan.gradeRules.every((rule) =>
      grades.some(
        ({ seen: g }) =>
          canonical(g.formula) === canonical(rule.formula) &&
          canonical(g.fill) === canonical(rule.colour.fill) &&
          canonical(g.font) === canonical(rule.colour.font),
      ),
    );
  const barAsPlanned = bars.length === 1 && sameBlock(bars[0]?.seen.range ?? null, bodies.score);
  const lastFirst = (list: typeof grades): T[] =>
    [...list].sort((a, b) => b.seen.priority - a.seen.priority).map((f) => f.item);
  const own = [...lastFirst(grades), ...lastFirst(bars)];
  return { own, asPlanned: gradesAsPlanned && barAsPlanned };
}
