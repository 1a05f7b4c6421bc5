/**
 * From criterion points to a 0–100 score per row: the weighted mean of each dimension's criteria that have a
 * value, then the weighted mean of the dimensions that have one. Missing data is left out, never counted as 0.
 */
import { scoreCriterion } from "../criteria/registry";
import type { RuleSet } from "../rules/ruleSet";
import type { TableColumns } from "./columns";

// Read once: inside jest's sandbox a global lookup in a hot loop is many times slower than a local one.
const NOT_A_NUMBER = Number.NaN;

/**
 * The weighted means that make a score, fed one criterion at a time: the criteria of a dimension, then the
 * dimension's weight. Both the grading and the fit (which re-scores the same rows many times) add up through
 * this one class, so a fitted rule set grades exactly as the fit measured it.
 */
export class ScoreSums {
  private readonly dimensionSum: Float64Array;
  private readonly dimensionWeight: Float64Array;
  private readonly totalSum: Float64Array;
  private readonly totalWeight: Float64Array;

  constructor(readonly rowCount: number) {
    this.dimensionSum = new Float64Array(rowCount);
    this.dimensionWeight = new Float64Array(rowCount);
    this.totalSum = new Float64Array(rowCount);
    this.totalWeight = new Float64Array(rowCount);
  }

  /** Starts over for another set of weights (the buffers are reused). */
  reset(): void {
    this.totalSum.fill(0);
    this.totalWeight.fill(0);
  }

  startDimension(): void {
    this.dimensionSum.fill(0);
    this.dimensionWeight.fill(0);
  }

  /** A criterion's points per row (NaN: no value), weighted within its dimension. */
  addCriterion(points: Float64Array, weight: number): void {
    const { dimensionSum, dimensionWeight } = this;
    for (let r = 0; r < this.rowCount; r++) {
      const p = points[r] as number;
      if (p === p) {
        dimensionSum[r] = (dimensionSum[r] as number) + weight * p;
        dimensionWeight[r] = (dimensionWeight[r] as number) + weight;
      }
    }
  }

  endDimension(weight: number): void {
    this.addDimension(this.dimensionSum, this.dimensionWeight, weight);
  }

  /** The current dimension's sums, copied out: the fit keeps each dimension's and re-adds only what changed. */
  copyDimension(sumOut: Float64Array, weightOut: Float64Array): void {
    sumOut.set(this.dimensionSum);
    weightOut.set(this.dimensionWeight);
  }

  /** A dimension's sums (from `copyDimension`, or the current ones), weighted into the score. */
  addDimension(dimensionSum: Float64Array, dimensionWeight: Float64Array, weight: number): void {
    const { totalSum, totalWeight } = this;
    for (let r = 0; r < this.rowCount; r++) {
      const dw = dimensionWeight[r] as number;
      if (dw > 0) {
        totalSum[r] = (totalSum[r] as number) + (weight * (dimensionSum[r] as number)) / dw;
        totalWeight[r] = (totalWeight[r] as number) + weight;
      }
    }
  }

  /** Each row's total weight of the dimensions with a value (what a score is divided by), into `out`. */
  weightsInto(out: Float64Array): void {
    out.set(this.totalWeight);
  }

  /** Each row's score into `out` (NaN where nothing was scored); false when a score is not finite. */
  scoresInto(out: Float64Array): boolean {
    const { totalSum, totalWeight } = this;
    let finite = true;
    for (let r = 0; r < this.rowCount; r++) {
      const tw = totalWeight[r] as number;
      const score = tw > 0 ? (totalSum[r] as number) / tw : NOT_A_NUMBER;
      if (tw > 0 && (score !== score || score - score !== 0)) finite = false; // NaN or ±Infinity
      out[r] = score;
    }
    return finite;
  }
}

/**
 * The score of every row (NaN where nothing could be scored). Works through scratch buffers, one criterion at a
 * time, so a million rows allocate a handful of arrays, not one per criterion.
 */
export function scoreTable(ruleSet: RuleSet, columns: TableColumns): Float64Array {
  const n = columns.rowCount;
  const points = new Float64Array(n);
  const sums = new ScoreSums(n);
  for (const dimension of ruleSet.dimensions) {
    if (dimension.weight === 0) continue;
    sums.startDimension();
    for (const criterion of dimension.criteria) {
      if (criterion.weight === 0) continue;
      scoreCriterion(criterion, columns.criterionColumn(criterion.field), points);
      sums.addCriterion(points, criterion.weight);
    }
    sums.endDimension(dimension.weight);
  }
  const scores = new Float64Array(n);
  // The rule set's bounds (NUMBER_RANGES) keep every sum finite; a score that is not is a bug, never a grade.
  if (!sums.scoresInto(scores))
    throw new RangeError("a score is not finite: the rule set's weights were not checked by loadRuleSet");
  return scores;
}

/** Every criterion's points per row, kept for explanations; computed only when a row is explained. */
export type CriterionPointsTable = readonly (readonly Float64Array[])[];

export function criterionPoints(ruleSet: RuleSet, columns: TableColumns): CriterionPointsTable {
  return ruleSet.dimensions.map((dimension) =>
    dimension.criteria.map((criterion) => {
      const out = new Float64Array(columns.rowCount);
      scoreCriterion(criterion, columns.criterionColumn(criterion.field), out);
      return out;
    }),
  );
}
