/**
 * What single change of the analyst's inputs would lift a row to the next better grade. Each criterion in
 * force that reads a cell as typed asks its kind for the values nearest to the row's that earn enough more
 * points (given the weights), and each candidate is checked by grading the one row with that cell changed,
 * through the same readers, criteria and rules: a change is offered only when it really reaches the grade. A
 * cap that holds the grade whatever the score is named instead. O(criteria × bands) one-row gradings; the
 * table is never graded again.
 */
import { criterionKind, scoreCriterion, tokenRecogniser } from "../criteria/registry";
import { labelOf } from "../customFields";
import type { ColumnMapping } from "../headers/mapColumns";
import type { Condition } from "../rules/schema";
import type { RuleSet } from "../rules/ruleSet";
import { type CellValue, type Localized, type Table, assertNever } from "../types";
import { hasNonAscii, normalizeToken } from "../values/text";
import { type TableColumns, readColumns } from "../grade/columns";
import { gradeForScore, round1 } from "../grade/explain";
import { prepareRules } from "../grade/hardRules";
import type { CriterionValue, Lift, LiftChange, LiftSkipped, RowOutcome } from "../grade/results";
import type { CriterionPointsTable } from "../grade/scoring";
import { type Improvement, improvementsOf } from "./kinds";
import { explainText } from "./messages";
import type { valueOrigins } from "./origin";
import { cellPieces, replacePieces } from "./pieces";
import { type ValueUnit, plainNumber, unitOf, unitStep, valueText } from "./valueText";

const isRelativeCriterion = (c: { readonly kind: Parameters<typeof criterionKind>[0] }): boolean =>
  criterionKind(c.kind).relativeToTable;

export interface LiftInput {
  readonly ruleSet: RuleSet;
  readonly table: Table;
  readonly mapping: ColumnMapping;
  readonly columns: TableColumns;
  readonly points: CriterionPointsTable;
  /** The date days are counted to. */
  readonly asOf: number;
  /** Ids of the `require` rules the table cannot check at all. */
  readonly notApplied: ReadonlySet<string>;
  readonly origins: ReturnType<typeof valueOrigins>;
}

/** Candidates tried per criterion: enough for every band of a list, bounded whatever a rule set holds. */
const MAX_TRIES = 12;

/**
 * The score of one row from its criteria's points (NaN: no value), added up in the order and with the
 * arithmetic of `ScoreSums`, so that a score on a threshold lands on the same side of it.
 */
function scoreOf(ruleSet: RuleSet, points: readonly (readonly number[])[]): number {
  let totalSum = 0;
  let totalWeight = 0;
  ruleSet.dimensions.forEach((d, i) => {
    if (d.weight === 0) return;
    let sum = 0;
    let weight = 0;
    d.criteria.forEach((c, k) => {
      const p = points[i]?.[k] ?? NaN;
      if (c.weight === 0 || p !== p) return;
      sum = sum + c.weight * p;
      weight = weight + c.weight;
    });
    if (weight > 0) {
      totalSum = totalSum + (d.weight * sum) / weight;
      totalWeight = totalWeight + d.weight;
    }
  });
  return totalWeight > 0 ? totalSum / totalWeight : NaN;
}

const OPS: Readonly<Record<Exclude<Condition["op"], "missing" | "present">, string>> = {
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  eq: "=",
  ne: "≠",
};

/** A cap's conditions as the analyst reads them: "逾期天数 > 90 且 未结余额 > 0". */
function conditionText(conditions: readonly Condition[], ruleSet: RuleSet): Localized {
  return explainText((m, lang) =>
    conditions
      .map((c) => {
        const field = labelOf(c.field, ruleSet.fields)[lang];
        if (c.op === "missing") return m.missing(field);
        if (c.op === "present") return m.present(field);
        const value =
          typeof c.value === "object"
            ? labelOf(c.value.field, ruleSet.fields)[lang]
            : plainNumber(c.value ?? NaN, unitOf(c.field, ruleSet.fields) ?? "count", lang);
        return `${field} ${OPS[c.op]} ${value}`;
      })
      .join(m.and),
  );
}

