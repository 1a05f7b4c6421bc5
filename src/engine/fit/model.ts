/**
 * A rule set being fitted, held as plain numbers beside the points each criterion gives the rows it is fitted
 * on, so one trial (one weight, one band, one cap changed) re-scores those rows with the engine's own
 * arithmetic (`ScoreSums`, the kinds' own `score`) and asks `ThresholdSolver` how well the best thresholds
 * then agree with the analyst. What it measures is what the engine will grade.
 */
import {
  alternativesOf,
  criterionKind,
  scoreCriterion,
  tuningOf,
  withWordList,
  wordListOf,
} from "../criteria/registry";
import type { CriterionColumn } from "../criteria/kind";
import { round1 } from "../grade/explain";
import { ScoreSums } from "../grade/scoring";
import type { TableColumns } from "../grade/columns";
import { compileAll } from "../grade/conditions";
import type { Criterion } from "../rules/ruleSet";
import type { ParsedRuleSet, Rule } from "../rules/schema";
import {
  CRITERION_WEIGHTS,
  DIMENSION_WEIGHTS,
  POINT_VALUES,
  SHARE_VALUES,
  cutValues,
  thresholdDigits,
} from "./candidates";
import { type JsonPath, numberAt, withNumberAt } from "./paths";
import { type ThresholdInput, ThresholdSolver } from "./thresholds";

// Read once: inside jest's sandbox a global lookup in a hot loop is many times slower than a local one.
const { floor } = Math;

/** One number the search may move: its place, its current value, the values to try, and how to set one. */
export interface Knob {
  readonly where: KnobPlace;
  readonly current: () => number;
  readonly candidates: () => readonly number[];
  readonly set: (value: number) => void;
  /** For a threshold: how round a value reads (fewer is rounder), so of values that fit alike the roundest wins. */
  readonly roundness?: (value: number) => number;
}

export type KnobPlace =
  | { readonly kind: "dimensionWeight"; readonly dimension: number }
  | { readonly kind: "criterionWeight"; readonly dimension: number; readonly criterion: number }
  | {
      readonly kind: "parameter";
      readonly dimension: number;
      readonly criterion: number;
      /** Which of the criterion's forms (0: its own kind; then its kind's alternatives) the number belongs to. */
      readonly form: number;
      readonly path: JsonPath;
    }
  | { readonly kind: "form"; readonly dimension: number; readonly criterion: number }
  | { readonly kind: "rule"; readonly rule: number; readonly path: JsonPath }
  | { readonly kind: "word"; readonly dimension: number; readonly criterion: number; readonly word: string };

/** A criterion as read for a start learned from the table: its place, forms, and what it reads and gives. */
export interface CriterionView {
  readonly dimension: number;
  readonly criterion: number;
  readonly field: string;
  /** The kinds of its forms: its own first, then the kinds it can be written as. */
  readonly formKinds: readonly string[];
  readonly relative: boolean;
  readonly hasData: boolean;
  /** Its field's values on the fitted rows (NaN where missing); null for a kind that reads words. */
  readonly values: Float64Array | null;
  /** Its points on the fitted rows under its current numbers (NaN where missing). */
  readonly points: Float64Array;
}

interface FittedCriterion {
  /** Index of its dimension: a change to it makes only that dimension's sums stale. */
  readonly dimension: number;
  /** The criterion as it now scores: `forms[form]`, kept up to date by every change. */
  criterion: Criterion;
  /** The criterion in its own kind first, then as each alternative kind (see `alternatives` of a kind). */
  readonly forms: Criterion[];
  form: number;
  readonly column: CriterionColumn;
  /** Points on every row of the table (rank-like kinds need the whole table), and on the fitted rows. */
  readonly all: Float64Array;
  readonly points: Float64Array;
  /** False when no fitted row has a value: nothing the fit does to it can change a grade. */
  readonly hasData: boolean;
}

interface FittedCap {
  readonly ruleIndex: number;
  /** Whether the cap's conditions hold, per fitted row. */
  readonly holds: Uint8Array;
}

export interface FitRows {
  /** Indexes of the table rows fitted on. */
  readonly rows: Int32Array;
  /** The analyst's grade index per fitted row. */
  readonly analyst: Int16Array;
}

