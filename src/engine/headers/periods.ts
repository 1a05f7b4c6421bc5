/**
 * The period a header's figures cover: "2017年销售额", "本年发货票数", "Sales YTD", "近3个月营收", "月均单量". The
 * mapper strips the qualifier before matching the field, and the reader turns a period's figure into a year's.
 */
import { parseChineseInteger } from "../values/chineseNumerals";
import { partsFromSerial, serialFromParts } from "../values/date";

export type Period =
  /** A calendar or fiscal year; `year` when the header names it ("2017年", "FY2024", "(2017)"). */
  | { readonly kind: "year"; readonly year: number | null }
  /** The year before the one the table is graded in ("上年度", "去年", "last year"). */
  | { readonly kind: "previousYear" }
  /** From 1 January to the grading date ("本年", "今年", "YTD"). */
  | { readonly kind: "yearToDate" }
  /** A stretch of months ending at the grading date ("近12个月", "TTM", "Q3", "本月"). */
  | { readonly kind: "months"; readonly months: number }
  /** A monthly average ("月均", "per month", "次/月"). */
  | { readonly kind: "perMonth" }
  /** A weekly or daily rate ("每周", "per week", "日均", "daily"): a count of this is a frequency. */
  | { readonly kind: "perWeek" }
  | { readonly kind: "perDay" };

type PeriodOf = (match: RegExpExecArray) => Period | null;

const N = "([0-9]+|[一二两三四五六七八九十]+)";
const count = (text: string | undefined): number | null =>
  text === undefined ? null : /^\d+$/.test(text) ? Number(text) : parseChineseInteger(text);
const months = (n: number | null): Period | null =>
  n !== null && n > 0 && n <= 60 ? { kind: "months", months: n } : null;
const fullYear = (text: string): number => {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
};

/**
 * Qualifier patterns, most specific first; the first that matches gives the period, and every match is removed
 * from the header before the field is looked up. Text arrives lower-cased and in Simplified characters.
 */
