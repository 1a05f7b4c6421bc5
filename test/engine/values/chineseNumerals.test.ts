/** parseChineseInteger reads counts and amounts written in Chinese numerals, and refuses what is not one. */
import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from "../../../src/engine/values/chineseNumerals";

describe("parseChineseInteger", () => {
  test.each<[string, string, number]>([
    ["reads 零 as zero", "零", 0],
    ["reads 〇 as zero", "〇", 0],
    ["reads 一", "一", 1],
    ["reads 两 as two", "两", 2],
    ["reads the Traditional 兩 as two", "兩", 2],
    ["reads a bare 十 as ten", "十", 10],
    ["reads 十二 as twelve", "十二", 12],
    ["reads 二十", "二十", 20],
    ["reads 二十五", "二十五", 25],
    ["reads 五十", "五十", 50],
    ["reads 一百零五 with its zero", "一百零五", 105],
    ["reads 一千零一", "一千零一", 1001],
    ["reads 一千零一十", "一千零一十", 1010],
    ["reads 三千", "三千", 3000],
    ["reads 两千零二十六", "两千零二十六", 2026],
    ["reads 十万", "十万", 100000],
    ["reads 十一万", "十一万", 110000],
    ["reads 十二万五千", "十二万五千", 125000],
    ["reads 十万八千", "十万八千", 108000],
    ["reads 一万零五百", "一万零五百", 10500],
    ["reads 一百万", "一百万", 1000000],
    ["reads 一千万", "一千万", 10000000],
    ["reads 九千九百九十九万九千九百九十九", "九千九百九十九万九千九百九十九", 99999999],
    ["reads 一亿", "一亿", 100000000],
    ["reads 一亿零五", "一亿零五", 100000005],
    ["reads 一亿二千万", "一亿二千万", 120000000],
    ["reads 三万亿 as three trillion", "三万亿", 3e12],
    ["reads a long amount with 亿 and 万", "一百二十三亿四千五百六十七万八千九百", 12345678900],
    ["reads the shorthand 三千五 as 3500", "三千五", 3500],
    ["reads the shorthand 三百五 as 350", "三百五", 350],
    ["reads the shorthand 两万五 as 25000", "两万五", 25000],
    ["reads the shorthand 三万五 as 35000", "三万五", 35000],
    ["reads the shorthand 一亿五 as 150 million", "一亿五", 150000000],
    ["does not stretch a digit after 零 (三千零五 is 3005)", "三千零五", 3005],
    ["does not stretch a digit after 零 (两万零五 is 20005)", "两万零五", 20005],
    ["reads 十五 as fifteen, not fifty", "十五", 15],
    ["reads financial 壹佰", "壹佰", 100],
    ["reads Traditional financial 貳拾", "貳拾", 20],
    ["reads a year written digit by digit with 〇", "二〇二六", 2026],
    ["reads a year written digit by digit with 零", "二零二六", 2026],
    ["reads 一〇五 digit by digit", "一〇五", 105],
  ])("%s", (_name, text, expected) => {
    expect(parseChineseInteger(text)).toBe(expected);
  });

  test.each<[string, string]>([
    ["returns null for empty text", ""],
    ["refuses a lone 万 rather than reading zero", "万"],
    ["refuses a lone 亿 rather than reading zero", "亿"],
    ["refuses 万万", "万万"],
    ["refuses 亿万", "亿万"],
    ["refuses 一万万", "一万万"],
    ["refuses a 万 that follows another 万", "一万二万"],
    ["refuses a second 亿", "一亿二亿"],
    ["refuses units out of order", "三百四百"],
    ["refuses the range 两三 (two or three) rather than reading 23", "两三"],
    ["refuses the range 十二三 rather than reading 33", "十二三"],
    ["refuses the range 三四十", "三四十"],
    ["refuses a run of digits without a zero (not a year)", "一二三"],
    ["refuses a starting 万 in 万一", "万一"],
    ["refuses Latin letters", "abc"],
    ["refuses a numeral followed by a letter", "一a"],
    ["refuses Arabic digits (parseNumber reads those)", "12"],
  ])("%s (%j)", (_name, text) => {
    expect(parseChineseInteger(text)).toBeNull();
  });

  test("lists every character it reads, so scanners can find numerals in text", () => {
    for (const ch of CHINESE_NUMERAL_CHARS) {
      // Every listed character is part of some numeral: alone, or after 一 when it is a unit.
      const alone = parseChineseInteger(ch);
      const afterOne = parseChineseInteger(`一${ch}`);
      expect(alone !== null || afterOne !== null).toBe(true);
    }
  });
});
