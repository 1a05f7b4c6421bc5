/** The pieces of a packed cell as typed ("一般,偶尔合作"), to write a word list's word in place of another. */

/** Separators analysts use to pack several facts into one cell, as `splitTokens` splits them. */
const SEPARATORS = /[,，、;；/|\n\r]+/;

/** The pieces of a packed cell, as typed (trimmed, empty ones left out). */
export function cellPieces(raw: string): string[] {
  return raw
    .split(SEPARATORS)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}

/**
 * The cell with the pieces `replaces` picks replaced by `replacement` (where the first of them stood; the others
 * dropped), joined by the cell's own first separator.
 * @example replacePieces("一般,偶尔合作", (p) => p === "一般", "良好") // "良好,偶尔合作"
 */
export function replacePieces(raw: string, replaces: (piece: string) => boolean, replacement: string): string {
  const separator = SEPARATORS.exec(raw)?.[0]?.[0] ?? ",";
  const out: string[] = [];
  let placed = false;
  for (const piece of cellPieces(raw)) {
    if (!replaces(piece)) out.push(piece);
    else if (!placed) {
      out.push(replacement);
      placed = true;
    }
  }
  if (!placed) out.push(replacement);
  return out.join(separator);
}
