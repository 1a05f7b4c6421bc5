import { type CellProblem, problem } from "./problem";
import { isExcelError, normalizeText } from "./text";
import type { CellValue } from "../types";

const TRUE_WORDS = new Set(["是", "有", "对", "對", "√", "✓", "y", "yes", "true", "1", "是的"]);
const FALSE_WORDS = new Set(["否", "无", "無", "没有", "沒有", "不是", "×", "✗", "n", "no", "false", "0"]);

/**
 * Reads yes/no as 1 or 0 (numbers, so criteria can score them like any other value).
 * @example parseBoolean("是") // 1
 */
export function parseBoolean(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (typeof cell === "number") return cell === 1 ? 1 : cell === 0 ? 0 : problem("unreadable-boolean");
  if (cell === null || cell === undefined) return null;
  const raw = normalizeText(cell);
  if (raw.length === 0) return null;
  if (isExcelError(raw)) return problem("excel-error");
  if (TRUE_WORDS.has(raw)) return 1;
  if (FALSE_WORDS.has(raw)) return 0;
  return problem("unreadable-boolean");
}
