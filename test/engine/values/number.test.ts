/**
 * parseNumber reads amounts and counts as analysts type them; anything it cannot read is a problem, never a
 * guess and never a throw.
 */
import { parseNumber, parseNumberText } from "../../../src/engine/values/number";
import type { CellValue } from "../../../src/engine/types";

describe("parseNumber reads what analysts type", () => {
  test.each<[string, CellValue, number]>([
    ["keeps a number cell as it is", 42, 42],
    ["keeps a negative number cell", -3.5, -3.5],
    ["reads a plain integer", "3400", 3400],
    ["reads a decimal", "1234.56", 1234.56],
    ["reads a decimal without a leading zero", ".5", 0.5],
    ["reads thousands separators", "1,234,567", 1234567],
    ["reads thousands separators with decimals", "3,400.00", 3400],
    ["reads 万 as ten thousand", "12.5万", 125000],
    ["reads 萬 as ten thousand", "12.5萬", 125000],
    ["reads 亿 as a hundred million", "3亿", 300000000],
    ["reads 億 as a hundred million", "1.2億", 120000000],
    ["reads 千 as a thousand", "2千", 2000],
    ["reads 百万 as a million", "3百万", 3000000],
    ["reads 千万 as ten million", "1千万", 10000000],
    ["reads k as a thousand", "3.4k", 3400],
    ["reads upper-case K as a thousand", "3.4K", 3400],
    ["reads m as a million", "1.2m", 1200000],
    ["reads upper-case M as a million", "1.2M", 1200000],
    ["reads mn as a million", "2mn", 2000000],
    ["reads bn as a billion", "1.5bn", 1500000000],
    ["reads b as a billion", "2b", 2000000000],
    ["drops a leading ¥", "¥3,400", 3400],
    ["drops a full-width ￥", "￥3,400", 3400],
    ["drops RMB and a trailing 元 together", "RMB 3400元", 3400],
    ["drops a leading $ before a k multiplier", "$1.2k", 1200],
    ["drops USD with a space", "USD 100", 100],
    ["drops HK$", "HK$100", 100],
    ["drops US$ before a multiplier", "US$1.2k", 1200],
    ["drops a trailing 块", "3块", 3],
    ["drops a trailing 美元", "100美元", 100],
    ["drops a trailing 元 after 万", "12.5万元", 125000],
    ["drops ¥ before an amount in 万", "¥1.2万", 12000],
    ["drops 元 after 亿", "1.2亿元", 120000000],
    ["reads accounting brackets as a negative", "(1,200)", -1200],
    ["reads accounting brackets around a currency amount", "(¥1,200)", -1200],
    ["reads accounting brackets around an amount in 万", "(12.5万)", -125000],
    ["reads a leading minus", "-500", -500],
    ["reads a leading plus", "+5", 5],
    ["reads a minus before the currency", "-¥300", -300],
    ["reads a minus after the currency", "¥-300", -300],
    ["reads a minus before 万", "-12.5万", -125000],
    ["reads full-width digits", "１２３", 123],
    ["reads full-width digits after a full-width currency sign", "￥１２", 12],
    ["ignores spaces used as thousands separators", "1 000", 1000],
    ["ignores apostrophes used as thousands separators", "1'000", 1000],
    ["ignores underscores", "1_000", 1000],
    ["ignores the spaces around a number", "  42  ", 42],
    ["reads scientific notation", "1e3", 1000],
    ["reads scientific notation with a negative exponent", "1e-3", 0.001],
    ["reads zero", "0", 0],
    ["reads Chinese numerals 三千", "三千", 3000],
    ["reads Chinese numerals 十二万五千", "十二万五千", 125000],
    ["reads 两 as two", "两", 2],
    ["reads 两万 as twenty thousand", "两万", 20000],
    ["reads the shorthand 两万五 as 25000", "两万五", 25000],
    ["reads the shorthand 三千五 as 3500", "三千五", 3500],
    ["reads financial numerals 壹万贰仟", "壹万贰仟", 12000],
    ["reads a negative Chinese numeral", "-三千", -3000],
    ["reads 一百零五 with its zero", "一百零五", 105],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parseNumber(cell)).toBeCloseTo(expected, 9);
  });
});

describe("parseNumber treats an empty cell as blank", () => {});

describe("parseNumber refuses what it cannot read", () => {
  test.each<[string, CellValue]>([
    ["refuses words", "abc"],
    ["refuses a boolean true", true],
    ["refuses a boolean false", false],
    ["refuses the word true", "true"],
    ["refuses NaN", Number.NaN],
    ["refuses Infinity", Number.POSITIVE_INFINITY],
    ["refuses the text Infinity", "Infinity"],
    ["refuses the text NaN", "NaN"],
    ["refuses misplaced thousands separators", "1,23"],
    ["refuses Indian-style grouping", "12,34,567"],
    ["refuses a European decimal comma", "100,00"],
    ["refuses two decimal points", "1.2.3"],
    ["refuses a trailing decimal point", "5."],
    ["refuses a half-open bracket", "(5"],
    ["refuses a fraction", "1/2"],
    ["refuses a percentage (that is a percent column)", "12%"],
    ["refuses a lone multiplier k", "k"],
    ["refuses a lone 万 rather than reading it as zero", "万"],
    ["refuses 万万 rather than reading it as zero", "万万"],
    ["refuses a lone currency sign", "¥"],
    ["refuses a lone minus sign", "-"],
    ["refuses empty brackets", "()"],
    ["refuses a unit that is not a multiplier (5000km is not five billion)", "5000km"],
    ["refuses hexadecimal", "0x10"],
    ["refuses a dangling exponent", "1e"],
    ["refuses an exponent without digits", "e5"],
    ["refuses two multipliers", "5万万"],
    ["refuses mixed Arabic and Chinese units it cannot combine", "2万5千"],
    ["refuses a multiplier before the number", "万5"],
    ["refuses Chinese decimals it does not read", "十二点五"],
    ["refuses the Chinese range 两三 rather than reading 23", "两三"],
    ["refuses a double minus instead of cancelling it", "--5"],
    ["refuses plus-minus", "+-5"],
    ["refuses minus-plus", "-+5"],
    ["refuses a minus inside accounting brackets instead of cancelling it", "(-5)"],
    ["refuses a minus outside brackets", "-(5)"],
    ["refuses a minus before and after the currency", "-¥-300"],
  ])("%s (%j)", (_name, cell) => {
    expect(parseNumber(cell)).toEqual({ problem: "unreadable-number" });
  });
});

describe("parseNumber reports Excel errors as such", () => {
  test.each(["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#n/a", " #N/A "])(
    "reports %j as excel-error",
    (cell) => {
      expect(parseNumber(cell)).toEqual({ problem: "excel-error" });
    },
  );
});

describe("parseNumberText works on text that is already normalised", () => {
  test.each<[string, string, number | null]>([
    ["reads a plain number", "3400", 3400],
    ["reads a multiplier", "12.5万", 125000],
    ["reads currency on both sides", "rmb3400元", 3400],
    ["reads accounting brackets", "(1,200)", -1200],
    ["reads Chinese numerals", "三千", 3000],
    ["returns null for empty text", "", null],
    ["returns null for words", "abc", null],
    ["returns null for a bare currency word", "人民币", null],
  ])("%s (%j)", (_name, text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});
