import { z } from "zod";
import { boundedNumber } from "../rules/basics";
import { NUMBER_RANGES } from "../rules/numberRanges";
import { clampPoints, defineKind } from "./kind";

const params = z
  .object({
    /** Each band: values at least `atLeast` get `points`; the highest band reached wins. */
    bands: z
      .array(
        z
          .object({ atLeast: boundedNumber(NUMBER_RANGES.figure), points: boundedNumber(NUMBER_RANGES.points) })
          .strict(),
      )
      .min(1),
    /** Points for values below every band. */
    otherwise: boundedNumber(NUMBER_RANGES.points).default(0),
  })
  .strict();

/**
 * Numeric bands: "at least 1,000,000 a year → 100, at least 300,000 → 70 …". Works for falling scales too
 * (overdue days: at least 0 → 100, at least 31 → 40, at least 91 → 0).
 */
export const band = defineKind({
  kind: "band",
  params,
  input: "number",
  relativeToTable: false,
  scale: (c) => {
    const best = [...c.bands].sort((a, b) => b.points - a.points || b.atLeast - a.atLeast)[0];
    return best ? { relative: false, atLeast: best.atLeast, points: best.points } : null;
  },
  tuning: (c) => [
    ...c.bands.flatMap((_, i) => [
      { path: ["bands", i, "atLeast"], role: "cut" as const, group: "bands" },
      { path: ["bands", i, "points"], role: "points" as const, group: "points" },
    ]),
    { path: ["otherwise"], role: "points", group: "points" },
  ],
  score: (c, column, out) => {
    const values = column.numbers();
    const sorted = [...c.bands].sort((a, b) => b.atLeast - a.atLeast);
    const thresholds = Float64Array.from(sorted, (b) => b.atLeast);
    const points = Float64Array.from(sorted, (b) => clampPoints(b.points));
    const otherwise = clampPoints(c.otherwise);
    for (let row = 0; row < values.length; row++) {
      const v = values[row] as number;
      if (v !== v) {
        out[row] = NaN; // missing
        continue;
      }
      let p = otherwise;
      for (let i = 0; i < thresholds.length; i++) {
        if (v >= (thresholds[i] as number)) {
          p = points[i] as number;
          break;
        }
      }
      out[row] = p;
    }
  },
});
