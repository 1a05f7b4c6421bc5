import { fastDays } from "./fastPath";
import { parseNumberText } from "./number";
import { type CellProblem, problem } from "./problem";
import { isExcelError } from "./text";
import type { CellValue } from "../types";

/** Period words and their length in days, longest first so 个月 wins over 月. */
const PERIODS: readonly (readonly [string, number])[] = [
  ["个工作日", 1.4],
  ["工作日", 1.4],
  ["个月", 30],
  ["個月", 30],
  ["星期", 7],
  ["礼拜", 7],
  ["禮拜", 7],
  ["days", 1],
  ["day", 1],
  ["weeks", 7],
  ["week", 7],
  ["months", 30],
  ["month", 30],
  ["years", 365],
  ["year", 365],
  ["天", 1],
  ["日", 1],
  ["周", 7],
  ["週", 7],
  ["月", 30],
  ["年", 365],
  ["d", 1],
  ["w", 7],
];

/**
 * "无逾期", "未逾期", "none": the answer to "how many days overdue" that means zero. Not "n/a": that may mean
 * "not known", and reading it as zero would guess in the customer's favour.
 */
const ZERO_WORDS = new Set(["无", "無", "没有", "沒有", "无逾期", "無逾期", "未逾期", "不逾期", "none", "no", "nil"]);

/**
 * Reads a duration in days: 30, "30天", "45 days", "2周", "3个月" (30 days each), "无逾期" (0).
 * @example parseDays("30天") // 30
 */
export function parseDays(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "string") {
    const fast = fastDays(cell);
    if (fast === fast) return fast;
  }
  return fullParseDays(cell);
}

/** {@link parseDays} without its fast path: every shape. Exported for the test that the two agree. */
export function fullParseDays(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : problem("unreadable-days");
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return problem("unreadable-days");
  const raw = cell.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "");
  if (raw.length === 0) return null;
  if (isExcelError(raw)) return problem("excel-error");
  if (ZERO_WORDS.has(raw)) return 0;
  for (const [unit, days] of PERIODS) {
    if (raw.endsWith(unit) && raw.length > unit.length) {
      const n = parseNumberText(raw.slice(0, -unit.length));
      if (n !== null) return n * days;
    }
  }
  // Units first, and no amount multipliers: "3m" here is not three million days.
  if (/[a-z]$/.test(raw)) return problem("unreadable-days");
  return parseNumberText(raw) ?? problem("unreadable-days");
}
