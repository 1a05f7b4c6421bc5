/**
 * Frequencies are read as shipments a year: "每月两次" is 24. A phrase that only names a period, a weekday or a
 * range is not a frequency, and a packed cell is searched fact by fact.
 */
import { frequencyFromPhrase, frequencyInText, parseFrequency } from "../../../src/engine/values/frequency";
import type { CellValue } from "../../../src/engine/types";

describe("frequencyFromPhrase reads Chinese phrases as shipments a year", () => {
  test.each<[string, string, number]>([
    ["reads 每月两次 as twice a month", "每月两次", 24],
    ["reads 每周一次 as weekly", "每周一次", 52],
    ["reads 每季度一次 as quarterly", "每季度一次", 4],
    ["reads 每两周一次 as once per two weeks", "每两周一次", 26],
    ["reads 一年四次", "一年四次", 4],
    ["reads 半月一次 as twice a month", "半月一次", 24],
    ["reads 每天 as daily", "每天", 365],
    ["reads 每日 as daily", "每日", 365],
    ["reads 每月 alone as once a month", "每月", 12],
    ["reads 每周 alone as once a week", "每周", 52],
    ["reads 每季 alone as quarterly", "每季", 4],
    ["reads 每年12次", "每年12次", 12],
    ["reads 每月2次 with an Arabic count", "每月2次", 24],
    ["reads 月均3次 (three a month on average)", "月均3次", 36],
    ["reads 月2次 without 每", "月2次", 24],
    ["reads 月1次", "月1次", 12],
    ["reads 每月约3次", "每月约3次", 36],
    ["reads 每月3次左右", "每月3次左右", 36],
    ["reads Traditional 每週一次", "每週一次", 52],
    ["reads Traditional 每週兩次", "每週兩次", 104],
    ["reads 趟 as a shipment", "每天两趟", 730],
    ["reads 每个月两次", "每个月两次", 24],
    ["reads Traditional 每個月兩次", "每個月兩次", 24],
    ["reads 一个月两次", "一个月两次", 24],
    ["reads 一月一次", "一月一次", 12],
    ["reads 一周两次", "一周两次", 104],
    ["reads 周一次", "周一次", 52],
    ["reads 每2个月一次", "每2个月一次", 6],
    ["reads 每三个月一次", "每三个月一次", 4],
    ["reads 每两月一次", "每两月一次", 6],
    ["reads 两周一次", "两周一次", 26],
    ["reads 双周一次", "双周一次", 26],
    ["reads 每半年一次", "每半年一次", 2],
    ["reads 一季度一次", "一季度一次", 4],
    ["reads 每星期三次 as three a week", "每星期三次", 156],
    ["reads 每礼拜一次", "每礼拜一次", 52],
    ["reads 每工作日一次 as 250 a year", "每工作日一次", 250],
    ["reads 每两天一次", "每两天一次", 182.5],
    ["reads 十天一次", "十天一次", 36.5],
    ["reads 每月十次", "每月十次", 120],
    ["reads 每年一百次", "每年一百次", 100],
    ["reads 每周1.5次", "每周1.5次", 78],
    ["reads 2次/月 (count over period)", "2次/月", 24],
    ["reads 24次/年", "24次/年", 24],
    ["reads 3趟每周", "3趟每周", 156],
    ["reads 2次/两周", "2次/两周", 52],
    ["reads 2次/2个月", "2次/2个月", 12],
    ["ignores a trailing full stop", "每月两次。", 24],
    ["ignores spaces inside the phrase", " 每 月 两 次", 24],
  ])("%s (%j)", (_name, phrase, expected) => {
    expect(frequencyFromPhrase(phrase)).toBeCloseTo(expected, 9);
  });
});

describe("frequencyFromPhrase reads English phrases as shipments a year", () => {
  test.each<[string, string, number]>([
    ["reads twice a month", "twice a month", 24],
    ["reads Twice a Month in any case", "Twice a Month", 24],
    ["reads full-width letters", "ＴＷＩＣＥ A MONTH", 24],
    ["reads twice per month", "twice per month", 24],
    ["reads once a month", "once a month", 12],
    ["reads once a week", "once a week", 52],
    ["reads 3 times per week", "3 times per week", 156],
    ["reads 2 times a month", "2 times a month", 24],
    ["reads 12 times a year", "12 times a year", 12],
    ["reads ten times a year", "ten times a year", 10],
    ["reads 3x/week", "3x/week", 156],
    ["reads 3x per week", "3x per week", 156],
    ["reads every two weeks", "every two weeks", 26],
    ["reads every 2 weeks", "every 2 weeks", 26],
    ["reads once every two weeks", "once every two weeks", 26],
    ["reads every three months", "every three months", 4],
    ["reads every 3 days", "every 3 days", 365 / 3],
    ["reads every month", "every month", 12],
    ["reads each week", "each week", 52],
    ["reads every fortnight", "every fortnight", 26],
    ["reads once per quarter", "once per quarter", 4],
    ["reads weekly", "weekly", 52],
    ["reads daily", "daily", 365],
    ["reads monthly", "monthly", 12],
    ["reads quarterly", "quarterly", 4],
    ["reads yearly", "yearly", 1],
    ["reads annually", "annually", 1],
    ["reads biweekly", "biweekly", 26],
    ["reads bi-weekly with a hyphen", "bi-weekly", 26],
    ["reads fortnightly", "fortnightly", 26],
    ["reads semi-monthly", "semi-monthly", 24],
  ])("%s (%j)", (_name, phrase, expected) => {
    expect(frequencyFromPhrase(phrase)).toBeCloseTo(expected, 9);
  });
});

