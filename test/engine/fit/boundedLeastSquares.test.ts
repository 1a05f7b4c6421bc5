/**
 * The bounded ridge solver is exact: at its answer no coefficient can move within its bound to lower the
 * penalised squared error (the optimality conditions, checked on random problems), the bounds hold, and it
 * recovers a known answer.
 */
import fc from "fast-check";
import { boundedLeastSquares } from "../../../src/engine/fit/boundedLeastSquares";
import { thresholdDigits } from "../../../src/engine/fit/candidates";

test("it recovers coefficients a target was made from, one of them held at its bound", () => {
  const x1 = Float64Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 1 : 0));
  const x2 = Float64Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? 1 : 0));
  const target = Float64Array.from(x1, (v, i) => 2 + 3 * v - 1.5 * (x2[i] as number));
  const free = boundedLeastSquares({ columns: [x1, x2], lowerBounds: [0, -Infinity], target, ridge: 0 });
  expect(free.intercept).toBeCloseTo(2, 6);
  expect(free.coefficients[0]).toBeCloseTo(3, 6);
  expect(free.coefficients[1]).toBeCloseTo(-1.5, 6);
  const bounded = boundedLeastSquares({ columns: [x1, x2], lowerBounds: [0, 0], target, ridge: 0 });
  expect(bounded.coefficients[1]).toBe(0);
});

test("on random problems the answer is optimal within the bounds", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 7, maxLength: 7 }), {
        minLength: 8,
        maxLength: 30,
      }),
      fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      fc.double({ min: 0.1, max: 5, noNaN: true }),
      (p, rows, bounded, ridge) => {
        const columns = Array.from({ length: p }, (_, j) => Float64Array.from(rows, (r) => r[j] as number));
        const target = Float64Array.from(rows, (r) => r[6] as number);
        const lowerBounds = Array.from({ length: p }, (_, j) => (bounded[j] ? 0 : -Infinity));
        const { intercept, coefficients } = boundedLeastSquares({ columns, lowerBounds, target, ridge });
        const residual = Float64Array.from(target, (y, i) => {
          let fit = intercept;
          columns.forEach((x, j) => (fit += (coefficients[j] as number) * (x[i] as number)));
          return y - fit;
        });
        // The intercept is unpenalised: the residuals sum to zero.
        expect(Math.abs(residual.reduce((s, r) => s + r, 0))).toBeLessThan(1e-5);
        columns.forEach((x, j) => {
          const beta = coefficients[j] as number;
          // Half the derivative of the penalised error, downhill direction for β_j.
          const slope = x.reduce((s, v, i) => s + v * (residual[i] as number), 0) - ridge * beta;
          expect(beta).toBeGreaterThanOrEqual(lowerBounds[j] as number);
          if (beta > (lowerBounds[j] as number) + 1e-9) expect(Math.abs(slope)).toBeLessThan(1e-4);
          else expect(slope).toBeLessThan(1e-4); // at its bound: only going below it would help
        });
      },
    ),
    { numRuns: 200 },
  );
});

test("a threshold one past a round number reads as that number", () => {
  expect(thresholdDigits(31)).toBe(1); // over 30
  expect(thresholdDigits(61)).toBe(1);
  expect(thresholdDigits(30)).toBe(1);
  expect(thresholdDigits(1_500_000)).toBe(2);
  expect(thresholdDigits(0.95)).toBe(2);
  expect(thresholdDigits(240)).toBe(2);
  expect(thresholdDigits(0.9)).toBe(1);
});
