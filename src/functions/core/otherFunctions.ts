/** GRADEREMARK, ABCCLASS and MASKPHONE. */
import { type RuleSet, parseNumber } from "../../engine";
import { FUNCTION_MESSAGES } from "../i18n";
import { type CellError, cellError } from "./cellError";

/** The remark for a grade letter ("A", "a", "A级") in the rule set's language. */
export function gradeRemark(grade: unknown, ruleSet: RuleSet): string | CellError {
  if (grade === null || grade === undefined || grade === "" || grade === 0) return ""; // a blank cell (0 on desktop Excel)
  const letter = String(grade)
    .trim()
    .replace(/(级|級)$/, "")
    .toUpperCase();
  const found = ruleSet.grades.find((g) => g.letter === letter);
  if (found) return found.remark[ruleSet.language];
  const letters = ruleSet.grades.map((g) => g.letter).join("/");
  return cellError("value", FUNCTION_MESSAGES[ruleSet.language].notAGrade(String(grade), letters));
}

/**
 * Pareto (ABC) class of one amount among all: A while the amounts above it make less than `aShare` of the
 * total (80 % by default), B below `bShare` (95 %), else C. The largest amount is always A; equal amounts
 * share a class. Blank and text cells in `values` are left out.
 */
export function abcClass(
  value: unknown,
  values: readonly (readonly unknown[])[],
  aShare = 0.8,
  bShare = 0.95,
): string | CellError {
  if (value === null || value === undefined || value === "") return ""; // a blank cell: no customer to class
  const own = amountOf(value);
  if (own === null) return notAnAmount(value);
  if (!sharesValid(aShare, bShare)) return badShares();
  // One pass, no sort: a single amount is cheaper to class by a linear sum than by ranking all of them.
  let total = 0;
  let above = 0;
  for (const row of values) {
    for (const cell of row) {
      const amount = amountOf(cell);
      if (amount === null || amount < 0) continue;
      total += amount;
      if (amount > own) above += amount;
    }
  }
  return classFor(above, total, aShare, bShare);
}

/**
 * The ABC class of every amount in `targets` (one result per cell, same shape), so a whole column is classed
 * by one formula: the amounts are sorted once, each target costs a binary search. Filling a one-cell formula
 * down a column instead hands Excel the whole column n times (n² cells read).
 */
export function abcClasses(
  targets: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
  aShare = 0.8,
  bShare = 0.95,
): (string | CellError)[][] {
  if (targets.length === 1 && targets[0]?.length === 1) return [[abcClass(targets[0][0], values, aShare, bShare)]];
  if (!sharesValid(aShare, bShare)) return targets.map((row) => row.map(() => badShares()));
  const ranking = rankAmounts(values);
  return targets.map((row) => row.map((value) => classOf(value, ranking, aShare, bShare)));
}

/** The amounts, largest first, with running totals: the sum of those above any amount is one search away. */
interface AmountRanking {
  readonly descending: Float64Array;
  /** `before[i]` = sum of `descending[0..i)`. */
  readonly before: Float64Array;
  readonly total: number;
}

function rankAmounts(values: readonly (readonly unknown[])[]): AmountRanking {
  const amounts: number[] = [];
  for (const row of values) {
    for (const cell of row) {
      const amount = amountOf(cell);
      if (amount !== null && amount >= 0) amounts.push(amount);
    }
  }
  const descending = Float64Array.from(amounts).sort().reverse();
  const before = new Float64Array(descending.length + 1);
  for (let i = 0; i < descending.length; i++) before[i + 1] = (before[i] ?? 0) + (descending[i] ?? 0);
  return { descending, before, total: before[descending.length] ?? 0 };
}

function classOf(value: unknown, ranking: AmountRanking, aShare: number, bShare: number): string | CellError {
  if (value === null || value === undefined || value === "") return ""; // a blank cell: no customer to class
  const own = amountOf(value);
  if (own === null) return notAnAmount(value);
  return classFor(ranking.before[countAbove(ranking.descending, own)] ?? 0, ranking.total, aShare, bShare);
}

/** The class from the sum of the amounts above this one and the total of all. */
function classFor(above: number, total: number, aShare: number, bShare: number): string | CellError {
  if (total <= 0) return cellError("value", "the amounts add up to zero");
  const before = above / total;
  return before < aShare ? "A" : before < bShare ? "B" : "C";
}

const sharesValid = (aShare: number, bShare: number): boolean => aShare > 0 && aShare <= bShare && bShare <= 1;
const badShares = (): CellError => cellError("value", "shares must satisfy 0 < a_share ≤ b_share ≤ 1");
const notAnAmount = (value: unknown): CellError => cellError("value", `"${String(value)}" is not an amount`);

/** How many of the (descending) amounts are strictly greater than `amount`. */
function countAbove(descending: Float64Array, amount: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((descending[mid] ?? 0) > amount) low = mid + 1;
    else high = mid;
  }
  return low;
}

function amountOf(cell: unknown): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const parsed = parseNumber(cell);
  return typeof parsed === "number" ? parsed : null;
}

/**
 * A phone number with its middle digits hidden, as seed 000's own table shows them: 13912345688 →
 * 139****5688. A country code and spacing are kept outside the masked part; a number already masked is
 * returned as it is.
 */
export function maskPhone(phone: unknown): string | CellError {
  const text = typeof phone === "number" ? String(Math.trunc(phone)) : String(phone ?? "").trim();
  if (text === "") return "";
  if (/[x*×]/i.test(text)) return text; // already masked (139****5688, or 139xxxxxx88 as seed 000 shows it)
  const country = /^\+\d{1,3}[\s-]/.exec(text)?.[0] ?? "";
  const local = text.slice(country.length).replace(/\D/g, "");
  if (local.length < 7) return cellError("value", `"${text}" is not a phone number`);
  const keepEnd = 4;
  const keepStart = local.length >= 11 ? 3 : 2;
  const hidden = local.length - keepStart - keepEnd;
  return `${country}${local.slice(0, keepStart)}${"*".repeat(hidden)}${local.slice(-keepEnd)}`;
}
