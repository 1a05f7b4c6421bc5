import { z } from "zod";
import { clampPoints, defineKind } from "./kind";

const params = z
  .object({
    /**
     * Each band: a customer with fewer than `top` per cent of the table's customers ahead of it gets `points`;
     * the narrowest band a customer is in wins ("top 10 % → 100, top 25 % → 85 …").
     */
    bands: z.array(z.object({ top: z.number().gt(0).max(100), points: z.number().min(0).max(100) }).strict()).min(1),
    /** Points for zero or less (no business at all), and for customers beyond every band. */
    otherwise: z.number().min(0).max(100).default(0),
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
  score: (c, column, out) => {
    const values = column.numbers();
    const bands = [...c.bands].sort((a, b) => a.top - b.top);
    const tops = Float64Array.from(bands, (b) => b.top);
    const points = Float64Array.from(bands, (b) => clampPoints(b.points));
    const otherwise = clampPoints(c.otherwise);
    const sorted = positivesDescending(values);
    const n = sorted.length;
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
      // The share of customers ahead of this one: the best is at 0 %, so even a table of one has a top.
      const ahead = (100 * countGreater(sorted, v)) / n;
      let p = otherwise;
      for (let i = 0; i < tops.length; i++) {
        if (ahead < (tops[i] as number)) {
          p = points[i] as number;
          break;
        }
      }
      out[row] = p;
    }
  },
});

/** The positive values, largest first. */
function positivesDescending(values: Float64Array): Float64Array {
  let n = 0;
  for (const v of values) if (v > 0) n++;
  const out = new Float64Array(n);
  let i = 0;
  for (const v of values) if (v > 0) out[i++] = v;
  return out.sort().reverse();
}

/** How many values of a descending array are greater than `value`. */
function countGreater(descending: Float64Array, value: number): number {
  let lo = 0;
  let hi = descending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((descending[mid] as number) > value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