export class FitModel {
  readonly dimensionWeights: number[];
  private readonly criteria: FittedCriterion[][];
  rules: Rule[];
  private readonly caps: FittedCap[];
  private readonly incomplete: Uint8Array;
  private readonly sums: ScoreSums;
  /**
   * Each dimension's sums as of its last change, so a trial re-adds only the dimension it touched (the sums
   * are the grading's own, `ScoreSums`, so the scores stay bit for bit the engine's).
   */
  private readonly dimensionSums: { readonly sum: Float64Array; readonly weight: Float64Array; stale: boolean }[];
  private readonly scores: Float64Array;
  private readonly input: ThresholdInput;
  /**
   * Trials that change one criterion's points are scored from the last full sum: score = base + k × (new − old
   * points), per row (k: the criterion's share of the row's score). Anything else (a weight, another criterion,
   * a value appearing or vanishing) sums everything again, the grading's way; the thresholds returned and the
   * fitted rule set's agreement (the engine's own grading) never depend on the shortcut.
   */
  private readonly delta: {
    full: boolean;
    criterion: FittedCriterion | null;
    readonly scores: Float64Array;
    readonly totalWeight: Float64Array;
    readonly points: Float64Array;
    readonly share: Float64Array;
  };
  /** Whether `input.cap` must be worked out again (a cap's number changed since). */
  private capsStale = true;
  private readonly solver: ThresholdSolver;
  /** Sorted values of each field a threshold reads, computed once. */
  private readonly sortedValues = new Map<string, Float64Array>();
  evaluations = 0;

  get rowCount(): number {
    return this.fitRows.rows.length;
  }

  constructor(
    private readonly start: ParsedRuleSet,
    private readonly columns: TableColumns,
    private readonly fitRows: FitRows,
    /** The letters of the fitted ladder, best first. */
    private readonly letters: readonly string[],
    /** Whether each table row fails a `require` rule (it is then incomplete whatever the weights). */
    requireFails: (row: number) => boolean,
  ) {
    const n = fitRows.rows.length;
    // Before the criteria: scoring each one marks its dimension's sums stale.
    this.dimensionSums = start.dimensions.map(() => ({
      sum: new Float64Array(n),
      weight: new Float64Array(n),
      stale: true,
    }));
    this.delta = {
      full: true,
      criterion: null,
      scores: new Float64Array(n),
      totalWeight: new Float64Array(n),
      points: new Float64Array(n),
      share: new Float64Array(n),
    };
    this.dimensionWeights = start.dimensions.map((d) => d.weight);
    this.criteria = start.dimensions.map((d, dimension) =>
      d.criteria.map((criterion) => {
        const column = columns.criterionColumn(criterion.field);
        const fitted: FittedCriterion = {
          dimension,
          criterion,
          forms: [criterion, ...alternativesOf(criterion)],
          form: 0,
          column,
          all: new Float64Array(columns.rowCount),
          points: new Float64Array(n),
          hasData: false,
        };
        this.rescore(fitted);
        return { ...fitted, hasData: fitted.points.some((p) => p === p) };
      }),
    );
    this.rules = start.rules.map((rule) =>
      rule.kind === "cap" ? { ...rule, grade: this.ladderLetter(rule.grade) } : rule,
    );
    this.caps = this.rules.flatMap((rule, ruleIndex) =>
      rule.kind === "cap" ? [{ ruleIndex, holds: new Uint8Array(n) }] : [],
    );
    for (const cap of this.caps) this.retest(cap);
    this.incomplete = Uint8Array.from(fitRows.rows, (row) => (requireFails(row) ? 1 : 0));
    this.sums = new ScoreSums(n);
    this.scores = new Float64Array(n);
    this.input = { points: new Int16Array(n), cap: new Int8Array(n), analyst: fitRows.analyst };
    this.solver = new ThresholdSolver(letters.length);
  }

  /** A cap's grade in the fitted ladder: its own letter, else the next worse one the analyst uses, else the worst. */
  private ladderLetter(letter: string): string {
    if (this.letters.includes(letter)) return letter;
    const order = this.start.grades.map((g) => g.letter);
    const worse = order.slice(order.indexOf(letter) + 1).find((l) => this.letters.includes(l));
    return worse ?? (this.letters[this.letters.length - 1] as string);
  }

  private rescore(fitted: FittedCriterion): void {
    (this.dimensionSums[fitted.dimension] as { stale: boolean }).stale = true;
    this.noteChange(fitted);
    scoreCriterion(fitted.criterion, fitted.column, fitted.all);
    const { rows } = this.fitRows;
    for (let i = 0; i < rows.length; i++) fitted.points[i] = fitted.all[rows[i] as number] as number;
  }

