/**
 * A start learned from the table: every criterion at once, by least squares of the analyst's grades on steps of
 * each column (a numeric column as up to a dozen steps at its quantiles, each step one way only; a word column as
 * one free level per distinct points value it now gives; rows without a value a level of their own). The fitted
 * steps become the criterion's bands (the kind's own band count, merged where the fitted levels differ least),
 * its word points, and the weights (each criterion weighted by how far its steps move the grade). A coordinate
 * search started from the rule set's own numbers stops at the first set of columns no single change improves,
 * which may be proxies of the analyst's own (the financial words instead of the punctuality they go with);
 * fitting every column together does not, and the search then polishes what it finds.
 */
import { lowerBound } from "../criteria/rank";
import { boundedLeastSquares } from "./boundedLeastSquares";
import { CRITERION_WEIGHTS, DIMENSION_WEIGHTS, POINT_VALUES, cutValues } from "./candidates";
import type { CriterionView, FitModel, Knob } from "./model";

/** Steps per numeric column: enough for an analyst's 3–6 bands to fall near one, few enough to stay fast. */
const STEPS = 12;
/**
 * The ridge penalty, in rows: keeps collinear columns (two criteria on one field) from running apart. 3, not 1:
 * with the solver converged, 1 let one fold of a words analyst's table (1,000 customers, seed 2) learn a start
 * the search could not recover from; 3 and 10 measured alike on every hidden analyst (BENCHMARKS.md).
 */
const RIDGE = 3;

/** One criterion's share of the design: its columns and how to turn their coefficients back into numbers. */
interface Block {
  readonly view: CriterionView;
  readonly columns: Float64Array[];
  readonly lowerBounds: number[];
  /**
   * Whether the last column marks the rows without a value: the engine leaves the criterion out of those rows'
   * score, so they get a level of their own instead of pulling the worst step toward their grades.
   */
  missing?: boolean;
  /** The criterion's fitted contribution per fitted row (NaN where it has no value), from the coefficients. */
  contribution: Float64Array;
  readonly shape: NumericShape | WordShape | { readonly kind: "scalar" };
}

interface NumericShape {
  readonly kind: "numeric";
  /** The step positions, ascending. */
  readonly cuts: readonly number[];
  /** +1 when more is better (steps at `value ≥ cut`), -1 when less is (steps at `value < cut`). */
  readonly direction: 1 | -1;
}

interface WordShape {
  readonly kind: "words";
  /** The distinct points the criterion now gives, one design column each. */
  readonly levels: readonly number[];
}

const isNumber = (x: number): boolean => x === x;

function covariance(a: Float64Array, b: Float64Array): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let sab = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (!isNumber(x) || !isNumber(y)) continue;
    n++;
    sa += x;
    sb += y;
    sab += x * y;
  }
  return n < 2 ? 0 : sab - (sa * sb) / n;
}

/** Up to `STEPS` of the field's round cut values, spread over its quantiles (no step that splits nothing off). */
function stepCuts(values: Float64Array): number[] {
  const sorted = Float64Array.from(values.filter(isNumber)).sort();
  const n = sorted.length;
  const candidates = cutValues(sorted).filter((v) => lowerBound(sorted, v) > 0);
  const chosen = new Set<number>();
  for (let q = 1; q <= STEPS; q++) {
    const goal = (q * n) / (STEPS + 1);
    let best: number | undefined;
    let bestGap = Infinity;
    for (const v of candidates) {
      const gap = Math.abs(lowerBound(sorted, v) - goal);
      if (gap < bestGap) {
        bestGap = gap;
        best = v;
      }
    }
    if (best !== undefined) chosen.add(best);
  }
  return [...chosen].sort((a, b) => a - b);
}

function numericBlock(view: CriterionView, target: Float64Array): Block | null {
  const values = view.values as Float64Array;
  const cuts = stepCuts(values);
  if (cuts.length === 0) return null;
  const own = covariance(view.points, values);
  const direction: 1 | -1 = (own !== 0 ? own : covariance(values, target)) < 0 ? -1 : 1;
  const columns = cuts.map((cut) =>
    Float64Array.from(values, (v) => (!isNumber(v) ? 0 : (direction > 0 ? v >= cut : v < cut) ? 1 : 0)),
  );
  return {
    view,
    columns,
    lowerBounds: cuts.map(() => 0),
    contribution: new Float64Array(0),
    shape: { kind: "numeric", cuts, direction },
  };
}

