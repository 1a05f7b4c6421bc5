import { fastPercent } from "./fastPath";
import { parseNumberText } from "./number";
import { type CellProblem, problem } from "./problem";
import { isExcelError } from "./text";
import type { CellValue } from "../types";

/**
 * Reads a share as a fraction (0.95 for 95 %). Excel stores a formatted 95 % as 0.95; typed text may say
 * "95%", "95 %" or "百分之九十五". A bare number above 1 is read as percentage points (95 → 0.95), which is
 * how these columns are filled when the % format is missing; anything outside 0–100 % is out of range.
 * @example parsePercent("95%") // 0.95
 * @example parsePercent(0.9) // 0.9
 */
export function parsePercent(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "string") {
    const fast = fastPercent(cell);
    if (fast === fast) return fast;
  }
  return fullParsePercent(cell);
}

/** {@link parsePercent} without its fast path: every shape. Exported for the test that the two agree. */
export function fullParsePercent(cell: CellValue): number | null | CellProblem {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return problem("unreadable-percent");
  let value: number | null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return problem("unreadable-percent");
    value = Math.abs(cell) > 1 ? cell / 100 : cell;
  } else {
    const raw = cell.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "");
    if (raw.length === 0) return null;
    if (isExcelError(raw)) return problem("excel-error");
    if (raw.startsWith("百分之")) {
      const n = parseNumberText(raw.slice(3));
      value = n === null ? null : n / 100;
    } else if (raw.endsWith("%") || raw.endsWith("％")) {
      const n = parseNumberText(raw.slice(0, -1));
      value = n === null ? null : n / 100;
    } else {
      const n = parseNumberText(raw);
      value = n === null ? null : Math.abs(n) > 1 ? n / 100 : n;
    }
    if (value === null) return problem("unreadable-percent");
  }
  return value < -1 || value > 1 ? problem("out-of-range") : value;
}
