import { z } from "zod";
import { assertNever } from "../types";
import { defineKind } from "./kind";

const params = z
  .object({
    /** "desc": the largest value ranks best (amounts); "asc": the smallest ranks best (overdue days). */
    order: z.enum(["desc", "asc"]).default("desc"),
  })
  .strict();

/**
 * Percentile rank within the table: the best value gets 100, the worst 0, ties share the average.
 * Relative to the table, so an edit anywhere can move every row's points.
 */
export const rank = defineKind({
  kind: "rank",
  params,
  input: "number",
  relativeToTable: true,
  score: (c, column, out) => {
    const values = column.numbers();
    const largestBest = isLargestBest(c.order);
    const present: number[] = [];
    for (const v of values) if (v === v) present.push(v);
    present.sort((a, b) => a - b);
    const n = present.length;
    const cache = new Map<number, number>();
    const pointsOf = (v: number): number => {
      let found = cache.get(v);
      if (found !== undefined) return found;
      const below = lowerBound(present, v);
      const equal = upperBound(present, v) - below;
      const ascendingPct = n <= 1 ? 1 : (below + (equal - 1) / 2) / (n - 1);
      found = 100 * (largestBest ? ascendingPct : 1 - ascendingPct);
      cache.set(v, found);
      return found;
    };
    for (let row = 0; row < values.length; row++) {
      const v = values[row] as number;
      out[row] = v !== v ? NaN : pointsOf(v);
    }
  },
});

function isLargestBest(order: "desc" | "asc"): boolean {
  switch (order) {
    case "desc":
      return true;
    case "asc":
      return false;
    default:
      return assertNever(order, "rank order");
  }
}

/** Index of the first element ≥ value in a sorted array. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > value in a sorted array. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
