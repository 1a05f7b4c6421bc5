/** A sheet's `sqref` lists ("A1:A5 C2") against cell ranges: whether they meet, and one area as a block. */
import type { CellBlock } from "../../plan";
import { type CellRange, parseRange } from "./xml";

/** Whether a space-separated `sqref` list ("A1:A5 C2") meets `range`. */
export function meets(sqref: string, range: CellRange): boolean {
  return sqref
    .split(/\s+/)
    .map(parseRange)
    .some(
      (r) =>
        r !== null && r.left <= range.right && range.left <= r.right && r.top <= range.bottom && range.top <= r.bottom,
    );
}

/** A single-area `sqref` as the 0-based block the Excel adapter sees; `null` for several areas or none. */
export function block(sqref: string): CellBlock | null {
  const areas = sqref.trim().split(/\s+/);
  const r = areas.length === 1 ? parseRange(areas[0] as string) : null;
  return r
    ? { row: r.top - 1, column: r.left - 1, rowCount: r.bottom - r.top + 1, columnCount: r.right - r.left + 1 }
    : null;
}
