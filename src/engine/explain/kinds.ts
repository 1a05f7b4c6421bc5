/**
 * What each criterion kind says of one row for the score card: why the row earned its points, and which values
 * of its input would earn more. Kept beside the explanation (loaded on demand) rather than in each kind's file,
 * so the pane's first load does not carry it; the mapped type below makes a kind without an entry a compile
 * error, so adding a kind is its file, its registry line and its line here.
 */
import type { CriterionColumn } from "../criteria/kind";
import type { CriterionKindName } from "../criteria/registry";
import { wordOfToken } from "../criteria/words";
import type { Criterion } from "../rules/ruleSet";
import type { Lang, Localized } from "../types";
import { explainText } from "./messages";

/** A number as the analyst reads it in one language (its field's unit: "88%", "45"). */
export type NumberFormat = (value: number, lang: Lang) => string;

/**
 * Values of a criterion's input that earn at least some points: a number at `at` or beyond it (away from the
 * row's value: at least `at` when it is above, at most `at` when below, strictly below it when `exclusive`), or
 * a word of a list's entry.
 */
export type Improvement =
  | { readonly kind: "number"; readonly at: number; readonly exclusive: boolean }
  | { readonly kind: "word"; readonly words: readonly string[]; readonly points: number };

interface KindExplainer<C> {
  /** Why the row earned its points ("≥ 300,000 → 70", "“良好” → 80", its place in the table); null without a value. */
  readonly describe: (criterion: C, column: CriterionColumn, row: number, format: NumberFormat) => Localized | null;
  /**
   * The values nearest to `current` (the row's number; null for words) that earn at least `points`, nearest
   * first; none for kinds whose points depend on the other rows (one row's change cannot be judged alone).
   */
  readonly improve: (criterion: C, current: number | null, points: number) => readonly Improvement[];
}

type Of<K extends CriterionKindName> = Extract<Criterion, { readonly kind: K }>;

/** Points as a reason shows them: at most one decimal, clamped as scoring clamps them. */
const pointsText = (points: number): string => String(Math.round(Math.min(100, Math.max(0, points)) * 10) / 10);

type Band = Of<"band">;

/** The band a value reaches (the highest `atLeast` at or below it, the first listed of equal ones). */
function bandOf(c: Band, value: number): Band["bands"][number] | undefined {
  let best: Band["bands"][number] | undefined;
  for (const b of c.bands) if (value >= b.atLeast && (best === undefined || b.atLeast > best.atLeast)) best = b;
  return best;
}

const bandPoints = (c: Band, value: number): number =>
  Math.min(100, Math.max(0, bandOf(c, value)?.points ?? c.otherwise));

/**
 * Each stretch of values the bands make (below them all, then from each cut to the next) that earns at least
 * `points`, reached from `current` at its nearest end: its cut when above, just below the next cut when below.
 */
function improveBand(c: Band, current: number | null, points: number): Improvement[] {
  if (current === null) return [];
  const cuts = [...new Set(c.bands.map((b) => b.atLeast))].sort((a, b) => a - b);
  const found: { distance: number; improvement: Improvement }[] = [];
  cuts.forEach((cut, i) => {
    const next = cuts[i + 1];
    if (bandPoints(c, cut) < points) return;
    if (cut > current)
      found.push({ distance: cut - current, improvement: { kind: "number", at: cut, exclusive: false } });
    else if (next !== undefined && next <= current)
      found.push({ distance: current - next, improvement: { kind: "number", at: next, exclusive: true } });
  });
  const lowest = cuts[0];
  if (lowest !== undefined && lowest <= current && Math.min(100, Math.max(0, c.otherwise)) >= points)
    found.push({ distance: current - lowest, improvement: { kind: "number", at: lowest, exclusive: true } });
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.improvement);
}

