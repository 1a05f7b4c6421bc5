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

/** Enough for the worst-conditioned designs a property test draws; a fit's start converges in far fewer. */
const SWEEPS = 5000;
/** A sweep that moves no coefficient by more than this has converged. */
const TOLERANCE = 1e-9;

export function boundedLeastSquares(problem: BoundedProblem): BoundedSolution {
  const { lowerBounds, target, ridge } = problem;
  const n = target.length;
  const mean = (values: Float64Array): number => (n > 0 ? values.reduce((s, v) => s + v, 0) / n : 0);
  // Centred columns: the unpenalised intercept is then the target's mean less the coefficients' share of the
  // columns' means, exactly, instead of one more coordinate that descent would chase slowly against a column
  // whose mean is far from zero.
  const means = problem.columns.map(mean);
  const columns = problem.columns.map((x, j) => Float64Array.from(x, (v) => v - (means[j] as number)));
  const p = columns.length;
  const coefficients = new Float64Array(p);
  const squares = Float64Array.from(columns, (x) => x.reduce((s, v) => s + v * v, 0));
  const targetMean = mean(target);
  const residual = Float64Array.from(target, (y) => y - targetMean);
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
    if (largest < TOLERANCE) break;
  }
  const intercept = coefficients.reduce((s, beta, j) => s - beta * (means[j] as number), targetMean);
  return { intercept, coefficients };
}
