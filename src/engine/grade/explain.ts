/** The reasons of one row: each dimension's share of the score and the rules that acted on it. */
import { labelOf } from "../customFields";
import type { RuleSet } from "../rules/ruleSet";
import { type Localized, assertNever } from "../types";
import { engineText } from "../i18n";
import type { FieldRef } from "../rules/schema";
import type { NotAssessed } from "./assessed";
import type { Reason, RowOutcome } from "./results";
import type { CriterionPointsTable } from "./scoring";

/** The grade index a score earns from the thresholds alone (best grade first). */
export function gradeForScore(ruleSet: RuleSet, rounded: number): number {
  let g = 0;
  while (g < ruleSet.grades.length - 1 && rounded < (ruleSet.grades[g]?.minScore ?? 0)) g++;
  return g;
}

// Read once: inside jest's sandbox a global lookup in a hot loop is many times slower than a local one.
const { round } = Math;

export function round1(value: number): number {
  return round(value * 10) / 10;
}

/** Weighted mean of the values that are not NaN; NaN when none is. */
function weightedMean(values: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  let total = 0;
  values.forEach((v, i) => {
    const w = weights[i] ?? 0;
    if (v === v && w > 0) {
      sum += w * v;
      total += w;
    }
  });
  return total > 0 ? sum / total : NaN;
}

/** What a row's reasons say of the table as a whole. */
export interface ExplainContext {
  readonly notAssessed: NotAssessed;
  /** Where a field's values came from in this table, when not simply its own column. */
  readonly sourceNote: (ref: FieldRef) => Localized | null;
}

export function explainRow(
  ruleSet: RuleSet,
  points: CriterionPointsTable,
  row: number,
  context: ExplainContext,
  outcome: RowOutcome,
): Reason[] {
  const reasons: Reason[] = [];
  const perDimension = ruleSet.dimensions.map((d, i) =>
    weightedMean(
      d.criteria.map((_, k) => points[i]?.[k]?.[row] ?? NaN),
      d.criteria.map((c) => c.weight),
    ),
  );
  const total = ruleSet.dimensions.reduce(
    (sum, d, i) => ((perDimension[i] as number) === (perDimension[i] as number) ? sum + d.weight : sum),
    0,
  );
  ruleSet.dimensions.forEach((d, i) => {
    const value = perDimension[i] as number;
    if (value !== value || d.weight === 0) return;
    reasons.push({
      kind: "dimension",
      dimension: d.id,
      label: d.label,
      points: round1((d.weight * value) / total),
      dimensionScore: round1(value),
      criteria: d.criteria.map((c, k) => {
        const p = points[i]?.[k]?.[row] ?? NaN;
        const source = context.sourceNote(c.field);
        return {
          criterion: c.id,
          label: c.label ?? labelOf(c.field, ruleSet.fields),
          field: c.field,
          points: p === p ? round1(p) : null,
          ...(source ? { source } : {}),
        };
      }),
    });
  });
  const { dimensions } = context.notAssessed;
  if (dimensions.length > 0) {
    reasons.push({
      kind: "notAssessed",
      dimensions: dimensions.map((d) => ({ dimension: d.id, label: d.label })),
      remark: engineText((m, lang) => m.notAssessed.row(dimensions.map((d) => d.label[lang]))),
    });
  }
  const letters = ruleSet.grades.map((g) => g.letter);
  const fromScore = outcome.score === outcome.score ? gradeForScore(ruleSet, round1(outcome.score)) : -1;
  ruleSet.rules.forEach((rule, k) => {
    if (((outcome.fired >>> k) & 1) === 0) return;
    switch (rule.kind) {
      case "cap": {
        const capIndex = letters.indexOf(rule.grade.toUpperCase());
        reasons.push({
          kind: "cap",
          rule: rule.id,
          grade: letters[capIndex] ?? rule.grade,
          lowered: fromScore >= 0 && capIndex > fromScore,
          remark: rule.remark,
        });
        break;
      }
      case "flag":
        reasons.push({ kind: "flag", rule: rule.id, remark: rule.remark });
        break;
      case "manualOverride":
        reasons.push({
          kind: "override",
          rule: rule.id,
          grade: letters[outcome.final] ?? "",
          computedGrade: outcome.computed >= 0 ? (letters[outcome.computed] ?? null) : null,
          remark: rule.remark,
        });
        break;
      case "require":
        break; // listed as `missing` on the incomplete row
      default:
        assertNever(rule, "rule kind");
    }
  });
  return reasons;
}