/** The row's value and the number of values ahead of it (better by `ahead`) among those `counted`. */
function placeOf(
  column: CriterionColumn,
  row: number,
  counted: (v: number) => boolean,
  ahead: (v: number, value: number) => boolean,
): { value: number; place: number; of: number } | null {
  const values = column.numbers();
  const value = values[row] as number;
  if (value !== value) return null;
  let of = 0;
  let before = 0;
  for (const v of values) {
    if (!counted(v)) continue;
    of++;
    if (ahead(v, value)) before++;
  }
  return { value, place: before + 1, of };
}

const EXPLAINERS: { readonly [K in CriterionKindName]: KindExplainer<Of<K>> } = {
  band: {
    describe: (c, column, row, format) => {
      const value = column.numbers()[row] as number;
      if (value !== value) return null;
      const band = bandOf(c, value);
      const points = pointsText(bandPoints(c, value));
      if (band) return explainText((m, lang) => m.band(format(band.atLeast, lang), points));
      const lowest = Math.min(...c.bands.map((b) => b.atLeast));
      return explainText((m, lang) => m.belowBands(format(lowest, lang), points));
    },
    improve: improveBand,
  },
  linear: {
    describe: (c, column, row, format) => {
      const value = column.numbers()[row] as number;
      if (value !== value) return null;
      return explainText((m, lang) => m.line(format(c.from, lang), format(c.to, lang)));
    },
    // The value on the line that earns the points; past `to` nothing earns more.
    improve: (c, current, points) =>
      current === null || points > 100
        ? []
        : [{ kind: "number", at: c.from + (Math.max(0, points) / 100) * (c.to - c.from), exclusive: false }],
  },
  words: {
    describe: (c, column, row) => {
      const { ids, texts } = column.dictionary();
      const text = texts[ids[row] as number];
      if (text === undefined) return null;
      const matched = column.tokensOf(text).flatMap((token) => wordOfToken(c, token) ?? []);
      if (matched.length === 0) return null;
      return explainText((m) => {
        const parts = matched.map((w) => m.word(w.word, pointsText(w.points)));
        return parts.length === 1 ? (parts[0] as string) : m.words(parts, c.combine);
      });
    },
    // Any of an entry's words, the entry earning the fewest points that are enough first.
    improve: (c, _current, points) =>
      c.entries
        .filter((e) => e.points >= points)
        .sort((a, b) => a.points - b.points)
        .map((e) => ({ kind: "word", words: e.words, points: e.points })),
  },
  percentile: {
    // Its place among the table's positive values and the narrowest band it is in, by the share `score` uses.
    describe: (c, column, row) => {
      const at = placeOf(
        column,
        row,
        (v) => v > 0,
        (v, value) => v > value,
      );
      if (at === null) return null;
      if (at.value <= 0) return explainText((m) => m.shareNone(pointsText(c.otherwise)));
      const band = [...c.bands].sort((a, b) => a.top - b.top).find((b) => (100 * (at.place - 1)) / at.of < b.top);
      return band
        ? explainText((m) => m.share(at.place, at.of, band.top, pointsText(band.points)))
        : explainText((m) => m.shareBeyond(at.place, at.of, pointsText(c.otherwise)));
    },
    improve: () => [],
  },
  rank: {
    describe: (c, column, row) => {
      const largestBest = c.order === "desc";
      const at = placeOf(
        column,
        row,
        (v) => v === v,
        (v, value) => (largestBest ? v > value : v < value),
      );
      return at && explainText((m) => m.rank(at.place, at.of));
    },
    improve: () => [],
  },
};

/** Why a row earned its points under the criterion; null where it has no value. */
export function describePoints(
  criterion: Criterion,
  column: CriterionColumn,
  row: number,
  format: NumberFormat,
): Localized | null {
  const explainer = EXPLAINERS[criterion.kind] as KindExplainer<Criterion>;
  return explainer.describe(criterion, column, row, format);
}

/** The values of the criterion's input nearest to the row's that would earn at least `points`. */
export function improvementsOf(criterion: Criterion, current: number | null, points: number): readonly Improvement[] {
  const explainer = EXPLAINERS[criterion.kind] as KindExplainer<Criterion>;
  return explainer.improve(criterion, current, points);
}