describe("frequencyFromPhrase refuses what is not a frequency", () => {
  test.each<[string, string]>([
    ["refuses the empty string", ""],
    ["refuses a cargo type", "电子产品"],
    ["refuses a lone 每", "每"],
    ["refuses a lone 次", "次"],
    ["refuses a count without a period", "两次"],
    ["refuses a period without 每 (一月 is January)", "一月"],
    ["refuses a lone 月", "月"],
    ["refuses a lone 年", "年"],
    ["refuses a duration (3天 is a delivery time, not every three days)", "3天"],
    ["refuses 30天", "30天"],
    ["refuses 2周", "2周"],
    ["refuses 每周三 (every Wednesday) rather than reading three a week", "每周三"],
    ["refuses 周三 (Wednesday)", "周三"],
    ["refuses the range 每月两三次 rather than reading 23 a month", "每月两三次"],
    ["refuses the range 每月1-2次", "每月1-2次"],
    ["refuses a vague 每月几次", "每月几次"],
    ["refuses 不定期", "不定期"],
    ["refuses 偶尔", "偶尔"],
    ["refuses 每0月一次", "每0月一次"],
    ["refuses a start-of-month time", "每月初"],
    ["refuses a time of day", "每天早上"],
    ["refuses a weekday range", "周一至周五"],
    ["refuses twice without a period", "twice"],
    ["refuses 3 times without a period", "3 times"],
    ["refuses every without a period", "every"],
    ["refuses a month as a length of time", "a month"],
    ["refuses a week as a length of time", "a week"],
    ["refuses per month alone", "per month"],
    ["refuses /week alone", "/week"],
    ["refuses every zero weeks", "every 0 weeks"],
    ["refuses words", "abc"],
    ["refuses __proto__ rather than finding Object.prototype", "__proto__"],
    ["refuses constructor rather than finding Object's constructor", "constructor"],
  ])("%s (%j)", (_name, phrase) => {
    expect(frequencyFromPhrase(phrase)).toBeNull();
  });
});

describe("frequencyInText finds the frequency inside a packed cell", () => {
  test.each<[string, string, number]>([
    ["reads the seed's XX row", "电子产品,每月两次,国内各地", 24],
    ["reads the seed's YY row", "纺织品,每周一次,东南亚", 52],
    ["reads the seed's ZZ row", "食品原材料,每季度一次,华东地区", 4],
    ["splits on Chinese commas", "电子产品，每月两次，国内各地", 24],
    ["splits on 、", "电子产品、每月两次、国内各地", 24],
    ["splits on Chinese semicolons", "电子产品；每月两次", 24],
    ["splits on line breaks", "电子产品\n每月两次\n国内各地", 24],
    ["splits on slashes", "快速/每月两次", 24],
    ["keeps 2次/月 together although / also separates facts", "电子产品,2次/月,国内", 24],
    ["keeps 3x/week together", "冷链, 3x/week, 华东", 156],
    ["reads English packed cells", "electronics, twice a month, nationwide", 24],
    ["takes the first frequency when there are two", "每月两次；每周一次", 24],
    ["skips a delivery time that is not a frequency", "电子产品,3天,每月两次", 24],
  ])("%s (%j)", (_name, text, expected) => {
    expect(frequencyInText(text)).toBe(expected);
  });

  test.each<[string, string]>([
    ["finds nothing in a cargo type", "电子产品"],
    ["finds nothing in a cell with a weekday", "电子产品;每周三发货"],
    ["finds nothing in separators", ",,，"],
  ])("%s (%j)", (_name, text) => {
    expect(frequencyInText(text)).toBeNull();
  });
});

describe("parseFrequency reads a frequency column", () => {
  test.each<[string, CellValue, number]>([
    ["keeps a number as shipments a year", 24, 24],
    ["keeps zero", 0, 0],
    ["keeps a fractional number", 2.5, 2.5],
    ["reads a phrase", "每月两次", 24],
    ["reads a packed cell", "电子产品,每月两次,国内各地", 24],
    ["reads 24次/年", "24次/年", 24],
    ["reads an English phrase", "3x/week", 156],
    ["reads a number typed as text like the number cell", "24", 24],
    ["reads a full-width number typed as text", "２４", 24],
    ["reads a decimal typed as text", " 2.5 ", 2.5],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parseFrequency(cell)).toBe(expected);
  });

  test.each<[string, CellValue]>([
    ["refuses a negative number", -1],
    ["refuses NaN", Number.NaN],
    ["refuses Infinity", Number.POSITIVE_INFINITY],
    ["refuses a boolean", true],
    ["refuses a cell without a frequency", "电子产品"],
    ["refuses a count without its period", "24次"],
    ["refuses a negative number typed as text", "-24"],
    ["refuses words", "abc"],
  ])("%s (%j)", (_name, cell) => {
    expect(parseFrequency(cell)).toEqual({ problem: "unreadable-frequency" });
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!", " #DIV/0! "])("reports %j as excel-error", (cell) => {
    expect(parseFrequency(cell)).toEqual({ problem: "excel-error" });
  });
});
