/** Which rows each fold of the cross-validation holds out: every grade spread evenly, the same every run. */

/**
 * Folds for `n` graded rows: each row once for small tables (leave one out), then ten, five, and three from 300
 * rows (each held-out third is 100 customers or more, enough to measure on; every fold is a whole fit, so fewer
 * folds is most of what keeps a large table's learning short).
 */
export function foldCount(n: number): number {
  if (n < 3) return 0;
  if (n <= 10) return n;
  if (n < 100) return 10;
  return n < 300 ? 5 : 3;
}

/**
 * The fold of each graded row: rows sorted by the analyst's grade (then by their place in the table) are dealt
 * out in turn, so every fold sees every grade in about the table's proportion. No randomness: a fit is
 * reproducible.
 */
export function foldsOf(analyst: Int16Array, folds: number): Int32Array {
  const order = Array.from(analyst, (_, i) => i).sort(
    (a, b) => (analyst[a] as number) - (analyst[b] as number) || a - b,
  );
  const fold = new Int32Array(analyst.length);
  order.forEach((row, position) => {
    fold[row] = position % folds;
  });
  return fold;
}
