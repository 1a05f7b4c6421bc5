import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from "./chineseNumerals";
import { fastNumber } from "./fastPath";
import { type CellProblem, problem } from "./problem";
import { isExcelError } from "./text";
import type { CellValue } from "../types";

/** Multipliers people write after a number, longest first so 百万 wins over 万. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ["百万", 1e6],
  ["千万", 1e7],
  ["万", 1e4],
  ["萬", 1e4],
  ["亿", 1e8],
  ["億", 1e8],
  ["千", 1e3],
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["b", 1e9],
  ["bn", 1e9],
];

/** Currency marks and words that say nothing about the amount. */
const CURRENCY =
  /^(?:rmb|cny|usd|hkd|twd|nt\$|hk\$|us\$|[¥￥$€£]|元|圆|块|人民币|美元|港元|港币|台币|新台币)+|(?:rmb|cny|usd|hkd|twd|元|圆|块|人民币|美元|港元|港币|台币|新台币|[¥￥$€£])+$/;

const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/;
const CHINESE_NUMERAL = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);

/**
 * Reads an amount or count as people type it: separators, currency, 万/亿/k/m multipliers, accounting
 * brackets for negatives, Chinese numerals. Returns `null` for a blank cell and a problem for anything else
 * that is not a number; never guesses.
 * @example parseNumber("12.5万") // 125000
 * @example parseNumber("¥3,400") // 3400
 * @example parseNumber("(1,200)") // -1200
 */
export function parseNumber(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "string") {
    const fast = fastNumber(cell); // the common shapes, without the normalising and the expressions below
    if (fast === fast) return fast;
  }
  return fullParseNumber(cell);
}

/** {@link parseNumber} without its fast path: every shape. Exported for the test that the two agree. */
export function fullParseNumber(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : problem("unreadable-number");
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return problem("unreadable-number");
  const raw = cell.normalize("NFKC").trim();
  if (raw.length === 0) return null;
  if (isExcelError(raw)) return problem("excel-error");
  const parsed = parseNumberText(raw.toLowerCase().replace(/[\s\u00a0\u3000_']+/g, ""));
  return parsed === null ? problem("unreadable-number") : parsed;
}

/** The text part of {@link parseNumber}, on normalised text; `null` when it is not a number. */
export function parseNumberText(text: string): number | null {
  let body = text;
  let sign = 1;
  let signed = false; // one sign at most: "--5" or "(-5)" is a typo, not a number to guess at
  if (body.startsWith("(") && body.endsWith(")")) {
    sign = -1; // accounting style negative
    signed = true;
    body = body.slice(1, -1);
  }
  const readSign = (): boolean => {
    const mark = body[0];
    if (mark !== "-" && mark !== "+") return true;
    if (signed) return false;
    if (mark === "-") sign = -1;
    signed = true;
    body = body.slice(1);
    return true;
  };
  if (!readSign()) return null;
  body = body.replace(CURRENCY, "").replace(CURRENCY, "");
  if (!readSign()) return null; // "¥-300"
  if (CHINESE_NUMERAL.test(body)) {
    const value = parseChineseInteger(body); // "十二万五千" carries its own units
    return value === null ? null : sign * value;
  }
  let scale = 1;
  for (const [suffix, factor] of MULTIPLIERS) {
    if (body.length > suffix.length && body.endsWith(suffix)) {
      const head = body.slice(0, -suffix.length);
      // "2m" is a multiplier only after a digit: "5000km" is not five billion.
      if (/[\d.]$/.test(head)) {
        scale = factor;
        body = head;
        break;
      }
    }
  }
  body = body.replace(CURRENCY, "");
  if (body.length === 0) return null;
  if (PLAIN_NUMBER.test(body) && /\d/.test(body)) {
    const value = Number(body.replace(/,/g, ""));
    return Number.isFinite(value) ? sign * value * scale : null;
  }
  return null;
}
