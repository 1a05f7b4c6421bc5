import { type CellProblem, problem } from "./problem";
import { isExcelError, normalizeText } from "./text";
import type { CellValue } from "../types";

/**
 * Reads a grade as typed by hand ("A", "a", "A级", "A級", "Grade A") and checks it against the rule set's
 * letters.
 * @example parseGrade("A级", ["A", "B", "C"]) // "A"
 */
export function parseGrade(cell: CellValue, letters: ReadonlySet<string>): string | null | CellProblem {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean" || typeof cell === "number") return problem("unknown-grade");
  const raw = cell.trim();
  if (raw.length === 0) return null;
  if (isExcelError(raw)) return problem("excel-error");
  const letter = normalizeText(raw)
    .replace(/^(grade|等级|等級)/, "")
    .replace(/(级|級|类|類|等)$/, "")
    .toUpperCase();
  return letters.has(letter) ? letter : problem("unknown-grade");
}