const PATTERNS: readonly (readonly [RegExp, PeriodOf])[] = [
  [
    /去年同期|上一?年度|上一?年|去年|前一年|last\s*year|prior\s*year|previous\s*year|\bpy\b|\bly\b/,
    () => ({ kind: "previousYear" }),
  ],
  [new RegExp(`(?:近|最近|过去|前)\\s*${N}\\s*个?月`), (m) => months(count(m[1]))],
  [
    /(?:last|past|trailing|rolling|prior)\s*(\d+)\s*-?\s*months?|\bl(\d+)m\b|\b(\d+)\s*-?\s*months?\b/,
    (m) => months(count(m[1] ?? m[2] ?? m[3])),
  ],
  [
    new RegExp(`(?:近|最近|过去)\\s*${N}\\s*天|(?:last|past)\\s*(\\d+)\\s*days`),
    (m) => months((count(m[1] ?? m[2]) ?? 0) / (365.25 / 12)),
  ],
  [/近一?年|最近一年|过去一年|\bttm\b|\bltm\b|\br12m?\b/, () => months(12)],
  [
    /年初至今|本年累计|本年度|本年|今年|当年|\bytd\b|year\s*to\s*date|current\s*year|this\s*year|\bcy\b/,
    () => ({ kind: "yearToDate" }),
  ],
  [/本季度?|当季|上季度?|第?[一二三四1-4]季度?|\bq[1-4]\b|\bqtd\b|quarterly|this\s*quarter/, () => months(3)],
  [/本月|当月|上月|\bmtd\b|this\s*month|last\s*month/, () => months(1)],
  [
    /月均|月平均|平均每月|每月平均|每月|average\s*monthly|monthly\s*average|avg\.?\s*monthly|per\s*month|monthly|\/\s*月|\/\s*month/,
    () => ({ kind: "perMonth" }),
  ],
  [
    /周均|平均每周|每周平均|每周|每星期|每礼拜|per\s*week|weekly|\/\s*周|\/\s*(?:week|wk)\b|\bper\s*wk\b/,
    () => ({ kind: "perWeek" }),
  ],
  [/日均|平均每天|平均每日|每天|每日|per\s*day|\bdaily\b|\/\s*[天日]|\/\s*day\b/, () => ({ kind: "perDay" })],
  [/上半年|下半年|\bh[12]\b|half\s*year/, () => months(6)],
  [/\bfy\s*'?(\d{4}|\d{2})\b/, (m) => ({ kind: "year", year: fullYear(m[1] ?? "") })],
  [/((?:19|20)\d{2})\s*(?:财年|年度|年|fy)?/, (m) => ({ kind: "year", year: Number(m[1]) })],
  // A leading 年 glued to the figure ("年收入", "年发货量"), not 年份, 年龄, 年限, 年初 …
  [/^\s*年(?![份龄限初末底中级检费假度均平])/, () => ({ kind: "year", year: null })],
  [
    /全年|年度|年均|每年|\bannual(?:ly)?\b|\bper\s*(?:year|annum)\b|\byearly\b|\/\s*年|\/\s*(?:yr|year)\b|\bfy\b/,
    () => ({ kind: "year", year: null }),
  ],
  // A statement's own period ("本期计费总额"): the qualifier is set aside, its length is the table's.
  [/本期|当期|\bcurrent\s*period\b/, () => null],
];

export interface PeriodReading {
  /** The text with every period qualifier removed. */
  readonly rest: string;
  readonly period: Period | null;
  /** The qualifier as written ("2017年", "YTD"), "" when none. */
  readonly text: string;
}

/**
 * Reads and removes the period qualifiers of a header (lower case, Simplified characters).
 * @example readPeriod("2017年销售额") // { rest: "销售额", period: { kind: "year", year: 2017 }, text: "2017年" }
 */
export function readPeriod(header: string): PeriodReading {
  let rest = header;
  let period: Period | null = null;
  let text = "";
  for (const [pattern, periodOf] of PATTERNS) {
    const global = new RegExp(pattern.source, "g");
    for (let match = global.exec(rest); match !== null; match = global.exec(rest)) {
      if (period === null) {
        const found = periodOf(match);
        if (found) {
          period = found;
          text = match[0].trim();
        }
      }
      if (match[0].length === 0) global.lastIndex++;
    }
    rest = rest.replace(global, " ");
  }
  return { rest, period, text };
}

/** Days in a year, for turning a period's figure into a year's. */
const YEAR_DAYS = 365.25;

/**
 * The factor that turns a figure of the period into a yearly one, at the grading date `dayOfYear` (1 = 1 January).
 * A year-to-date figure counts at least one month, so a table graded on 3 January is not multiplied by 120.
 */
export function perYearFactor(period: Period | null, dayOfYear: number): number {
  if (period === null) return 1;
  switch (period.kind) {
    case "year":
    case "previousYear":
      return 1;
    case "yearToDate":
      return YEAR_DAYS / Math.max(YEAR_DAYS / 12, Math.min(YEAR_DAYS, dayOfYear));
    case "months":
      return 12 / period.months;
    case "perMonth":
      return 12;
    case "perWeek":
      return YEAR_DAYS / 7;
    case "perDay":
      return YEAR_DAYS;
  }
}

/** Newer first: which of two columns of one field describes the period being graded. */
export function periodRecency(period: Period | null): number {
  if (period === null) return 3;
  switch (period.kind) {
    case "yearToDate":
    case "months":
    case "perMonth":
    case "perWeek":
    case "perDay":
      return 4;
    case "year":
      return period.year === null ? 3 : 1 + period.year / 10000;
    case "previousYear":
      return 0;
  }
}

/**
 * The days (Excel serials, inclusive start) a figure of the period covers when graded at `asOf`; null for a
 * monthly, weekly or daily average, which is a rate already. No period reads as the year up to `asOf`.
 */
export function periodWindow(
  period: Period | null,
  asOf: number,
): { readonly from: number; readonly to: number } | null {
  const { year } = partsFromSerial(asOf);
  const yearOf = (y: number): { from: number; to: number } => ({
    from: serialFromParts(y, 1, 1) ?? asOf - YEAR_DAYS,
    to: serialFromParts(y, 12, 31) ?? asOf,
  });
  if (period === null) return { from: asOf - YEAR_DAYS, to: asOf };
  switch (period.kind) {
    case "year":
      return period.year === null ? { from: asOf - YEAR_DAYS, to: asOf } : yearOf(period.year);
    case "previousYear":
      return yearOf(year - 1);
    case "yearToDate":
      return { from: yearOf(year).from, to: asOf };
    case "months":
      return { from: asOf - (period.months * YEAR_DAYS) / 12, to: asOf };
    case "perMonth":
    case "perWeek":
    case "perDay":
      return null; // a rate already
  }
}
