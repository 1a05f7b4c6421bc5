import { z } from "zod";
import { boundedNumber } from "../rules/basics";
import { NUMBER_RANGES } from "../rules/numberRanges";
import { clampPoints, defineKind } from "./kind";

const params = z
  .object({
    /**
     * Each band: a customer with fewer than `top` per cent of the table's customers ahead of it gets `points`;
     * the narrowest band a customer is in wins ("top 10 % → 100, top 25 % → 85 …").
     */
    bands: z
      .array(
        z.object({ top: boundedNumber(NUMBER_RANGES.share), points: boundedNumber(NUMBER_RANGES.points) }).strict(),
      )
      .min(1),
    /** Points for zero or less (no business at all), and for customers beyond every band. */
    otherwise: boundedNumber(NUMBER_RANGES.points).default(0),
  })
  .strict();

/**
 * The table's own scale: a customer's place among the customers with a positive value, whatever the
 * currency, unit or size of the company ("top 10 % by revenue"). Ties share the better place. Relative to the
 * table, so an edit anywhere can move every row's points.
 */
export const percentile = defineKind({
  kind: "percentile",
  params,
  input: "number",
  relativeToTable: true,
  scale: (c) => {
    const best = [...c.bands].sort((a, b) => a.top - b.top)[0];
    return best ? { relative: true, top: best.top, points: best.points } : null;
  },
  tuning: (c) => [
    ...c.bands.flatMap((_, i) => [
      { path: ["bands", i, "top"], role: "share" as const, group: "bands" },
      { path: ["bands", i, "points"], role: "points" as const, group: "points" },
    ]),
    { path: ["otherwise"], role: "points", group: "points" },
  ],
  score: (c, column, out) => {
    const values = column.numbers();
    const bands = [...c.bands].sort((a, b) => a.top - b.top);
    const points = Float64Array.from(bands, (b) => clampPoints(b.points));
    const otherwise = clampPoints(c.otherwise);
    const least = leastValues(
      positives(values),
      Float64Array.from(bands, (b) => b.top),
    );
    for (let row = 0; row < values.length; row++) {
      const v = values[row] as number;
      if (v !== v) {
        out[row] = NaN; // missing
        continue;
      }
      if (v <= 0) {
        out[row] = otherwise;
        continue;
      }
      let p = otherwise;
      for (let i = 0; i < least.length; i++) {
        if (v >= (least[i] as number)) {
          p = points[i] as number;
          break;
        }
      }
      out[row] = p;
    }
  },
});

/** The positive values, in no particular order (a copy: selection reorders it). */
function positives(values: Float64Array): Float64Array {
  let n = 0;
  for (const v of values) if (v > 0) n++;
  const out = new Float64Array(n);
  let i = 0;
  for (const v of values) if (v > 0) out[i++] = v;
  return out;
}

/**
 * For each band's `top`, the least value still in the band: a customer is in it when the share of customers
 * ahead of it (greater, `100 × ahead ÷ n`, the best at 0 %) is below `top`. `ahead < m` holds exactly when the
 * m-th largest value is at most the customer's, so one threshold per band replaces a search per row. m is
 * found with the same arithmetic as the share, so rounding decides every row as the share would; it is at
 * least 1, as `top` > 0 keeps the best customer in every band. `tops` ascending (so the ranks narrow).
 */
function leastValues(values: Float64Array, tops: Float64Array): Float64Array {
  const n = values.length;
  const least = new Float64Array(tops.length);
  let hi = n - 1; // each selection leaves the smaller values below it: the next one looks only there
  for (let b = 0; b < tops.length; b++) {
    const top = tops[b] as number;
    let m = Math.max(1, Math.min(n, Math.ceil((top * n) / 100)));
    while (m > 1 && (100 * (m - 1)) / n >= top) m--; // m: the places (0 … m − 1 ahead) inside the band
    while (m < n && (100 * m) / n < top) m++;
    if (m >= n) {
      least[b] = -Infinity; // every positive value
      continue;
    }
    const k = n - m; // the m-th largest is the (k + 1)-th smallest
    if (k <= hi) {
      select(values, k, 0, hi);
      hi = k - 1;
    }
    least[b] = values[k] as number;
  }
  return least;
}

/**
 * Reorders `a[lo..hi]` so that `a[k]` holds the value a sort would put there, smaller or equal values before it
 * and greater or equal after (Hoare's selection, median-of-three pivots): linear on average, where a sort of a
 * million amounts took a tenth of a second. A range that will not shrink is sorted instead.
 */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  let rounds = 4 * Math.ceil(Math.log2(hi - lo + 2));
  while (hi > lo) {
    if (--rounds < 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return; // a[j + 1 .. i − 1] all equal the pivot
  }
}
