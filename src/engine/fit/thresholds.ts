/**
 * The best whole-number grade thresholds for a given set of scores, exactly: every ladder of thresholds splits
 * the rows, sorted by score, into runs of one grade each, best first, so a dynamic programme over the 101
 * whole points (a score s reaches a whole threshold t exactly when ⌊s⌋ ≥ t) finds the split that disagrees
 * with the analyst least, with the caps applied as the engine applies them. The fit never searches thresholds:
 * each trial of a weight or a band gets its own best thresholds, which is what makes a coordinate search work.
 */
import { roundestBetween } from "./candidates";

// Read once: inside jest's sandbox every global lookup in a hot loop is many times slower than a local one.
const { abs, floor, max, min } = Math;
const INFINITY = Number.POSITIVE_INFINITY;

/** A row graded differently from the analyst costs this, plus one per grade of difference. */
const MISMATCH = 1000;
/** Whole points 0–100: thresholds are whole numbers, which analysts read and which generalise better. */
const BUCKETS = 101;
/** Rows graded right but nearer a boundary than this (points) count a little, so fits with room are preferred. */
const MARGIN = 3;
const MARGIN_WEIGHT = 0.5;
/** The shortfall term is at most 100 points × this: under one row's worth (`MISMATCH`). */
const SHORTFALL_SCALE = 5;

/** The rows a fit compares, one entry per row (see `FitModel`). */
export interface ThresholdInput {
  /** The whole points of the score as the engine rounds it (⌊round1(s)⌋, 0–100); -1 where the row cannot be graded. */
  readonly points: Int16Array;
  /** The worst-allowed grade index from the caps that hold on the row; 0 when none holds. */
  readonly cap: Int8Array;
  /** The analyst's grade index. */
  readonly analyst: Int16Array;
}

export interface ThresholdFit {
  /** Rows disagreeing × 1000 + grades of difference on them. */
  readonly loss: number;
  readonly disagreements: number;
  /** One per grade, best first, falling; the last is 0. */
  readonly minScores: readonly number[];
}

/** Scratch space for one ladder size, reused by every trial of a fit. */
export class ThresholdSolver {
  private readonly cost: Float64Array;
  private readonly used: Uint8Array;
  private readonly choice: Int8Array;
  private readonly assigned: Int8Array;

  /** What a row costs graded g, by its cap and the analyst's grade: `[(cap × K + analyst) × K + g]`. */
  private readonly rowCost: Float64Array;

  constructor(readonly grades: number) {
    this.rowCost = new Float64Array(grades * grades * grades);
    for (let c = 0; c < grades; c++)
      for (let y = 0; y < grades; y++)
        for (let g = 0; g < grades; g++) {
          const graded = g > c ? g : c;
          this.rowCost[(c * grades + y) * grades + g] = graded === y ? 0 : MISMATCH + abs(graded - y);
        }
    this.cost = new Float64Array(BUCKETS * grades);
    this.used = new Uint8Array(BUCKETS);
    this.choice = new Int8Array(BUCKETS * grades);
    this.assigned = new Int8Array(BUCKETS);
  }

  /**
   * What each trial of a search compares: the loss, plus how far (on average, in points) the rows graded
   * wrongly are from a score that would grade them right. The second part is below one row's worth, so it only
   * orders trials that disagree on as many rows: it lets the search move across flat stretches toward the
   * analyst's grades instead of stopping there.
   */
  loss(input: ThresholdInput): number {
    const fit = this.solve(input, true);
    return fit.loss + this.shortfall(input);
  }

  /** Average distance (points) of wrongly graded rows from their grade's range, scaled below one row's worth. */
  private shortfall(input: ThresholdInput): number {
    const K = this.grades;
    const { used, assigned } = this;
    // Per grade, the lowest whole score graded that or better, and the highest graded worse.
    const lowestAtOrAbove = new Int32Array(K).fill(BUCKETS);
    const highestBelow = new Int32Array(K).fill(-1);
    for (let b = 0; b < BUCKETS; b++) {
      if (!used[b]) continue;
      const a = assigned[b] as number;
      for (let g = 0; g < K; g++) {
        if (a <= g) {
          if (b < (lowestAtOrAbove[g] as number)) lowestAtOrAbove[g] = b;
        } else if (b > (highestBelow[g] as number)) highestBelow[g] = b;
      }
    }
    const { points: whole, cap, analyst } = input;
    let sum = 0;
    for (let r = 0; r < whole.length; r++) {
      const b = whole[r] as number;
      if (b < 0) continue;
      const y = analyst[r] as number;
      const a = assigned[b] as number;
      const graded = a > (cap[r] as number) ? a : (cap[r] as number);
      if ((cap[r] as number) > y) continue; // held down by a cap no score lifts
      if (graded === y) {
        // Right, but close to a boundary: a row like it that the fit has not seen may fall the other way.
        const above = y > 0 ? ((highestBelow[y - 1] as number) + (lowestAtOrAbove[y - 1] as number)) / 2 - b : INFINITY;
        const below = y < K - 1 ? b - ((highestBelow[y] as number) + (lowestAtOrAbove[y] as number)) / 2 : INFINITY;
        const room = min(above, below);
        if (room < MARGIN) sum += (MARGIN - room) * MARGIN_WEIGHT;
        continue;
      }
      // Too low: the score must reach grade y's boundary; too high: fall below grade y − 1's.
      const boundary =
        a > y
          ? ((highestBelow[y] as number) + (lowestAtOrAbove[y] as number) + 1) / 2 - b
          : b - ((highestBelow[y - 1] as number) + (lowestAtOrAbove[y - 1] as number)) / 2;
      sum += max(0, boundary);
    }
    return whole.length === 0 ? 0 : (SHORTFALL_SCALE * sum) / whole.length;
  }