function wordBlock(view: CriterionView): Block | null {
  const levels = [...new Set(Array.from(view.points).filter(isNumber))].sort((a, b) => a - b);
  if (levels.length < 2) return null;
  const columns = levels.map((level) => Float64Array.from(view.points, (p) => (p === level ? 1 : 0)));
  return {
    view,
    columns,
    lowerBounds: levels.map(() => -Infinity),
    contribution: new Float64Array(0),
    shape: { kind: "words", levels },
  };
}

/** The criteria the design reads: a rank only where no fixed criterion reads its field (it shifts with the table). */
function blocksOf(views: readonly CriterionView[], target: Float64Array): Block[] {
  const fixedFields = new Set(views.filter((v) => v.hasData && !v.relative).map((v) => v.field));
  return views.flatMap((view): Block[] => {
    if (!view.hasData) return [];
    if (view.relative) {
      if (fixedFields.has(view.field)) return [];
      const column = Float64Array.from(view.points, (p) => (isNumber(p) ? p / 100 : 0));
      return [
        { view, columns: [column], lowerBounds: [0], contribution: new Float64Array(0), shape: { kind: "scalar" } },
      ];
    }
    const block =
      view.values !== null && view.formKinds.includes("band") ? numericBlock(view, target) : wordBlock(view);
    if (block === null) return [];
    if (view.points.some((p) => !isNumber(p))) {
      block.columns.push(Float64Array.from(view.points, (p) => (isNumber(p) ? 0 : 1)));
      block.lowerBounds.push(-Infinity);
      block.missing = true;
    }
    return [block];
  });
}

