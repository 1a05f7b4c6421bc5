/** GRADEREMARK, ABCCLASS and MASKPHONE. */
import { type RuleSet, parseNumber } from "../../engine";
import { type CellError, cellError } from "./cellError";

/** The remark for a grade letter ("A", "a", "A级") in the rule set's language. */
export function gradeRemark(grade: unknown, ruleSet: RuleSet): string | CellError {
  if (grade === null || grade === undefined || grade === "" || grade === 0) return ""; // a blank cell (0 on desktop Excel)
  const letter = String(grade).trim().replace(/(级|級)$/, "").toUpperCase();
  const found = ruleSet.grades.find((g) => g.letter === letter);
  if (found) return found.remark[ruleSet.language];
  const letters = ruleSet.grades.map((g) => g.letter).join("/");
  return cellError("value", ruleSet.language === "en" ? `"${String(grade)}" is not a grade (${letters})` : `“${String(grade)}”不是等级（${letters}）`);
}

/**
 * Pareto (ABC) class of one amount among all: A while the amounts above it make less than `aShare` of the
 * total (80 % by default), B below `bShare` (95 %), else C. The largest amount is always A; equal amounts
 * share a class. Blank and text cells in `values` are left out.
 */
export function abcClass(value: unknown, values: readonly (readonly unknown[])[], aShare = 0.8, bShare = 0.95): string | CellError {
  if (value === null || value === undefined || value === "") return ""; // a blank cell: no customer to class
  const own = amountOf(value);
  if (own === null) return cellError("value", `"${String(value)}" is not an amount`);
  if (!(aShare > 0 && aShare <= bShare && bShare <= 1)) return cellError("value", "shares must satisfy 0 < a_share ≤ b_share ≤ 1");
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
  if (total <= 0) return cellError("value", "the amounts add up to zero");
  const before = above / total;
  return before < aShare ? "A" : before < bShare ? "B" : "C";
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