  /** `preferred`: thresholds kept where they still split the rows the same way (the starting rule set's). */
  fit(input: ThresholdInput, preferred: readonly number[]): ThresholdFit {
    return this.solve(input, true, preferred);
  }

  private solve(input: ThresholdInput, withThresholds: boolean, preferred: readonly number[] = []): ThresholdFit {
    const K = this.grades;
    const { cost, used, choice, assigned, rowCost } = this;
    cost.fill(0);
    used.fill(0);
    let fixedLoss = 0;
    let fixedDisagreements = 0;
    const { points: whole, cap, analyst } = input;
    for (let r = 0; r < whole.length; r++) {
      const b = whole[r] as number;
      const y = analyst[r] as number;
      if (b < 0) {
        fixedLoss += MISMATCH + K;
        fixedDisagreements++;
        continue;
      }
      used[b] = 1;
      const base = b * K;
      const row = ((cap[r] as number) * K + y) * K;
      for (let g = 0; g < K; g++) cost[base + g] = (cost[base + g] as number) + (rowCost[row + g] as number);
    }
    // Walking down the whole points 100 → 0, the grade steps down by at most one per point (thresholds are
    // distinct whole numbers): 100 is always the best grade (every threshold is ≤ 100) and 0 the worst (every
    // threshold but the last grade's is ≥ 1). best[g]: the least cost of points b..100 with point b graded g.
    const best = new Float64Array(K).fill(INFINITY);
    const next = new Float64Array(K);
    best[0] = cost[(BUCKETS - 1) * K] as number;
    for (let b = BUCKETS - 2; b >= 0; b--) {
      for (let g = 0; g < K; g++) {
        const stay = best[g] as number;
        const step = g > 0 ? (best[g - 1] as number) : INFINITY;
        // choice: 1 where point b starts a worse grade than point b + 1 (a threshold at b + 1).
        choice[b * K + g] = step < stay ? 1 : 0;
        next[g] = min(stay, step) + (cost[b * K + g] as number);
      }
      best.set(next);
    }
    const total = best[K - 1] as number;
    const loss = fixedLoss + total;
    const disagreements = fixedDisagreements + floor(total / MISMATCH);
    if (!withThresholds) return { loss, disagreements, minScores: [] };

    let g = K - 1;
    for (let b = 0; b < BUCKETS; b++) {
      assigned[b] = g;
      if (b < BUCKETS - 1) g -= choice[b * K + g] as number;
    }
    return { loss, disagreements, minScores: this.thresholds(preferred) };
  }

  /**
   * For each grade but the last, the roundest threshold the rows allow: above every row graded worse, at or
   * below every row graded that or better, and leaving room for the thresholds of the grades below it.
   */
  private thresholds(preferred: readonly number[]): number[] {
    const K = this.grades;
    const { used, assigned } = this;
    const lowest = new Int32Array(K).fill(BUCKETS - 1); // per grade, the lowest used point graded it or better
    const highestBelow = new Int32Array(K).fill(0); // per grade, the highest used point graded worse
    for (let b = 0; b < BUCKETS; b++) {
      if (!used[b]) continue;
      for (let g = 0; g < K - 1; g++) {
        if ((assigned[b] as number) <= g) lowest[g] = min(lowest[g] as number, b);
        else highestBelow[g] = max(highestBelow[g] as number, b);
      }
    }
    // The least each threshold may be: above the rows graded worse and above the thresholds below it.
    const floorOf = new Int32Array(K);
    for (let g = K - 2; g >= 0; g--)
      floorOf[g] = max((highestBelow[g] as number) + 1, g === K - 2 ? 1 : (floorOf[g + 1] as number) + 1);
    const minScores: number[] = [];
    let ceiling = BUCKETS - 1;
    for (let g = 0; g < K - 1; g++) {
      const hi = min(lowest[g] as number, ceiling);
      const chosen = roundestBetween((floorOf[g] as number) - 1, hi, preferred[g]) ?? (floorOf[g] as number);
      minScores.push(chosen);
      ceiling = chosen - 1;
    }
    minScores.push(0);
    return minScores;
  }
}