  private retest(cap: FittedCap): void {
    const rule = this.rules[cap.ruleIndex];
    if (rule?.kind !== "cap") return;
    const test = compileAll(rule.when, this.columns);
    const { rows } = this.fitRows;
    for (let i = 0; i < rows.length; i++) cap.holds[i] = test(rows[i] as number) ? 1 : 0;
  }

  /** The fitted rows' grading inputs under the current numbers. */
  /** Before `fitted`'s points change: the first change since a full sum keeps the points it started from. */
  private noteChange(fitted: FittedCriterion): void {
    const delta = this.delta;
    if (delta.full || delta.criterion === fitted) return;
    if (delta.criterion !== null) {
      delta.full = true;
      return;
    }
    delta.criterion = fitted;
    delta.points.set(fitted.points);
    const dimensionWeight = (this.dimensionSums[fitted.dimension] as (typeof this.dimensionSums)[number]).weight;
    const w = (this.dimensionWeights[fitted.dimension] as number) * fitted.criterion.weight;
    for (let r = 0; r < delta.share.length; r++) {
      const dw = dimensionWeight[r] as number;
      const tw = delta.totalWeight[r] as number;
      delta.share[r] = dw > 0 && tw > 0 ? w / dw / tw : 0;
    }
  }

  /** The scores from the last full sum and one criterion's change; false when a value appeared or vanished. */
  private scoresByDelta(): boolean {
    const { scores, delta } = this;
    const fitted = delta.criterion as FittedCriterion;
    const now = fitted.points;
    for (let r = 0; r < scores.length; r++) {
      const p = now[r] as number;
      const was = delta.points[r] as number;
      if (p !== p || was !== was) {
        if (p === p || was === was) return false;
        scores[r] = delta.scores[r] as number;
      } else scores[r] = (delta.scores[r] as number) + (delta.share[r] as number) * (p - was);
    }
    return true;
  }

  private prepare(exact = false): ThresholdInput {
    this.evaluations++;
    if (exact || this.delta.full || this.delta.criterion === null || !this.scoresByDelta()) this.sumAll();
    this.pointsAndCaps();
    return this.input;
  }

  /** Every dimension's sums (kept ones reused) into the scores, as the grading adds them; a new base for trials. */
  private sumAll(): void {
    const { sums, scores, delta } = this;
    sums.reset();
    this.criteria.forEach((criteria, d) => {
      const weight = this.dimensionWeights[d] as number;
      if (weight === 0) return;
      const cached = this.dimensionSums[d] as (typeof this.dimensionSums)[number];
      if (cached.stale) {
        sums.startDimension();
        for (const c of criteria) if (c.criterion.weight > 0) sums.addCriterion(c.points, c.criterion.weight);
        sums.copyDimension(cached.sum, cached.weight);
        cached.stale = false;
      }
      sums.addDimension(cached.sum, cached.weight, weight);
    });
    sums.scoresInto(scores);
    sums.weightsInto(delta.totalWeight);
    delta.scores.set(scores);
    delta.full = false;
    delta.criterion = null;
  }

