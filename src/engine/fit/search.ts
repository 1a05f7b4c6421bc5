/**
 * Coordinate search: each number in turn takes the candidate value that disagrees with the analyst least (the
 * thresholds re-fitted exactly for every trial), sweeping until a sweep changes nothing. A value moves only on
 * a strict gain, so a number that does not matter keeps the value the analyst started with; a threshold may also
 * move to a rounder value that fits as well (see `DIGIT_COST`). A generator: the
 * caller runs it to the end (the command line) or a few steps at a time (the task pane, between frames).
 */
import type { FitModel, Knob } from "./model";

const MAX_SWEEPS = 6;

/** A trial must lower the loss by more than this (rounding noise of the shortfall term). */
const MIN_STEP = 1e-6;

/**
 * What one significant digit more of a threshold costs in the loss, counted up to `MAX_DIGITS`: at most 0.9
 * between any two values, under one grade's difference on one row (1), so a rounder threshold never costs a
 * row's grade; it may cost a little of the margin and shortfall terms (analysts write round numbers; of the cuts
 * between the same two rows the round one is likelier to be theirs).
 */
const DIGIT_COST = 0.3;
const MAX_DIGITS = 4;

const penaltyOf = (knob: Knob, value: number): number =>
  knob.roundness ? DIGIT_COST * Math.min(MAX_DIGITS, knob.roundness(value)) : 0;

/** Yields after each number, with how many of at most `steps(model)` are done; returns the final loss. */
export function* coordinateSearch(model: FitModel, knobs: readonly Knob[]): Generator<number, number, void> {
  let best = model.loss();
  let step = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let moved = false;
    for (const knob of knobs) {
      const start = knob.current();
      let bestValue = start;
      let bestScore = best + penaltyOf(knob, start);
      const candidates = knob.candidates();
      for (const value of candidates) {
        if (value === start) continue;
        knob.set(value);
        // Another form of a criterion is judged after one pass over its own numbers: written as steps
        // at its first guess, a line rarely does better, tuned it may.
        const loss = knob.where.kind === "form" ? tuneForm(model, formKnobs(knobs, knob.where, value)) : model.loss();
        const score = loss + penaltyOf(knob, value);
        if (score < bestScore - MIN_STEP) {
          best = loss;
          bestScore = score;
          bestValue = value;
        }
      }
      if (candidates.length > 0) knob.set(bestValue);
      if (bestValue !== start) moved = true;
      yield ++step;
    }
    if (!moved) break;
  }
  return best;
}

/**
 * Weights moved together with the numbers they weigh: each criterion's (and dimension's) weight is tried at every
 * candidate with one pass over that criterion's (that dimension's) own numbers after it, kept only when the pair
 * agrees better. A coordinate search stops where a weight alone cannot move without its points moving too (an
 * analyst's 15 points for punctuality read as a small weight on large points); this step gets past that ridge.
 * Yields after each weight; returns whether anything moved.
 */
export function* compoundSearch(model: FitModel, knobs: readonly Knob[]): Generator<number, boolean, void> {
  let best = model.loss();
  let moved = false;
  let step = 0;
  for (const knob of knobs) {
    const where = knob.where;
    if (where.kind !== "criterionWeight" && where.kind !== "dimensionWeight") continue;
    const group = knobs.filter(
      (k) =>
        k.where.kind === "parameter" &&
        k.where.dimension === where.dimension &&
        (where.kind === "dimensionWeight" || k.where.criterion === where.criterion),
    );
    const start = knob.current();
    const saved = group.map((k) => k.current());
    let bestValue = start;
    let bestGroup = saved;
    for (const value of knob.candidates()) {
      if (value === start || value === 0) continue;
      knob.set(value);
      const loss = tuneForm(model, group);
      if (loss < best - MIN_STEP) {
        best = loss;
        bestValue = value;
        bestGroup = group.map((k) => k.current());
      }
      group.forEach((k, i) => k.set(saved[i] as number));
    }
    knob.set(bestValue);
    group.forEach((k, i) => k.set(bestGroup[i] as number));
    if (bestValue !== start) moved = true;
    yield ++step;
  }
  return moved;
}

/**
 * Fewer numbers where they cost nothing: each criterion and dimension the search kept is tried switched off
 * (table-relative ones first: a rank shifts with the table, a fixed band does not), then every moved number
 * is tried back at its starting value; each stays so when no more fitted rows disagree. What is left is the
 * analyst's logic, not the search's path to it.
 */
export function* simplify(
  model: FitModel,
  knobs: readonly Knob[],
  startValues: readonly number[],
): Generator<number, void, void> {
  let worst = model.disagreements();
  const tryValue = (knob: Knob, value: number, check: boolean): void => {
    const was = knob.current();
    if (value === was || Number.isNaN(value) || (check && !knob.candidates().includes(value))) return;
    knob.set(value);
    const now = model.disagreements();
    if (now <= worst) worst = now;
    else knob.set(was);
  };
  const weights = knobs.filter((k) => k.where.kind === "criterionWeight" || k.where.kind === "dimensionWeight");
  const relativeFirst = [...weights].sort(
    (a, b) => Number(model.isRelative(b.where)) - Number(model.isRelative(a.where)),
  );
  let step = 0;
  for (const knob of relativeFirst) {
    tryValue(knob, 0, true);
    yield ++step;
  }
  for (const [i, knob] of knobs.entries()) {
    // Back to where the analyst's rule set had it, which is valid whatever the candidates now allow.
    tryValue(knob, startValues[i] ?? NaN, knob.where.kind === "criterionWeight");
    yield ++step;
  }
}

function formKnobs(knobs: readonly Knob[], where: Extract<Knob["where"], { kind: "form" }>, form: number): Knob[] {
  return knobs.filter(
    (k) =>
      k.where.kind === "parameter" &&
      k.where.dimension === where.dimension &&
      k.where.criterion === where.criterion &&
      k.where.form === form,
  );
}

/** One coordinate pass over `knobs`, keeping each gain; the loss it ends at. */
function tuneForm(model: FitModel, knobs: readonly Knob[]): number {
  let best = model.loss();
  for (const knob of knobs) {
    const start = knob.current();
    let bestValue = start;
    let bestScore = best + penaltyOf(knob, start);
    for (const value of knob.candidates()) {
      if (value === start) continue;
      knob.set(value);
      const loss = model.loss();
      const score = loss + penaltyOf(knob, value);
      if (score < bestScore - MIN_STEP) {
        best = loss;
        bestScore = score;
        bestValue = value;
      }
    }
    knob.set(bestValue);
  }
  return best;
}

/** An upper bound of the steps `coordinateSearch` and `simplify` yield over these numbers, for progress. */
export function searchSteps(knobs: readonly Knob[]): number {
  return knobs.length * (MAX_SWEEPS + 2);
}
