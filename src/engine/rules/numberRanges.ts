/**
 * The range of every number a rule set holds, by what the number means. Bounded so that every score stays
 * finite and rounds well: a score is a weighted mean of points (0–100), so with weights of at most 10^6 a
 * criterion adds at most 10^8 to a sum, and no rule set a person can write comes near 2^53 (about 9 × 10^15);
 * a ratio of at most 10^12 between two weights keeps every product far from the doubles too small to be exact.
 * Values compared with the table's figures are bounded to ±10^15, below 2^53, so whole amounts stay exact and
 * `to − from` of a straight-line scale is finite. Numbers beyond what JSON can hold as a double (1e400) parse to
 * Infinity and are refused with the same message.
 */

/** What a bounded number means; its message says so, with its range. */
export type NumberMeaning = "weight" | "points" | "minScore" | "share" | "figure";

export interface NumberRange {
  readonly meaning: NumberMeaning;
  readonly min: number;
  readonly max: number;
  /** Above `min`, not at it (a share of customers: above 0 %). */
  readonly aboveMin?: true;
  /** 0 is allowed besides `min`–`max` (a weight of 0 leaves a criterion out). */
  readonly orZero?: true;
}

export const NUMBER_RANGES = {
  /** A criterion's or a dimension's weight: relative, so 10^-6 to 10^6 is far more than any scorecard needs. */
  weight: { meaning: "weight", min: 0.000001, max: 1_000_000, orZero: true },
  /** The points a band, a word or "otherwise" gives: the 0–100 scale every criterion scores on. */
  points: { meaning: "points", min: 0, max: 100 },
  /** The lowest score that earns a grade. */
  minScore: { meaning: "minScore", min: 0, max: 100 },
  /** A percentile band's share of the table's customers, in per cent. */
  share: { meaning: "share", min: 0, max: 100, aboveMin: true },
  /** A value compared with the table's figures (band thresholds, a straight line's ends, a condition's value). */
  figure: { meaning: "figure", min: -1e15, max: 1e15 },
} as const satisfies Readonly<Record<string, NumberRange>>;

/** Whether `value` is a finite number inside the range (NaN and ±Infinity never are). */
export function isWithin(range: NumberRange, value: number): boolean {
  if (range.orZero && value === 0) return true;
  const aboveMin = range.aboveMin ? value > range.min : value >= range.min;
  return aboveMin && value <= range.max;
}
