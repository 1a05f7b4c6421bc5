/**
 * Fast paths for the cell texts that dominate text-typed tables and CSV exports: plain digits, digits with
 * `,` separators and a decimal point, a leading `¥` or trailing `万`/`元`, a trailing `%` or `天`, and
 * `yyyy-mm-dd`, `yyyy/m/d`, `yyyy年m月d日` dates. No regular expression and no allocation: one scan of the
 * characters. Each returns NaN when the text is not exactly one of its shapes (the caller then runs the full
 * parser, unchanged); a number it returns is the number the full parser gives for that text, which
 * `test/engine/values/fastPath.test.ts` checks on generated well-formed texts and near misses.
 */

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const DOT = 46;
const MINUS = 45;
const PERCENT = 37;
const FULL_WIDTH_PERCENT = 0xff05;
const YEN = 0xa5;
const FULL_WIDTH_YEN = 0xffe5;
const WAN = 0x4e07; // 万
const YUAN = 0x5143; // 元
const TIAN = 0x5929; // 天
const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const HAO = 0x53f7; // 号
const HAO_TRADITIONAL = 0x865f; // 號

/** Exact powers of ten: an integer of at most 2^53 divided by one is the correctly rounded decimal. */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
] as const;

const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/**
 * The characters `from`–`to` as `1234`, `1,234` (groups of three after the first) or either with `.5`; NaN
 * for anything else. The digits are read as one integer and divided once by a power of ten, which gives
 * exactly what `Number()` gives for the same digits while the integer stays within 2^53 (beyond, NaN).
 */
function decimalIn(text: string, from: number, to: number, separators: boolean): number {
  let i = from;
  let mantissa = 0;
  let integerDigits = 0;
  let group = 0; // digits since the last separator
  let grouped = false;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      mantissa = mantissa * 10 + (code - DIGIT_0);
      integerDigits++;
      group++;
    } else if (code === COMMA && separators) {
      if (grouped ? group !== 3 : group < 1 || group > 3) return NaN;
      grouped = true;
      group = 0;
    } else break;
  }
  if (integerDigits === 0 || (grouped && group !== 3)) return NaN;
  let fractionDigits = 0;
  if (i < to) {
    if (text.charCodeAt(i) !== DOT) return NaN;
    for (i++; i < to; i++) {
      const code = text.charCodeAt(i);
      if (!isDigit(code)) return NaN;
      mantissa = mantissa * 10 + (code - DIGIT_0);
      fractionDigits++;
    }
    if (fractionDigits === 0) return NaN;
  }
  if (mantissa > Number.MAX_SAFE_INTEGER || fractionDigits >= POWERS_OF_TEN.length) return NaN;
  return fractionDigits === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] as number);
}

/** An amount: `-`? `¥`? decimal `万`? `元`?, e.g. `¥3,400`, `3,400.00`, `12.5万`, `-1200元`. */
export function fastNumber(text: string): number {
  let start = 0;
  let end = text.length;
  let sign = 1;
  if (start < end && text.charCodeAt(start) === MINUS) {
    sign = -1;
    start++;
  }
  const mark = text.charCodeAt(start);
  if (mark === YEN || mark === FULL_WIDTH_YEN) start++;
  if (end > start && text.charCodeAt(end - 1) === YUAN) end--;
  let scale = 1;
  if (end > start && text.charCodeAt(end - 1) === WAN) {
    scale = 1e4;
    end--;
  }
  const value = decimalIn(text, start, end, true);
  return value === value ? sign * value * scale : NaN;
}

/** A signed decimal with an optional last character, for the percent and days shapes. */
function signedDecimal(text: string, end: number): number {
  const negative = text.charCodeAt(0) === MINUS;
  const value = decimalIn(text, negative ? 1 : 0, end, true);
  return negative ? -1 * value : value;
}

/** A share as a fraction: `95%`, `-3.5%`, `0.95`, `95` (points, as the full parser reads a bare number above 1). */
export function fastPercent(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  const points = last === PERCENT || last === FULL_WIDTH_PERCENT;
  const n = signedDecimal(text, points ? text.length - 1 : text.length);
  if (n !== n) return NaN;
  const value = points || Math.abs(n) > 1 ? n / 100 : n;
  return value < -1 || value > 1 ? NaN : value; // out of range: the full parser says so
}

/** Days: `30`, `30天`, `-2天`. */
export function fastDays(text: string): number {
  const end = text.charCodeAt(text.length - 1) === TIAN ? text.length - 1 : text.length;
  return signedDecimal(text, end);
}

/** A count a year as a frequency column holds it: digits with an optional decimal part, no separators. */
export function fastPlainNumber(text: string): number {
  return decimalIn(text, 0, text.length, false);
}

const DAYS_TO_1970 = 25_569; // the Excel serial of 1970-01-01

/** Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), no Date object. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** One or two digits at `at`: the value times 8 plus how many digits, or -1; no tuple allocated. */
function smallNumberAt(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (!isDigit(first)) return -1;
  const second = text.charCodeAt(at + 1);
  if (!isDigit(second)) return (first - DIGIT_0) * 8 + 1;
  return ((first - DIGIT_0) * 10 + (second - DIGIT_0)) * 8 + 2;
}

const isDateSeparator = (code: number): boolean => code === MINUS || code === 47 /* / */ || code === DOT;

/** A date serial: `2026-03-01`, `2026/3/1`, `2026.3.1`, `2026年3月1日` (号, 號 or nothing after the day). */
export function fastDate(text: string): number {
  const length = text.length;
  if (length < 8 || length > 11) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return NaN;
    year = year * 10 + (code - DIGIT_0);
  }
  const separator = text.charCodeAt(4);
  const cjk = separator === NIAN;
  if (!cjk && !isDateSeparator(separator)) return NaN;
  const monthRead = smallNumberAt(text, 5);
  if (monthRead < 0) return NaN;
  let at = 5 + (monthRead & 7);
  const between = text.charCodeAt(at);
  if (cjk ? between !== YUE : !isDateSeparator(between)) return NaN;
  const dayRead = smallNumberAt(text, at + 1);
  if (dayRead < 0) return NaN;
  at += 1 + (dayRead & 7);
  if (cjk && at === length - 1) {
    const end = text.charCodeAt(at);
    if (end === RI || end === HAO || end === HAO_TRADITIONAL) at++;
  }
  if (at !== length) return NaN;
  const month = monthRead >> 3;
  const day = dayRead >> 3;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day) + DAYS_TO_1970;
}
