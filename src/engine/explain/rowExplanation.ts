/**
 * How one row's score and grade came about, for the score card: each dimension's share of the score and its
 * maximum, each criterion's value (and the cell it came from), points and why, the thresholds, the dimensions
 * that do not count and why, the score's own grade beside a capped or manual one, and what would lift it.
 */
import { labelOf } from "../customFields";
import type { FieldRef } from "../rules/schema";
import type { Localized } from "../types";
import type { NotAssessed } from "../grade/assessed";
import { gradeForScore, round1 } from "../grade/explain";
import type {
  CriterionExplanation,
  CriterionValue,
  DimensionExplanation,
  DimensionNotAssessed,
  RowExplanation,
  RowOutcome,
  RowResult,
} from "../grade/results";
import { describePoints } from "./kinds";
import { type LiftInput, liftOf } from "./lift";
import { plainNumber, unitOf, valueText } from "./valueText";

export interface DetailInput extends LiftInput {
  readonly notAssessed: NotAssessed;
  readonly sourceNote: (ref: FieldRef) => Localized | null;
}

export function explainInDetail(
  input: DetailInput,
  row: number,
  result: RowResult,
  outcome: RowOutcome,
): RowExplanation {
  const { ruleSet, columns, points } = input;
  const thresholds = ruleSet.grades.map((g) => ({ letter: g.letter, minScore: g.minScore }));
  if (result.status === "skipped")
    return { result, thresholds, scoreGrade: null, dimensions: [], notAssessed: [], lift: null };

  const inForce = ruleSet.dimensions.flatMap((d, i) =>
    d.weight > 0 && d.criteria.some((c) => c.weight > 0) ? [{ d, i }] : [],
  );
  const ruleTotal = inForce.reduce((sum, { d }) => sum + d.weight, 0);
  const means = inForce.map(({ d, i }) => {
    let sum = 0;
    let weight = 0;
    d.criteria.forEach((c, k) => {
      const p = points[i]?.[k]?.[row] ?? NaN;
      if (c.weight > 0 && p === p) {
        sum += c.weight * p;
        weight += c.weight;
      }
    });
    return { sum, weight, mean: weight > 0 ? sum / weight : NaN };
  });
  const total = inForce.reduce((sum, { d }, n) => ((means[n]?.weight ?? 0) > 0 ? sum + d.weight : sum), 0);
  const tableLacks = new Set(input.notAssessed.dimensions.map((d) => d.id));

  const dimensions: DimensionExplanation[] = [];
  const notAssessed: DimensionNotAssessed[] = [];
  inForce.forEach(({ d, i }, n) => {
    const own = means[n] ?? { sum: 0, weight: 0, mean: NaN };
    const ruleWeight = d.weight / ruleTotal;
    if (own.weight === 0) {
      const fields = [...new Set(d.criteria.filter((c) => c.weight > 0).map((c) => c.field))];
      notAssessed.push({
        dimension: d.id,
        label: d.label,
        ruleWeight,
        cause: tableLacks.has(d.id) ? "noColumn" : "noValue",
        fields: fields.map((f) => labelOf(f, ruleSet.fields)),
      });
      return;
    }
    const weight = d.weight / total;
    dimensions.push({
      dimension: d.id,
      label: d.label,
      weight,
      ruleWeight,
      points: round1(weight * own.mean),
      maxPoints: round1(weight * 100),
      dimensionScore: round1(own.mean),
      criteria: d.criteria.flatMap((c, k): CriterionExplanation[] => {
        if (c.weight === 0) return [];
        const p = points[i]?.[k]?.[row] ?? NaN;
        const value = p === p ? valueOf(c.field) : null;
        const source = input.sourceNote(c.field);
        const unit = unitOf(c.field, ruleSet.fields) ?? "count";
        return [
          {
            criterion: c.id,
            label: c.label ?? labelOf(c.field, ruleSet.fields),
            field: c.field,
            weight: p === p ? c.weight / own.weight : 0,
            points: p === p ? round1(p) : null,
            value,
            column: value === null ? null : (input.origins.origin(c.field, row)?.column ?? null),
            why:
              p === p
                ? describePoints(c, columns.criterionColumn(c.field), row, (v, lang) => plainNumber(v, unit, lang))
                : null,
            ...(source ? { source } : {}),
          },
        ];
      }),
    });
  });

  const graded = result.status === "graded";
  return {
    result,
    thresholds,
    scoreGrade: graded ? (ruleSet.grades[gradeForScore(ruleSet, round1(outcome.score))]?.letter ?? null) : null,
    dimensions,
    notAssessed,
    lift: graded ? liftOf(input, row, outcome) : null,
  };

  function valueOf(field: FieldRef): CriterionValue | null {
    const unit = unitOf(field, ruleSet.fields);
    if (unit !== null) {
      const v = columns.numbers(field)[row] as number;
      return v === v ? { kind: "number", value: v, unit, shown: valueText(v, unit) } : null;
    }
    const text = columns.customTexts(field)[row];
    return text == null ? null : { kind: "text", text };
  }
}
