import { z } from "zod";
import { boundedNumber } from "../rules/basics";
import { NUMBER_RANGES } from "../rules/numberRanges";
import { ownProblem } from "../rules/problemText";
import { defineKind } from "./kind";

const ends = z.object({
  /** Value that scores 0 points. */
  from: boundedNumber(NUMBER_RANGES.figure),
  /** Value that scores 100 points; below `from` for scales where less is better. */
  to: boundedNumber(NUMBER_RANGES.figure),
});

const params = ends.strict().refine((c) => c.from !== c.to, {
  ...ownProblem("linearEndsEqual"),
  path: ["to"],
  // Checked whenever both ends are numbers, even if another key of the criterion is wrong: one round.
  when: (payload) => ends.safeParse(payload.value).success,
});

/** A straight line from `from` (0 points) to `to` (100 points), clamped at both ends. */
export const linear = defineKind({
  kind: "linear",
  params,
  input: "number",
  relativeToTable: false,
  tuning: () => [
    { path: ["from"], role: "cut", group: "ends" },
    { path: ["to"], role: "cut", group: "ends" },
  ],
  alternatives: (c) => [{ kind: "band", ...stepsOf(c.from, c.to) }],
  score: (c, column, out) => {
    const values = column.numbers();
    const span = c.to - c.from;
    for (let row = 0; row < values.length; row++) {
      const t = ((values[row] as number) - c.from) / span; // NaN stays NaN: missing
      out[row] = t <= 0 ? 0 : t >= 1 ? 100 : t * 100;
    }
  },
});

/** Four steps of 25 points from `from` to `to` (falling when `to` is below `from`), at two significant digits. */
function stepsOf(from: number, to: number): { bands: { atLeast: number; points: number }[]; otherwise: number } {
  const at = (share: number): number => Number((from + (to - from) * share).toPrecision(2));
  if (to > from) {
    return {
      bands: [1, 0.75, 0.5, 0.25].map((share) => ({ atLeast: at(share), points: share * 100 })),
      otherwise: 0,
    };
  }
  // Falling: at or past `from` earns nothing, each step back toward `to` a quarter more, below them all 100.
  return {
    bands: [0, 0.25, 0.5, 0.75].map((share) => ({ atLeast: at(share), points: share * 100 })),
    otherwise: 100,
  };
}