  private pointsAndCaps(): void {
    const { scores, input } = this;
    const { points, cap } = input;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i] as number;
      points[i] = this.incomplete[i] || s !== s ? -1 : floor(round1(s));
    }
    // The caps change only when a cap's number does: most trials reuse them.
    if (this.capsStale) {
      cap.fill(0);
      for (const c of this.caps) {
        const rule = this.rules[c.ruleIndex];
        if (rule?.kind !== "cap" || !rule.enabled) continue;
        const g = this.letters.indexOf(rule.grade);
        for (let i = 0; i < cap.length; i++) if (c.holds[i] && g > (cap[i] as number)) cap[i] = g;
      }
      this.capsStale = false;
    }
  }

  loss(): number {
    return this.solver.loss(this.prepare());
  }

  /** Fitted rows the best thresholds grade differently from the analyst, under the current numbers. */
  disagreements(): number {
    return this.solver.fit(this.prepare(), []).disagreements;
  }

  /** The thresholds that go with the current numbers, and how many fitted rows they grade differently. */
  thresholds(preferred: readonly number[]): { readonly minScores: readonly number[]; readonly disagreements: number } {
    return this.solver.fit(this.prepare(true), preferred);
  }

  criterionAt(d: number, c: number): Criterion {
    return (this.criteria[d]?.[c] as FittedCriterion).criterion;
  }

  dimensionCount(): number {
    return this.criteria.length;
  }

  criterionCount(d: number): number {
    return this.criteria[d]?.length ?? 0;
  }

  private sorted(field: string): Float64Array {
    let found = this.sortedValues.get(field);
    if (!found) {
      const values = this.columns.numbers(field);
      found = Float64Array.from(values.filter((v) => v === v)).sort();
      this.sortedValues.set(field, found);
    }
    return found;
  }

  /** Every number the search may move, the weights first (they matter most), then bands, then the caps. */
  knobs(): Knob[] {
    const knobs: Knob[] = [];
    const active = (d: number): boolean => (this.criteria[d] ?? []).some((c) => c.hasData);
    this.criteria.forEach((criteria, d) => {
      if (!active(d)) return;
      knobs.push({
        where: { kind: "dimensionWeight", dimension: d },
        current: () => this.dimensionWeights[d] as number,
        candidates: () => DIMENSION_WEIGHTS,
        set: (v) => {
          this.dimensionWeights[d] = v;
          this.delta.full = true;
        },
      });
      criteria.forEach((fitted, c) => {
        if (!fitted.hasData) return;
        knobs.push({
          where: { kind: "criterionWeight", dimension: d, criterion: c },
          current: () => fitted.criterion.weight,
          // A dimension keeps one weighted criterion (the rule set requires it): it is switched off whole instead.
          candidates: () =>
            criteria.some((other) => other !== fitted && other.criterion.weight > 0)
              ? CRITERION_WEIGHTS
              : CRITERION_WEIGHTS.filter((w) => w > 0),
          set: (v) => {
            fitted.criterion = { ...fitted.criterion, weight: v };
            (this.dimensionSums[d] as { stale: boolean }).stale = true;
            this.delta.full = true;
          },
        });
      });
    });
    this.criteria.forEach((criteria, d) =>
      criteria.forEach((fitted, c) => {
        if (!fitted.hasData) return;
        if (fitted.forms.length > 1) knobs.push(this.formKnob(fitted, d, c));
        fitted.forms.forEach((_, form) => knobs.push(...this.parameterKnobs(fitted, d, c, form)));
      }),
    );
    this.criteria.forEach((criteria, d) =>
      criteria.forEach((fitted, c) => {
        if (fitted.hasData) knobs.push(...this.wordKnobs(fitted, d, c));
      }),
    );
    for (const cap of this.caps) knobs.push(...this.capKnobs(cap));
    // A weight or a band of a dimension switched off changes nothing: its trials are skipped while it is off.
    return knobs.map((k) => ({ ...k, candidates: () => (this.matters(k.where) ? k.candidates() : []) }));
  }

  /**
   * How strongly each criterion's points go with the analyst's grades on the fitted rows (Pearson's r of the
   * points and the grade, best grade highest; 0 without data), per dimension: a place to start the weights.
   */
  correlations(): number[][] {
    const { analyst } = this.fitRows;
    return this.criteria.map((criteria) =>
      criteria.map((fitted) => {
        let n = 0;
        let sx = 0;
        let sy = 0;
        let sxx = 0;
        let syy = 0;
        let sxy = 0;
        fitted.points.forEach((p, i) => {
          if (p !== p) return;
          const y = -(analyst[i] as number);
          n++;
          sx += p;
          sy += y;
          sxx += p * p;
          syy += y * y;
          sxy += p * y;
        });
        const vx = sxx - (sx * sx) / Math.max(1, n);
        const vy = syy - (sy * sy) / Math.max(1, n);
        return n < 3 || vx <= 0 || vy <= 0 ? 0 : (sxy - (sx * sy) / n) / Math.sqrt(vx * vy);
      }),
    );
  }

  /** The analyst's grade index per fitted row (0 the best grade). */
  analystGrades(): Int16Array {
    return this.fitRows.analyst;
  }

  /** Each criterion as a start learned from the table reads it (see `learnedStart.ts`). */
  criterionViews(): CriterionView[] {
    const { rows } = this.fitRows;
    return this.criteria.flatMap((criteria, dimension) =>
      criteria.map((fitted, criterion) => {
        const kind = criterionKind(fitted.criterion.kind);
        const numbers = kind.input === "number" ? fitted.column.numbers() : null;
        return {
          dimension,
          criterion,
          field: fitted.criterion.field,
          formKinds: fitted.forms.map((f) => f.kind),
          relative: kind.relativeToTable,
          hasData: fitted.hasData,
          values: numbers && Float64Array.from(rows, (row) => numbers[row] as number),
          points: fitted.points,
        };
      }),
    );
  }

  /** Switches the criterion between its own kind and the kinds it can be written as (the weight goes along). */
  private formKnob(fitted: FittedCriterion, d: number, c: number): Knob {
    return {
      where: { kind: "form", dimension: d, criterion: c },
      current: () => fitted.form,
      candidates: () => fitted.forms.map((_, i) => i),
      set: (v) => {
        if (v === fitted.form) return;
        fitted.forms[fitted.form] = fitted.criterion;
        fitted.criterion = { ...(fitted.forms[v] as Criterion), weight: fitted.criterion.weight } as Criterion;
        fitted.form = v;
        this.rescore(fitted);
      },
    };
  }

  /** The numbers of one form of a criterion; they count only while that form is the one in force. */
  private parameterKnobs(fitted: FittedCriterion, d: number, c: number, form: number): Knob[] {
    const get = (): Criterion => (fitted.form === form ? fitted.criterion : (fitted.forms[form] as Criterion));
    const put = (next: Criterion): void => {
      if (fitted.form === form) {
        fitted.criterion = next;
        this.rescore(fitted);
      } else fitted.forms[form] = next;
    };
    const tuning = tuningOf(get());
    // Each number's place in its group as the form starts: the order every trial keeps.
    const ranks = new Map(tuning.map((k, i) => [k.path.join(), [numberAt(get(), k.path) ?? NaN, i] as const] as const));
    const before = (a: readonly [number, number], b: readonly [number, number]): boolean =>
      a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    return tuning.map((knob) => {
      const group = knob.group;
      const mine = ranks.get(knob.path.join()) ?? ([NaN, -1] as const);
      /** The current values of the group's numbers ranked below and above this one. */
      const siblings = (): { below: number[]; above: number[] } => {
        const out = { below: [] as number[], above: [] as number[] };
        if (group === undefined) return out;
        for (const k of tuning) {
          if (k.group !== group || k.path.join() === knob.path.join()) continue;
          const rank = ranks.get(k.path.join()) ?? mine;
          (before(rank, mine) ? out.below : out.above).push(numberAt(get(), k.path) ?? NaN);
        }
        return out;
      };
      const values = (): readonly number[] =>
        knob.role === "points"
          ? POINT_VALUES
          : knob.role === "share"
            ? SHARE_VALUES
            : cutValues(this.sorted(get().field));
      return {
        where: { kind: "parameter", dimension: d, criterion: c, form, path: knob.path },
        current: () => numberAt(get(), knob.path) ?? NaN,
        candidates: () => keepOrder(values(), siblings(), knob.role !== "points"),
        ...(knob.role === "cut" && { roundness: thresholdDigits }),
        set: (v: number) => put(withNumberAt(get(), knob.path, v)),
      };
    });
  }

  /** Whether the number weights something scored against the rest of the table (a rank, a percentile). */
  isRelative(where: KnobPlace): boolean {
    const relative = (c: Criterion): boolean => criterionKind(c.kind).relativeToTable;
    if (where.kind === "criterionWeight") return relative(this.criterionAt(where.dimension, where.criterion));
    if (where.kind === "dimensionWeight")
      return (this.criteria[where.dimension] ?? []).some((c) => relative(c.criterion));
    return false;
  }

  private matters(where: KnobPlace): boolean {
    if (where.kind === "parameter" || where.kind === "criterionWeight") {
      if ((this.dimensionWeights[where.dimension] as number) === 0) return false;
    }
    if (where.kind === "parameter") {
      const fitted = this.criteria[where.dimension]?.[where.criterion];
      return fitted !== undefined && fitted.form === where.form && fitted.criterion.weight > 0;
    }
    if (where.kind === "form" && (this.dimensionWeights[where.dimension] as number) === 0) return false;
    if (where.kind === "rule" && where.path[0] !== "enabled") {
      const rule = this.rules[where.rule];
      return rule !== undefined && rule.enabled;
    }
    return true;
  }

  /**
   * For a criterion with a word list: each word of its column (the most common first) may join any level, as
   * the analyst's own vocabulary ("稳定合作" apart from "长期合作", a CRM's "Tier-1 partner") needs. Value -1
   * is the list as it was; level i adds the word to entry i and takes it out of the others.
   */
  private wordKnobs(fitted: FittedCriterion, d: number, c: number): Knob[] {
    const original = wordListOf(fitted.criterion);
    if (!original || original.length < 2) return [];
    const { ids, texts } = fitted.column.dictionary();
    const counts = new Map<string, number>();
    const seen = new Uint32Array(texts.length);
    for (const row of this.fitRows.rows) {
      const id = ids[row] as number;
      if (id >= 0) seen[id] = (seen[id] as number) + 1;
    }
    texts.forEach((text, id) => {
      for (const token of fitted.column.tokensOf(text))
        counts.set(token, (counts.get(token) ?? 0) + (seen[id] as number));
    });
    const words = [...counts.entries()]
      .filter(([, n]) => n >= MIN_WORD_ROWS)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_WORDS_PER_CRITERION)
      .map(([word]) => word);
    return words.map((word) => {
      let level = -1;
      return {
        where: { kind: "word", dimension: d, criterion: c, word },
        current: () => level,
        candidates: () => original.map((_, i) => i),
        set: (v: number) => {
          level = v;
          const entries = wordListOf(fitted.criterion) ?? original;
          const without = entries.map((e) => ({ ...e, words: e.words.filter((w) => w !== word) }));
          const next =
            v < 0
              ? without.map((e, i) => ({
                  ...e,
                  words: (original[i]?.words ?? []).includes(word) ? [...e.words, word] : e.words,
                }))
              : without.map((e, i) => (i === v ? { ...e, words: [...e.words, word] } : e));
          fitted.criterion = withWordList(
            fitted.criterion,
            next.filter((e) => e.words.length > 0).length === next.length ? next : entries,
          );
          this.rescore(fitted);
        },
      };
    });
  }

  private capKnobs(cap: FittedCap): Knob[] {
    const i = cap.ruleIndex;
    const rule = (): Rule => this.rules[i] as Rule;
    const replace = (next: Rule, retest: boolean): void => {
      this.rules[i] = next;
      this.capsStale = true;
      if (retest) this.retest(cap);
    };
    const knobs: Knob[] = [
      {
        where: { kind: "rule", rule: i, path: ["enabled"] },
        current: () => (rule().enabled ? 1 : 0),
        candidates: () => [0, 1],
        set: (v) => replace({ ...rule(), enabled: v === 1 }, false),
      },
      {
        where: { kind: "rule", rule: i, path: ["grade"] },
        current: () => {
          const r = rule();
          return r.kind === "cap" ? this.letters.indexOf(r.grade) : -1;
        },
        candidates: () => this.letters.map((_, g) => g).slice(1),
        set: (v) => {
          const r = rule();
          if (r.kind === "cap") replace({ ...r, grade: this.letters[v] as string }, false);
        },
      },
    ];
    const r = rule();
    if (r.kind !== "cap") return knobs;
    r.when.forEach((condition, c) => {
      if (typeof condition.value !== "number") return;
      const path: JsonPath = ["when", c, "value"];
      knobs.push({
        where: { kind: "rule", rule: i, path },
        current: () => numberAt(rule(), path) ?? NaN,
        candidates: () => cutValues(this.sorted(condition.field)),
        set: (v) => replace(withNumberAt(rule(), path, v), true),
        roundness: thresholdDigits,
      });
    });
    return knobs;
  }

  /** The dimensions as they now stand, for the fitted rule set. */
  dimensions(): ParsedRuleSet["dimensions"] {
    return this.start.dimensions.map((d, i) => ({
      ...d,
      weight: this.dimensionWeights[i] as number,
      criteria: (this.criteria[i] ?? []).map((c) => c.criterion),
    }));
  }
}

/** A word must appear on this many fitted rows before the fit gives it a level of its own. */
const MIN_WORD_ROWS = 3;
const MAX_WORDS_PER_CRITERION = 24;

/**
 * The candidates that keep a number between the group's numbers ranked below and above it: strictly for
 * thresholds (bands in order, a line's direction), weakly for points (a better band or word never gets fewer
 * points than a worse one, but may get as many).
 */
function keepOrder(
  values: readonly number[],
  siblings: { readonly below: readonly number[]; readonly above: readonly number[] },
  strict: boolean,
): number[] {
  const lo = Math.max(-Infinity, ...siblings.below);
  const hi = Math.min(Infinity, ...siblings.above);
  return strict ? values.filter((v) => v > lo && v < hi) : values.filter((v) => v >= lo && v <= hi);
}
