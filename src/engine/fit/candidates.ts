/**
 * The values a fit tries for each kind of number. Every candidate is already round (points in fives, weights
 * in small whole numbers, thresholds at two significant digits of the field's own quantiles), so the fitted
 * rule set reads like one an analyst would write, and fewer distinct trials keep the fit fast.
 */
import { lowerBound } from "../criteria/rank";

export const POINT_VALUES: readonly number[] = Array.from({ length: 21 }, (_, i) => i * 5);
export const SHARE_VALUES: readonly number[] = [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100];
export const DIMENSION_WEIGHTS: readonly number[] = [0, 5, 10, 15, 20, 25, 30, 40, 50];
export const CRITERION_WEIGHTS: readonly number[] = [0, 1, 2, 3, 4, 5];

/** The first digits of the round numbers analysts put in bands ("≥ 1.5 million", "over 30 days", "25 %"). */
const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 7.5, 8, 9];

/** How round a number is: its significant digits (1500000 → 2, 30 → 1, 0.95 → 2). */
function digits(value: number): number {
  for (let p = 1; p <= 15; p++) if (Number(value.toPrecision(p)) === value) return p;
  return 16;
}

/**
 * Thresholds worth trying on a field (`sorted`: its values in the table, ascending): the round numbers inside
 * its range, every hundredth for a share (0–1), and for whole-number fields each round number plus one (over
 * 30 days is at least 31). Of several that split the table's values alike only the roundest is kept, so each
 * trial means a different split.
 */
export function cutValues(sorted: Float64Array): number[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const raw = new Set<number>([min]);
  const largest = Math.max(Math.abs(min), Math.abs(max));
  if (largest > 0) {
    const top = Math.ceil(Math.log10(largest));
    for (let k = top - 4; k <= top; k++)
      for (const m of MANTISSAS) {
        const v = Number((m * 10 ** k).toPrecision(3));
        raw.add(v);
        if (min < 0) raw.add(-v);
      }
  }
  if (min >= 0 && max <= 1) for (let h = 1; h < 100; h++) raw.add(h / 100);
  const whole = sorted.every((v) => Number.isInteger(v));
  if (whole) for (const v of [...raw]) if (Number.isInteger(v)) raw.add(v + 1);
  // One per split: the number of values below the threshold decides it.
  const bySplit = new Map<number, number>();
  for (const v of raw) {
    if (v < min || v > max) continue;
    const below = lowerBound(sorted, v);
    const kept = bySplit.get(below);
    if (kept === undefined || digits(v) < digits(kept) || (digits(v) === digits(kept) && v < kept))
      bySplit.set(below, v);
  }
  return [...bySplit.values()].sort((a, b) => a - b);
}

/**
 * The roundest whole number in (lo, hi], nearest the middle of that gap among the equally round, so unseen
 * rows near the boundary fall as the seen ones do. `prefer` is kept when it lies inside and is a multiple of 5.
 * Null when the gap holds no whole number.
 */
export function roundestBetween(lo: number, hi: number, prefer?: number): number | null {
  const first = Math.floor(lo) + 1;
  const last = Math.floor(hi);
  if (first > last) return null;
  if (prefer !== undefined && Number.isInteger(prefer) && prefer >= first && prefer <= last && prefer % 5 === 0)
    return prefer;
  const middle = (first + last) / 2;
  for (const step of [10, 5, 1]) {
    const from = Math.ceil(first / step) * step;
    if (from > last) continue;
    let best = from;
    for (let t = from; t <= last; t += step) if (Math.abs(t - middle) < Math.abs(best - middle)) best = t;
    return best;
  }
  return null;
}

/**
 * How round a threshold reads: its significant digits, a whole number one past a round one counting as that one
 * ("at least 31" is "over 30").
 */
export function thresholdDigits(value: number): number {
  const own = digits(value);
  return Number.isInteger(value) ? Math.min(own, digits(value - 1)) : own;
}