/** Range of the finite values. */
function spread(values: Float64Array): { readonly min: number; readonly max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values)
    if (isNumber(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  return { min, max };
}

const nearest = (values: readonly number[], goal: number): number =>
  values.reduce((best, v) => (Math.abs(v - goal) < Math.abs(best - goal) ? v : best), values[0] as number);

/** 0–100 on the round points the fit uses, from `value` within `[min, max]`. */
const pointsOf = (value: number, min: number, max: number): number =>
  nearest(POINT_VALUES, max > min ? (100 * (value - min)) / (max - min) : 100);

/**
 * The bins between the steps (bin 0 below the first step) merged into `count` contiguous bands with the least
 * squared error of the fitted contribution, weighting each bin by its rows: the band edges, as step indexes.
 */
function mergedBands(binValues: readonly number[], binRows: readonly number[], count: number): number[] {
  const bins = binValues.length;
  const cost = (from: number, to: number): number => {
    let rows = 0;
    let sum = 0;
    let squares = 0;
    for (let b = from; b < to; b++) {
      const w = binRows[b] as number;
      const v = binValues[b] as number;
      rows += w;
      sum += w * v;
      squares += w * v * v;
    }
    return rows === 0 ? 0 : squares - (sum * sum) / rows;
  };
  // best[k][b]: the least error of the first b bins in k bands; from[k][b]: where its last band starts.
  const best = Array.from({ length: count + 1 }, () => new Array<number>(bins + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(bins + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let k = 1; k <= count; k++)
    for (let b = k; b <= bins; b++)
      for (let s = k - 1; s < b; s++) {
        const total = ((best[k - 1] as number[])[s] as number) + cost(s, b);
        if (total < ((best[k] as number[])[b] as number)) {
          (best[k] as number[])[b] = total;
          (from[k] as number[])[b] = s;
        }
      }
  const starts: number[] = [];
  for (let k = count, b = bins; k > 0; k--) {
    const s = (from[k] as number[])[b] as number;
    starts.unshift(s);
    b = s;
  }
  return starts; // starts[0] is 0; starts[k] is the first bin of band k
}

const parameterKnobs = (knobs: readonly Knob[], view: CriterionView, form: number): Knob[] =>
  knobs.filter(
    (k) =>
      k.where.kind === "parameter" &&
      k.where.dimension === view.dimension &&
      k.where.criterion === view.criterion &&
      k.where.form === form,
  );

const pathOf = (knob: Knob): readonly (string | number)[] => (knob.where.kind === "parameter" ? knob.where.path : []);

/** Writes a numeric criterion's fitted steps as its bands (its band form, where its own kind is another). */
function writeBands(block: Block, shape: NumericShape, knobs: readonly Knob[]): void {
  const { view } = block;
  const form = view.formKinds.indexOf("band");
  const own = parameterKnobs(knobs, view, form);
  const cutKnobs = own.filter((k) => pathOf(k)[0] === "bands" && pathOf(k)[2] === "atLeast");
  const pointKnobs = new Map(
    own.filter((k) => pathOf(k)[0] === "bands" && pathOf(k)[2] === "points").map((k) => [pathOf(k)[1], k]),
  );
  const bandCount = cutKnobs.length;
  const binCount = shape.cuts.length + 1;
  if (bandCount < 2 || binCount < bandCount) return;
  // Written as bands only now that they can be (a line keeps its own form otherwise).
  if (form > 0) {
    const formKnob = knobs.find(
      (k) => k.where.kind === "form" && k.where.dimension === view.dimension && k.where.criterion === view.criterion,
    );
    formKnob?.set(form);
  }
  // Each row's bin (steps passed, counted upwards) and the contribution there (constant within a bin).
  const values = view.values as Float64Array;
  const binRows = new Array<number>(binCount).fill(0);
  const binValues = new Array<number>(binCount).fill(0);
  values.forEach((v, i) => {
    if (!isNumber(v)) return;
    let bin = 0;
    while (bin < shape.cuts.length && v >= (shape.cuts[bin] as number)) bin++;
    binRows[bin] = (binRows[bin] as number) + 1;
    binValues[bin] = block.contribution[i] as number;
  });
  const starts = mergedBands(binValues, binRows, bandCount);
  const bandValues = starts.map((s, k) => {
    const end = starts[k + 1] ?? binCount;
    let rows = 0;
    let sum = 0;
    for (let b = s; b < end; b++) {
      rows += binRows[b] as number;
      sum += (binRows[b] as number) * (binValues[b] as number);
    }
    return rows > 0 ? sum / rows : NaN;
  });
  const known = bandValues.filter(isNumber);
  const min = Math.min(...known);
  const max = Math.max(...known);
  // Bands ascending by their current threshold take the merged bands from the lowest up; the lowest keeps
  // covering every fitted row (its threshold at most their least value).
  const ordered = [...cutKnobs].sort((a, b) => a.current() - b.current());
  const least = spread(values).min;
  const writes = ordered.map((knob, k) => {
    const at = k === 0 ? Math.min(knob.current(), least) : (shape.cuts[(starts[k] as number) - 1] as number);
    const value = bandValues[k] as number;
    return { knob, at, points: isNumber(value) ? pointsOf(value, min, max) : undefined };
  });
  const desired = new Map<Knob, number>();
  for (const { knob, at, points } of writes) {
    knob.set(at);
    const pointKnob = pointKnobs.get(pathOf(knob)[1]);
    if (pointKnob && points !== undefined) desired.set(pointKnob, points);
  }
  // The search keeps the points in the order they had as the form started (`keepOrder`), "otherwise" included:
  // in that order each takes at least the one before (`otherwise`, not written, the one before it).
  const group = own.filter(
    (k) => pathOf(k)[0] === "otherwise" || (pathOf(k)[0] === "bands" && pathOf(k)[2] === "points"),
  );
  const ranked = group
    .map((knob, i) => ({ knob, start: knob.current(), i }))
    .sort((x, y) => x.start - y.start || x.i - y.i);
  let floor = 0;
  for (const { knob } of ranked) {
    const value = Math.max(floor, desired.get(knob) ?? floor);
    knob.set(value);
    floor = value;
  }
}

/** Writes a word criterion's fitted levels as its entries' points, keeping the entries' order (pooled where not). */
function writeWordPoints(block: Block, shape: WordShape, knobs: readonly Knob[]): void {
  const fitted = new Map(shape.levels.map((level) => [level, NaN]));
  const rows = new Map(shape.levels.map((level) => [level, 0]));
  block.view.points.forEach((p, i) => {
    if (!isNumber(p)) return;
    fitted.set(p, block.contribution[i] as number);
    rows.set(p, (rows.get(p) ?? 0) + 1);
  });
  // Pool adjacent levels whose fitted order goes against the entries' order (a worse word may not score more).
  const pooled: { levels: number[]; value: number; rows: number }[] = [];
  for (const level of shape.levels) {
    pooled.push({ levels: [level], value: fitted.get(level) ?? NaN, rows: rows.get(level) ?? 0 });
    while (pooled.length > 1) {
      const last = pooled[pooled.length - 1] as (typeof pooled)[number];
      const previous = pooled[pooled.length - 2] as (typeof pooled)[number];
      if (previous.value <= last.value) break;
      const total = previous.rows + last.rows;
      pooled.splice(-2, 2, {
        levels: [...previous.levels, ...last.levels],
        value: total > 0 ? (previous.value * previous.rows + last.value * last.rows) / total : previous.value,
        rows: total,
      });
    }
  }
  const value = new Map(pooled.flatMap((group) => group.levels.map((level) => [level, group.value] as const)));
  const { min, max } = spread(Float64Array.from(value.values()));
  // Entries unseen on the fitted rows take the points of the nearest level seen below them.
  const ordered = parameterKnobs(knobs, block.view, 0)
    .filter((k) => pathOf(k)[0] === "entries")
    .sort((a, b) => a.current() - b.current());
  let carried = 0;
  const writes = ordered.map((knob) => {
    const v = value.get(knob.current());
    if (v !== undefined) carried = pointsOf(v, min, max);
    return { knob, points: carried };
  });
  for (const { knob, points } of writes) knob.set(points);
}

/** Each criterion's weight from how far its steps move the grade; each dimension's from its criteria's. */
function writeWeights(blocks: readonly Block[], knobs: readonly Knob[]): void {
  const reach = new Map<Block, number>();
  for (const block of blocks) {
    const { min, max } = spread(block.contribution);
    reach.set(block, max > min ? max - min : 0);
  }
  const byDimension = new Map<number, Block[]>();
  for (const block of blocks)
    byDimension.set(block.view.dimension, [...(byDimension.get(block.view.dimension) ?? []), block]);
  const dimensionReach = new Map(
    [...byDimension].map(([d, list]) => [d, list.reduce((s, b) => s + (reach.get(b) ?? 0), 0)]),
  );
  const widest = Math.max(0, ...dimensionReach.values());
  const weightKnob = (d: number, c?: number): Knob | undefined =>
    knobs.find((k) =>
      c === undefined
        ? k.where.kind === "dimensionWeight" && k.where.dimension === d
        : k.where.kind === "criterionWeight" && k.where.dimension === d && k.where.criterion === c,
    );
  const top = CRITERION_WEIGHTS[CRITERION_WEIGHTS.length - 1] as number;
  const topDimension = DIMENSION_WEIGHTS[DIMENSION_WEIGHTS.length - 1] as number;
  for (const knob of knobs) {
    // Dimensions and criteria the design does not read are left out of the learned start.
    if (knob.where.kind === "dimensionWeight" && !byDimension.has(knob.where.dimension)) knob.set(0);
  }
  for (const [d, list] of byDimension) {
    const most = Math.max(...list.map((b) => reach.get(b) ?? 0));
    const weights: number[] = list.map((b) =>
      most > 0 ? nearest(CRITERION_WEIGHTS, (top * (reach.get(b) ?? 0)) / most) : 0,
    );
    const dimensionWeight =
      widest > 0 ? nearest(DIMENSION_WEIGHTS, (topDimension * (dimensionReach.get(d) ?? 0)) / widest) : 0;
    // A dimension keeps one weighted criterion (the rule set requires it), off as a whole instead.
    if (!weights.some((w) => w > 0)) weights[0] = 1;
    const read = new Set(list.map((b) => b.view.criterion));
    for (const knob of knobs)
      if (knob.where.kind === "criterionWeight" && knob.where.dimension === d && !read.has(knob.where.criterion))
        knob.set(0);
    list.forEach((b, i) => weightKnob(d, b.view.criterion)?.set(weights[i] as number));
    weightKnob(d)?.set(weights.some((w) => w > 0) && most > 0 ? dimensionWeight : 0);
  }
}

/**
 * Sets `model` (through its `knobs`) to the numbers least squares learns from its fitted rows, leaving caps and
 * thresholds to the search. Returns false, changing nothing, where there is nothing to learn from.
 */
export function learnStart(model: FitModel, knobs: readonly Knob[], gradeCount: number): boolean {
  const analyst = model.analystGrades();
  const target = Float64Array.from(analyst, (g) => gradeCount - 1 - g);
  const blocks = blocksOf(model.criterionViews(), target);
  if (blocks.length === 0) return false;
  const solution = boundedLeastSquares({
    columns: blocks.flatMap((b) => b.columns),
    lowerBounds: blocks.flatMap((b) => b.lowerBounds),
    target,
    ridge: RIDGE,
  });
  let at = 0;
  for (const block of blocks) {
    const contribution = new Float64Array(target.length);
    for (const [k, column] of block.columns.entries()) {
      const beta = solution.coefficients[at++] as number;
      if (block.missing && k === block.columns.length - 1) continue;
      for (let i = 0; i < contribution.length; i++)
        contribution[i] = (contribution[i] as number) + beta * (column[i] as number);
    }
    block.view.points.forEach((p, i) => {
      if (!isNumber(p)) contribution[i] = NaN;
    });
    block.contribution = contribution;
  }
  // Nothing moves the grade (every step against its column's direction, one grade only): no start to offer.
  if (!blocks.some((b) => spread(b.contribution).max > spread(b.contribution).min)) return false;
  for (const block of blocks) {
    if (block.shape.kind === "numeric") writeBands(block, block.shape, knobs);
    else if (block.shape.kind === "words") writeWordPoints(block, block.shape, knobs);
  }
  writeWeights(blocks, knobs);
  return true;
}
