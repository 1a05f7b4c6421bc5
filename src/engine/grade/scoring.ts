/**
 * From criterion points to a 0–100 score per row: the weighted mean of each dimension's criteria that have a
 * value, then the weighted mean of the dimensions that have one. Missing data is left out, never counted as 0.
 */
import { scoreCriterion } from "../criteria/registry";
import type { RuleSet } from "../rules/ruleSet";
import type { TableColumns } from "./columns";

/**
 * The score of every row (NaN where nothing could be scored). Works through scratch buffers, one criterion at a
 * time, so a million rows allocate a handful of arrays, not one per criterion.
 */
export function scoreTable(ruleSet: RuleSet, columns: TableColumns): Float64Array {
  const n = columns.rowCount;
  const points = new Float64Array(n);
  const dimensionSum = new Float64Array(n);
  const dimensionWeight = new Float64Array(n);
  const totalSum = new Float64Array(n);
  const totalWeight = new Float64Array(n);
  for (const dimension of ruleSet.dimensions) {
    if (dimension.weight === 0) continue;
    dimensionSum.fill(0);
    dimensionWeight.fill(0);
    for (const criterion of dimension.criteria) {
      if (criterion.weight === 0) continue;
      scoreCriterion(criterion, columns.criterionColumn(criterion.field), points);
      const w = criterion.weight;
      for (let r = 0; r < n; r++) {
        const p = points[r] as number;
        if (p === p) {
          dimensionSum[r] = (dimensionSum[r] as number) + w * p;
          dimensionWeight[r] = (dimensionWeight[r] as number) + w;
        }
      }
    }
    const w = dimension.weight;
    for (let r = 0; r < n; r++) {
      const dw = dimensionWeight[r] as number;
      if (dw > 0) {
        totalSum[r] = (totalSum[r] as number) + (w * (dimensionSum[r] as number)) / dw;
        totalWeight[r] = (totalWeight[r] as number) + w;
      }
    }
  }
  let finite = true;
  for (let r = 0; r < n; r++) {
    const tw = totalWeight[r] as number;
    const score = tw > 0 ? (totalSum[r] as number) / tw : NaN;
    if (tw > 0 && !Number.isFinite(score)) finite = false;
    totalSum[r] = score;
  }
  // The rule set's bounds (NUMBER_RANGES) keep every sum finite; a score that is not is a bug, never a grade.
  if (!finite) throw new RangeError("a score is not finite: the rule set's weights were not checked by loadRuleSet");
  return totalSum;
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
