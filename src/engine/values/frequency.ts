import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from "./chineseNumerals";
import { fastPlainNumber } from "./fastPath";
import { parseNumberText } from "./number";
import { type CellProblem, problem } from "./problem";
import { isExcelError, normalizeText, splitTokens } from "./text";
import type { CellValue } from "../types";

/** How many of each period fit in a year. Calendar days: logistics runs at weekends too. */
const CJK_PERIODS: readonly (readonly [string, number])[] = [
  ["工作日", 250],
  ["两周", 26],
  ["兩週", 26],
  ["兩周", 26],
  ["双周", 26],
  ["雙週", 26],
  ["半月", 24],
  ["两月", 6],
  ["兩月", 6],
  ["双月", 6],
  ["雙月", 6],
  ["半年", 2],
  ["季度", 4],
  ["星期", 52],
  ["礼拜", 52],
  ["禮拜", 52],
  ["天", 365],
  ["日", 365],
  ["周", 52],
  ["週", 52],
  ["月", 12],
  ["季", 4],
  ["年", 1],
];

const NUM = `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
const PERIOD = `(${CJK_PERIODS.map(([p]) => p).join("|")})`;
const TIMES = "(次|趟|批|回|单|單|票|车|車)";
/** 每月两次, 每周一次, 每季度一次, 一月两次, 每两周一次, 月均3次, 每年12次 (also without 每: 月2次). */
const CJK_EVERY = new RegExp(
  `^(每个|每個|每|一个|一個|一)?(?:${NUM}(?:个|個)?)?${PERIOD}(?:均|平均|约|約|大约|大約)?${NUM}?${TIMES}?(?:左右)?$`,
);
/** 2次/月, 24次/年, 3趟每周: the count first, then the period. */
const CJK_PER = new RegExp(`^${NUM}${TIMES}(?:/|每)(?:${NUM}(?:个|個)?)?${PERIOD}$`);

const EN_ADVERBS: Readonly<Record<string, number>> = {
  daily: 365,
  weekly: 52,
  biweekly: 26,
  fortnightly: 26,
  semimonthly: 24,
  monthly: 12,
  bimonthly: 6,
  quarterly: 4,
  semiannually: 2,
  yearly: 1,
  annually: 1,
};
const EN_PERIODS: Readonly<Record<string, number>> = {
  day: 365,
  week: 52,
  fortnight: 26,
  month: 12,
  quarter: 4,
  year: 1,
};
const EN_COUNTS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
const EN_WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
/** "twice a month", "3 times per week", "3x/week", "once every two weeks", "every month". */
const EN_EVERY =
  /^(?:(once|twice|thrice|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:times?|x)?)?(a|an|per|each|every|\/)(\d+|one|two|three|four|six)?(day|week|fortnight|month|quarter|year)s?$/;

function readCount(text: string | undefined): number | null {
  if (text === undefined || text === "") return 1;
  return parseNumberText(text) ?? parseChineseInteger(text) ?? EN_COUNTS[text] ?? EN_WORD_NUMBERS[text] ?? null;
}

function cjkPerYear(
  periodWord: string | undefined,
  periodsText: string | undefined,
  timesText: string | undefined,
): number | null {
  const perYear = CJK_PERIODS.find(([p]) => p === periodWord)?.[1];
  const periods = readCount(periodsText);
  const times = readCount(timesText);
  if (perYear === undefined || periods === null || times === null || periods === 0) return null;
  return (times * perYear) / periods;
}

/**
 * Shipments a year from one phrase, or `null` when the phrase is not a frequency.
 * @example frequencyFromPhrase("每月两次") // 24
 * @example frequencyFromPhrase("twice a month") // 24
 */
export function frequencyFromPhrase(phrase: string): number | null {
  const text = normalizeText(phrase).replace(/[.。]+$/, "");
  if (text.length === 0) return null;
  const word = text.replace(/-/g, "");
  // Own keys only: "constructor" or "__proto__" typed in a cell must not find Object.prototype's members.
  if (Object.hasOwn(EN_ADVERBS, word)) return EN_ADVERBS[word] ?? null;
  const per = CJK_PER.exec(text);
  if (per) {
    const [, timesText, , periodsText, periodWord] = per;
    return cjkPerYear(periodWord, periodsText, timesText);
  }
  const cjk = CJK_EVERY.exec(text);
  if (cjk) {
    const [, every, periodsText, periodWord, timesText, timesWord] = cjk;
    // "每月" alone is once a month; "每两周一次" is once per two weeks. Without 次 a count is something else
    // ("每周三" is every Wednesday, "两三" a range), and without 每 a period is a duration ("3天", "一月").
    if (timesWord === undefined && (timesText !== undefined || every?.startsWith("每") !== true)) return null;
    return cjkPerYear(periodWord, periodsText, timesText);
  }
  const en = EN_EVERY.exec(text.replace(/-/g, ""));
  if (en) {
    const [, timesText, connector, periodsText, periodWord] = en;
    // "a month" or "per week" alone is a length of time; "every month" and "once a month" are frequencies.
    if (timesText === undefined && connector !== "every" && connector !== "each") return null;
    const perYear = periodWord === undefined ? undefined : EN_PERIODS[periodWord];
    const times = readCount(timesText);
    const periods = readCount(periodsText);
    if (perYear === undefined || times === null || periods === null || periods === 0) return null;
    return (times * perYear) / periods;
  }
  return null;
}

/**
 * Reads a frequency column: a number is shipments a year already; text is a phrase, or a packed cell in which
 * one token is a phrase ("电子产品,每月两次,国内各地" → 24).
 */
export function parseFrequency(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "string") {
    const fast = fastPlainNumber(cell);
    if (fast === fast) return fast;
  }
  return fullParseFrequency(cell);
}

/** {@link parseFrequency} without its fast path: every shape. Exported for the test that the two agree. */
export function fullParseFrequency(cell: CellValue): number | null | CellProblem {
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? cell : problem("unreadable-frequency");
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return problem("unreadable-frequency");
  if (cell.trim().length === 0) return null;
  if (isExcelError(cell.trim())) return problem("excel-error");
  // A number in a text-formatted cell (or a CSV) means what the number cell means: shipments a year.
  const plain = cell.normalize("NFKC").trim();
  if (/^\d+(?:\.\d+)?$/.test(plain)) return Number(plain);
  const found = frequencyInText(cell);
  return found ?? problem("unreadable-frequency");
}

/** Separators between facts, except "/": it also joins a count to its period ("2次/月", "3x/week"). */
const FACT_SEPARATORS = /[,，、;；|\n\r]+/;

/** The first frequency phrase among a packed cell's tokens, or `null` when it names none. */
export function frequencyInText(text: string): number | null {
  for (const fact of text.normalize("NFKC").split(FACT_SEPARATORS)) {
    const whole = frequencyFromPhrase(fact);
    if (whole !== null) return whole;
    for (const token of splitTokens(fact)) {
      const value = frequencyFromPhrase(token);
      if (value !== null) return value;
    }
  }
  return null;
}
