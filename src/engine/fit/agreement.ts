/** How well a rule set's grades agree with the analyst's: counts, a confusion matrix and weighted kappa. */
import type { Agreement, FitVerdict } from "./types";

/**
 * `analyst`: grade index per compared row; `given`: the rule set's grade index per row (-1: it gave none).
 * Category K (one past the worst grade) holds rows the rule set could not grade.
 */
export function agreementOf(analyst: readonly number[], given: readonly number[], grades: number): Agreement {
  const K = grades;
  const confusion = Array.from({ length: K }, () => new Array<number>(K + 1).fill(0));
  let agreed = 0;
  let withinOne = 0;
  analyst.forEach((a, i) => {
    const g = given[i] ?? -1;
    const column = g < 0 ? K : g;
    (confusion[a] as number[])[column] = ((confusion[a] as number[])[column] as number) + 1;
    if (g === a) agreed++;
    if (g >= 0 && Math.abs(g - a) <= 1) withinOne++;
  });
  return { rows: analyst.length, agreed, withinOne, kappa: quadraticKappa(confusion, K + 1), confusion };
}

/**
 * Cohen's kappa with quadratic weights over the categories (grades in order, "none" last): 1 when every row
 * agrees, about 0 when the grades agree no more than their counts alone would by chance.
 */
function quadraticKappa(confusion: readonly (readonly number[])[], categories: number): number {
  const rows = new Array<number>(categories).fill(0);
  const cols = new Array<number>(categories).fill(0);
  let total = 0;
  confusion.forEach((line, i) =>
    line.forEach((count, j) => {
      rows[i] = (rows[i] as number) + count;
      cols[j] = (cols[j] as number) + count;
      total += count;
    }),
  );
  if (total === 0) return 0;
  let observed = 0;
  let expected = 0;
  const scale = (categories - 1) ** 2 || 1;
  for (let i = 0; i < categories; i++)
    for (let j = 0; j < categories; j++) {
      const weight = (i - j) ** 2 / scale;
      observed += weight * (confusion[i]?.[j] ?? 0);
      expected += (weight * (rows[i] as number) * (cols[j] as number)) / total;
    }
  return expected === 0 ? (observed === 0 ? 1 : 0) : 1 - observed / expected;
}

/** The share of rows with the most common of the analyst's grades. */
export function baselineOf(analyst: readonly number[], grades: number): number {
  const counts = new Array<number>(grades).fill(0);
  for (const a of analyst) counts[a] = (counts[a] as number) + 1;
  return analyst.length === 0 ? 0 : Math.max(...counts) / analyst.length;
}

/** Agreeing on this share of unseen rows, with this kappa, is a rule set to trust. */
const GOOD_SHARE = 0.85;
const GOOD_KAPPA = 0.75;
/** Below this kappa, or hardly above always guessing the most common grade, the grades do not follow the data. */
const POOR_KAPPA = 0.4;
const POOR_MARGIN = 0.05;

export function verdictOf(agreement: Agreement, baseline: number): FitVerdict {
  const share = agreement.rows === 0 ? 0 : agreement.agreed / agreement.rows;
  if (agreement.kappa < POOR_KAPPA || share <= baseline + POOR_MARGIN) return "poor";
  return share >= GOOD_SHARE && agreement.kappa >= GOOD_KAPPA ? "good" : "fair";
}
