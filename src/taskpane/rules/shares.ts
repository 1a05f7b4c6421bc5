/**
 * Each weight's share of their total, in whole percent that add up to exactly 100 (largest remainder: every share
 * is rounded down, then the points still missing go to the largest fractions, the earlier weight first on a tie).
 * Rounding each share on its own can show 101 % or 99 % in all (three equal weights: 33 + 33 + 33). A weight that
 * is not a number (a box mid-edit) has no share and counts for nothing; all `null` when the total is not positive.
 *
 * @example percentShares([1, 1, 1]) // [34, 33, 33]
 * @example percentShares([20, 15, 15, 10, 15, 10, 5, 10]) // the weights themselves: they add up to 100
 */
export function percentShares(weights: readonly number[]): (number | null)[] {
  const usable = weights.map((w) => (Number.isFinite(w) && w >= 0 ? w : null));
  const total = usable.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  if (!(total > 0)) return weights.map(() => null);
  const exact = usable.map((w) => (w === null ? null : (w * 100) / total));
  const shares = exact.map((q) => (q === null ? null : Math.floor(q)));
  const missing = 100 - shares.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  const byRemainder = exact
    .map((q, i) => ({ i, remainder: q === null ? -1 : q - Math.floor(q) }))
    .filter((r) => r.remainder >= 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder.slice(0, missing)) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}
