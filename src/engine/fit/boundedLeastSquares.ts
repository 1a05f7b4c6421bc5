/**
 * Ridge least squares with a lower bound per coefficient (0 for a step that may only go one way, -Infinity for
 * a free one), by cyclic coordinate descent: exact per coordinate, deterministic, and a few milliseconds for the
 * hundred or so columns and thousand rows a fit's start needs. Kept by hand: the numeric libraries on offer
 * solve unconstrained least squares or general programmes; a bounded ridge is twenty lines.
 */

export interface BoundedProblem {
  /** Columns of the design, each of `rows` values. */
  readonly columns: readonly Float64Array[];
  readonly lowerBounds: readonly number[];
  readonly target: Float64Array;
  /** The ridge penalty on every coefficient (not on the intercept). */
  readonly ridge: number;
}

export interface BoundedSolution {
  readonly intercept: number;
  readonly coefficients: Float64Array;
}

const SWEEPS = 300;
/** A sweep that moves no coefficient by more than this has converged. */
const TOLERANCE = 1e-9;

export function boundedLeastSquares(problem: BoundedProblem): BoundedSolution {
  const { columns, lowerBounds, target, ridge } = problem;
  const n = target.length;
  const p = columns.length;
  const coefficients = new Float64Array(p);
  const squares = Float64Array.from(columns, (x) => x.reduce((s, v) => s + v * v, 0));
  let intercept = n > 0 ? target.reduce((s, v) => s + v, 0) / n : 0;
  const residual = Float64Array.from(target, (y) => y - intercept);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let largest = 0;
    for (let j = 0; j < p; j++) {
      const x = columns[j] as Float64Array;
      const was = coefficients[j] as number;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (x[i] as number) * (residual[i] as number);
      const denominator = (squares[j] as number) + ridge;
      if (denominator <= 0) continue;
      const next = Math.max(lowerBounds[j] ?? -Infinity, (dot + (squares[j] as number) * was) / denominator);
      const change = next - was;
      if (change === 0) continue;
      for (let i = 0; i < n; i++) residual[i] = (residual[i] as number) - change * (x[i] as number);
      coefficients[j] = next;
      largest = Math.max(largest, Math.abs(change));
    }
    // The intercept follows the residual's mean.
    let mean = 0;
    for (let i = 0; i < n; i++) mean += residual[i] as number;
    mean = n > 0 ? mean / n : 0;
    intercept += mean;
    for (let i = 0; i < n; i++) residual[i] = (residual[i] as number) - mean;
    if (largest < TOLERANCE && Math.abs(mean) < TOLERANCE) break;
  }
  return { intercept, coefficients };
}
