/**
 * The threshold programme is exact: for any scores, caps and analyst grades, its loss is the least any ladder
 * of whole-number thresholds gives (checked against trying every ladder), and the thresholds it returns grade
 * the rows with that loss, as the engine grades them (score ≥ minScore, then the caps).
 */
import fc from "fast-check";
import { ThresholdSolver } from "../../../src/engine/fit/thresholds";

const MISMATCH = 1000;

interface Rows {
  readonly points: number[];
  readonly cap: number[];
  readonly analyst: number[];
}

/** The grade the engine gives a whole score under `minScores` (best first), with the row's cap. */
function graded(points: number, cap: number, minScores: readonly number[]): number {
  let g = 0;
  while (g < minScores.length - 1 && points < (minScores[g] as number)) g++;
  return Math.max(g, cap);
}

function lossWith(rows: Rows, minScores: readonly number[], grades: number): number {
  let loss = 0;
  rows.points.forEach((p, i) => {
    const y = rows.analyst[i] as number;
    if (p < 0) {
      loss += MISMATCH + grades;
      return;
    }
    const g = graded(p, rows.cap[i] as number, minScores);
    if (g !== y) loss += MISMATCH + Math.abs(g - y);
  });
  return loss;
}

/** Every falling ladder of whole thresholds in 1..100 (the last grade's is 0). */
function* ladders(grades: number, ceiling = 100): Generator<number[]> {
  if (grades === 1) {
    yield [0];
    return;
  }
  for (let t = ceiling; t >= 1; t--) for (const rest of ladders(grades - 1, t - 1)) yield [t, ...rest];
}

const input = (rows: Rows) => ({
  points: Int16Array.from(rows.points),
  cap: Int8Array.from(rows.cap),
  analyst: Int16Array.from(rows.analyst),
});

function rowsOf(grades: number) {
  return fc
    .array(
      fc.record({
        points: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(-1)),
        cap: fc.oneof(
          { weight: 4, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: grades - 1 }) },
        ),
        analyst: fc.integer({ min: 0, max: grades - 1 }),
      }),
      { minLength: 1, maxLength: 25 },
    )
    .map((list) => ({
      points: list.map((r) => r.points),
      cap: list.map((r) => r.cap),
      analyst: list.map((r) => r.analyst),
    }));
}

test.each([2, 3])("with %i grades the programme finds the least loss any ladder gives", (grades) => {
  const all = [...ladders(grades)];
  fc.assert(
    fc.property(rowsOf(grades), (rows) => {
      const fit = new ThresholdSolver(grades).fit(input(rows), []);
      const least = Math.min(...all.map((ladder) => lossWith(rows, ladder, grades)));
      expect(fit.loss).toBe(least);
      expect(lossWith(rows, fit.minScores, grades)).toBe(least);
      expect(fit.disagreements).toBe(Math.floor(least / MISMATCH));
      // A ladder: falling, whole, the last grade from 0.
      expect(fit.minScores).toHaveLength(grades);
      expect(fit.minScores[grades - 1]).toBe(0);
      for (let g = 1; g < grades; g++) expect(fit.minScores[g - 1]).toBeGreaterThan(fit.minScores[g] as number);
    }),
    { numRuns: grades === 2 ? 300 : 60 },
  );
});

test("the thresholds returned are round numbers in the gaps between the grades", () => {
  // Scores 91 and 88 are A, 72 and 64 B, 41 C: any A threshold in 89..91 and B in 42..64 agrees on all.
  const rows = { points: [91, 88, 72, 64, 41], cap: [0, 0, 0, 0, 0], analyst: [0, 0, 1, 1, 2] };
  const fit = new ThresholdSolver(3).fit(input(rows), []);
  expect(fit.loss).toBe(0);
  expect(fit.minScores).toEqual([80, 50, 0]);
  // The starting rule set's own thresholds are kept where they still split the rows alike.
  expect(new ThresholdSolver(3).fit(input(rows), [85, 60, 0]).minScores).toEqual([85, 60, 0]);
});

test("a row held down by a cap is graded as the cap says, whatever the thresholds", () => {
  const rows = { points: [95, 95, 30], cap: [0, 2, 0], analyst: [0, 2, 2] };
  const fit = new ThresholdSolver(3).fit(input(rows), []);
  expect(fit.loss).toBe(0);
});

test("the search's loss orders equally wrong trials by how far the wrong rows are from being right", () => {
  const solver = new ThresholdSolver(2);
  // One row out of place either way; in the first it is 2 points from its grade's side, in the second 30.
  const near = { points: [80, 78, 60, 20, 82], cap: [0, 0, 0, 0, 0], analyst: [0, 0, 1, 1, 1] };
  const far = { points: [80, 78, 60, 20, 50], cap: [0, 0, 0, 0, 0], analyst: [0, 0, 1, 1, 0] };
  const a = solver.loss(input(near));
  const b = solver.loss(input(far));
  expect(Math.floor(a / MISMATCH)).toBe(1);
  expect(Math.floor(b / MISMATCH)).toBe(1);
  expect(a).toBeLessThan(b);
});
