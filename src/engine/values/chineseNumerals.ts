/**
 * Chinese numerals as analysts write them in counts and frequencies: 两, 十二, 二十五, 一百零五, 三千, 〇.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can appear in a Chinese numeral, for callers that scan text. */
export const CHINESE_NUMERAL_CHARS = "零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億";

/**
 * Reads an integer written in Chinese numerals; `null` when the text is not one.
 * Spoken shorthand is read as people mean it ("三千五" is 3500, "两万五" 25000); runs of digits such as
 * "两三" or "十二三" are ranges ("two or three"), so only year-style strings with 〇/零 ("二〇二六") are read
 * digit by digit, and anything else is refused rather than guessed.
 * @example parseChineseInteger("二十五") // 25
 * @example parseChineseInteger("两") // 2
 */
export function parseChineseInteger(text: string): number | null {
  if (text.length === 0) return null;
  let yi = 0; // everything up to the last 亿
  let wan = 0; // the group closed by the last 万
  let section = 0; // below 万
  let digit: number | null = null;
  let digits = 0; // digit characters since the last unit
  let run = false; // a digit directly after a non-zero digit: "二〇二六", or a range such as "两三"
  let lastSmall = 0; // the last 十/百/千 in this section, to refuse "三百四百"
  let lastUnit = 0; // the unit written just before the trailing digit, for "三千五"
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) run = true;
      digit = digit === null ? d : digit * 10 + d; // "二〇二六" style digit strings; "零五" is 5
      digits++;
      continue;
    }
    if (run) return null; // "十二三", "三四十": a range, not a number
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (lastSmall !== 0 && small >= lastSmall) return null; // "三百四百", "十十"
      section += (digit ?? 1) * small; // "十二": a bare 十 means one ten
      lastSmall = lastUnit = small;
      digit = null;
      digits = 0;
      continue;
    }
    const large = LARGE_UNITS[ch];
    if (large === undefined) return null;
    const group = section + (digit ?? 0);
    // A bare 万 or 亿 counts nothing ("万" is not zero); a second 万 in one group ("一万二万") is not a number.
    if (group === 0 && digit === null && (large === 1e4 || wan === 0)) return null;
    if (large === 1e8) {
      if (yi !== 0) return null; // "一亿二亿"
      yi = (wan + group) * large; // "三万亿": 万 groups before 亿 belong to it
      wan = 0;
    } else {
      if (wan !== 0) return null;
      wan = group * large;
    }
    section = lastSmall = 0;
    lastUnit = large;
    digit = null;
    digits = 0;
  }
  if (run && (lastUnit !== 0 || !/[零〇]/.test(text))) return null; // "两三" is a range; "二〇二六" is a year
  // "三千五", "两万五": one digit after a unit of a hundred or more counts in the next unit down.
  const tail = digit !== null && digits === 1 && lastUnit >= 100 ? (digit * lastUnit) / 10 : (digit ?? 0);
  return yi + wan + section + tail;
}