/** The value at or past `at` a change suggests, on the unit's step and still on the side that earns the points. */
function roundedTarget(improvement: { at: number; exclusive: boolean }, current: number, unit: ValueUnit): number[] {
  const step = unitStep(unit);
  const { at, exclusive } = improvement;
  const tidy = (v: number): number => Number(v.toPrecision(12));
  if (at > current) return [tidy(Math.ceil(at / step - 1e-9) * step), at];
  const floor = tidy(Math.floor(at / step + 1e-9) * step);
  if (!exclusive) return [floor, at];
  return [floor < at ? floor : tidy(floor - step)];
}

interface Trial {
  readonly cell: CellValue;
  readonly to: CriterionValue;
  readonly change: LiftChange["change"];
  readonly replaces: readonly string[];
}

export function liftOf(input: LiftInput, row: number, outcome: RowOutcome): Lift | null {
  const { ruleSet, columns, points, table } = input;
  if (outcome.computed <= 0 || outcome.score !== outcome.score) return null;
  const letters = ruleSet.grades.map((g) => g.letter);
  const target = outcome.computed - 1;
  const spec = ruleSet.grades[target];
  if (!spec) return null;
  const head = { grade: spec.letter, minScore: spec.minScore };
  const capIndex = (grade: string): number => Math.max(0, letters.indexOf(grade.toUpperCase()));

  const caps = ruleSet.rules.flatMap((rule, k) =>
    rule.kind === "cap" && ((outcome.fired >>> k) & 1) === 1 && capIndex(rule.grade) > target
      ? [
          {
            rule: rule.id,
            grade: letters[capIndex(rule.grade)] ?? rule.grade,
            condition: conditionText(rule.when, ruleSet),
            remark: rule.remark,
          },
        ]
      : [],
  );
  if (caps.length > 0) return { ...head, outcome: { kind: "capped", caps }, skipped: [] };

  const rowPoints = ruleSet.dimensions.map((_, i) => (points[i] ?? []).map((p) => p[row] as number));
  const inForce = ruleSet.dimensions.flatMap((d, i) =>
    d.weight === 0 ? [] : d.criteria.flatMap((c, k) => (c.weight === 0 ? [] : [{ d, i, c, k }])),
  );
  const relatives = inForce.filter(({ c }) => isRelativeCriterion(c));
  const cells = table.rows[row] ?? [];

  /** The row's grade index (after caps) with one cell changed; -1 when it would not be graded. */
  const gradeWith = (column: number, cell: CellValue): { computed: number; score: number } => {
    const changed = cells.map((v, c) => (c === column ? cell : v));
    const one = readColumns({ headers: table.headers, rows: [changed] }, input.mapping, new Set(letters), input.asOf);
    const out = new Float64Array(1);
    const next = rowPoints.map((list, i) =>
      list.map((p, k) => {
        const criterion = ruleSet.dimensions[i]?.criteria[k];
        if (!criterion || isRelativeCriterion(criterion)) return p; // its cells are not changed (checked below)
        scoreCriterion(criterion, one.criterionColumn(criterion.field), out);
        return out[0] as number;
      }),
    );
    const score = scoreOf(ruleSet, next);
    if (score !== score) return { computed: -1, score };
    const rules = prepareRules(ruleSet.rules, one, input.notApplied);
    let cap = 0;
    rules.rules.forEach((rule, k) => {
      if (rule.kind === "cap" && rules.tests[k]?.(0)) cap = Math.max(cap, capIndex(rule.grade));
    });
    const rounded = round1(score);
    return { computed: Math.max(gradeForScore(ruleSet, rounded), cap), score: rounded };
  };

  // The score's own weights on this row: a criterion's points move the score by its share of each.
  const dimensionWeight = rowPoints.map((list, i) =>
    list.reduce((sum, p, k) => (p === p ? sum + (ruleSet.dimensions[i]?.criteria[k]?.weight ?? 0) : sum), 0),
  );
  const totalWeight = ruleSet.dimensions.reduce(
    (sum, d, i) => ((dimensionWeight[i] as number) > 0 ? sum + d.weight : sum),
    0,
  );
  const lacking = spec.minScore - 0.05 - outcome.score; // round1 lifts a score 0.05 below to the threshold

  const skipped: LiftSkipped[] = [];
  const changes: LiftChange[] = [];
  for (const { d, i, c, k } of inForce) {
    const current = rowPoints[i]?.[k] ?? NaN;
    if (current !== current) continue; // no value to change (filling a blank is not a change of one value)
    const base = { criterion: c.id, label: c.label ?? labelOf(c.field, ruleSet.fields) };
    if (isRelativeCriterion(c)) {
      skipped.push({ ...base, why: "relative" });
      continue;
    }
    const origin = input.origins.origin(c.field, row);
    if (!origin || !origin.direct) {
      skipped.push({ ...base, why: "computed" });
      continue;
    }
    const column = origin.column;
    if (relatives.some((r) => input.origins.columnsOf(r.c.field).has(column))) {
      skipped.push({ ...base, why: "linked" });
      continue;
    }
    const share = (c.weight / (dimensionWeight[i] as number)) * (d.weight / totalWeight);
    const needed = current + lacking / share;
    if (needed > 100) continue;
    const unit = unitOf(c.field, ruleSet.fields);
    const raw = cells[column];
    const value = unit === null ? null : (columns.numbers(c.field)[row] as number);
    const from: CriterionValue | null =
      unit === null
        ? typeof raw === "string" || typeof raw === "number"
          ? { kind: "text", text: String(raw).trim() }
          : null
        : { kind: "number", value: value as number, unit, shown: valueText(value as number, unit) };
    if (from === null) continue;
    const trials = improvementsOf(c, value, needed).flatMap((improvement) =>
      trialsOf(improvement, from, c.field, column, raw, tokenRecogniser(c)),
    );
    for (const trial of trials.slice(0, MAX_TRIES)) {
      const after = gradeWith(column, trial.cell);
      if (after.computed < 0 || after.computed > target) continue;
      changes.push({
        ...base,
        column,
        change: trial.change,
        from,
        to: trial.to,
        replaces: trial.replaces,
        cell: trial.cell as number | string,
        score: after.score,
        grade: letters[after.computed] ?? "",
      });
      break;
    }
  }
  return { ...head, outcome: changes.length > 0 ? { kind: "changes", changes } : { kind: "none" }, skipped };

  function trialsOf(
    improvement: Improvement,
    from: CriterionValue,
    field: string,
    column: number,
    raw: CellValue,
    recognises: ((token: string) => boolean) | undefined,
  ): Trial[] {
    switch (improvement.kind) {
      case "number": {
        if (from.kind !== "number") return [];
        const perCell = input.origins.readCell(field, column, 1);
        if (!(perCell > 0 || perCell < 0)) return [];
        return roundedTarget(improvement, from.value, from.unit).map((v) => ({
          cell: Number((v / perCell).toPrecision(12)),
          to: { kind: "number", value: v, unit: from.unit, shown: valueText(v, from.unit) },
          change: v > from.value ? "raise" : "lower",
          replaces: [],
        }));
      }
      case "word": {
        if (typeof raw !== "string" || !recognises) return [];
        const wide = hasNonAscii(raw);
        const word = improvement.words.find((w) => hasNonAscii(w) === wide) ?? improvement.words[0];
        if (word === undefined) return [];
        const matches = (piece: string): boolean => recognises(normalizeToken(piece));
        return [
          {
            cell: replacePieces(raw, matches, word),
            to: { kind: "text", text: word },
            change: "word",
            replaces: cellPieces(raw).filter(matches),
          },
        ];
      }
      default:
        return assertNever(improvement, "improvement");
    }
  }
}
