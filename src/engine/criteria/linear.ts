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
  score: (c, column, out) => {
    const values = column.numbers();
    const span = c.to - c.from;
    for (let row = 0; row < values.length; row++) {
      const t = ((values[row] as number) - c.from) / span; // NaN stays NaN: missing
      out[row] = t <= 0 ? 0 : t >= 1 ? 100 : t * 100;
    }
  },
});
