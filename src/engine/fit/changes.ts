/** What the fit changed, number by number, labelled for the analyst ("年交易量 20 → 30, 24 % → 35 % of the score"). */
import { labelOf } from "../customFields";
import { engineText } from "../i18n";
import type { ParsedRuleSet, RuleSetInput } from "../rules/schema";
import type { Localized } from "../types";
import { numberAt, pathText } from "./paths";
import type { FitChange } from "./types";
import { tuningOf } from "../criteria/registry";

type Dimensions = ParsedRuleSet["dimensions"];

/** Each dimension's share (%) of the score when every criterion has data, one decimal. */
function dimensionShares(dimensions: Dimensions, active: (d: number) => boolean): number[] {
  const weights = dimensions.map((d, i) => (active(i) && d.criteria.some((c) => c.weight > 0) ? d.weight : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? Math.round((1000 * w) / total) / 10 : 0));
}

const joined = (a: Localized, b: Localized): Localized => engineText((_, lang) => `${a[lang]} · ${b[lang]}`);

/**
 * `active(d)`: whether the table has data for dimension d (shares are of the dimensions the table can score).
 */
export function changesOf(
  before: ParsedRuleSet,
  after: ParsedRuleSet,
  fields: ParsedRuleSet["fields"],
  active: (d: number) => boolean,
): FitChange[] {
  const changes: FitChange[] = [];
  const sharesBefore = dimensionShares(before.dimensions, active);
  const sharesAfter = dimensionShares(after.dimensions, active);
  before.dimensions.forEach((d, i) => {
    const a = after.dimensions[i];
    if (!a) return;
    if (d.weight !== a.weight || sharesBefore[i] !== sharesAfter[i])
      changes.push({
        kind: "dimension",
        path: `dimensions[${i}].weight`,
        label: d.label,
        before: d.weight,
        after: a.weight,
        shareBefore: sharesBefore[i] as number,
        shareAfter: sharesAfter[i] as number,
      });
    d.criteria.forEach((c, j) => {
      const ca = a.criteria[j];
      if (!ca) return;
      const label = joined(d.label, c.label ?? labelOf(c.field, fields));
      if (c.weight !== ca.weight)
        changes.push({
          kind: "criterion",
          path: `dimensions[${i}].criteria[${j}].weight`,
          label,
          before: c.weight,
          after: ca.weight,
        });
      if (c.kind !== ca.kind) {
        changes.push({
          kind: "parameter",
          path: `dimensions[${i}].criteria[${j}].kind`,
          label,
          before: null,
          after: null,
          form: { before: c.kind, after: ca.kind },
        });
        return;
      }
      for (const knob of tuningOf(c)) {
        const was = numberAt(c, knob.path);
        const now = numberAt(ca, knob.path);
        if (was !== now)
          changes.push({
            kind: "parameter",
            path: `dimensions[${i}].criteria[${j}].${pathText(knob.path)}`,
            label,
            before: was,
            after: now,
          });
      }
    });
  });
  return changes;
}

/** Thresholds and hard rules, compared by letter and by rule id (the ladder may have fewer grades). */
export function ladderAndRuleChanges(before: ParsedRuleSet, after: RuleSetInput): FitChange[] {
  const changes: FitChange[] = [];
  after.grades.forEach((g, i) => {
    const was = before.grades.find((b) => b.letter === g.letter);
    if (was?.minScore !== g.minScore)
      changes.push({
        kind: "threshold",
        path: `grades[${i}].minScore`,
        label: g.label ?? engineText(() => g.letter),
        before: was?.minScore ?? null,
        after: g.minScore,
      });
  });
  (after.rules ?? []).forEach((rule, i) => {
    const was = before.rules.find((b) => b.id === rule.id);
    if (!was || rule.kind !== "cap" || was.kind !== "cap") return;
    const on = rule.enabled ?? true;
    if (was.enabled !== on)
      changes.push({
        kind: "rule",
        path: `rules[${i}].enabled`,
        label: rule.remark,
        before: was.enabled ? 1 : 0,
        after: on ? 1 : 0,
      });
    if (was.grade !== rule.grade)
      changes.push({
        kind: "rule",
        path: `rules[${i}].grade`,
        label: rule.remark,
        before: null,
        after: null,
        grade: { before: was.grade, after: rule.grade },
      });
    rule.when.forEach((condition, c) => {
      const old = was.when[c];
      if (typeof condition.value === "number" && typeof old?.value === "number" && old.value !== condition.value)
        changes.push({
          kind: "rule",
          path: `rules[${i}].when[${c}].value`,
          label: rule.remark,
          before: old.value,
          after: condition.value,
        });
    });
  });
  return changes;
}
