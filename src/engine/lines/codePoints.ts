/**
 * Text order by Unicode code point: what SQL engines call the binary or "C" collation (DuckDB's default,
 * PostgreSQL's `COLLATE "C"`), so an order decided here is the order a SQL query over the same names gives.
 */

/**
 * A UTF-16 code unit moved so that code-unit order becomes code-point order: surrogates (D800–DFFF, halves of
 * the characters above FFFF) sort after E000–FFFF, as the characters they encode do.
 */
const rank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

/**
 * Negative when `a` comes first in code-point order, positive when `b` does, 0 when equal. Plain `<` on
 * strings compares UTF-16 code units, which puts "😀" (U+1F600) before "＃" (U+FF03); this does not.
 * @example ["b", "B", "a"].sort(compareCodePoints) // ["B", "a", "b"]
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}
