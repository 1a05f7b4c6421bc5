/** The analyst's language: read from a locale tag, and lists joined as each language joins them. */
import { type Lang, formatList, langFromTag, localize } from "../../src/engine";

describe("a list joined as the language joins it (Intl.ListFormat with Node's ICU)", () => {
  test.each([
    ["zh-CN", ["等级", "分数", "备注"], "等级、分数和备注"],
    ["zh-TW", ["等級", "分數", "備註"], "等級、分數和備註"],
    ["en", ["Grade", "Score", "Remark"], "Grade, Score, and Remark"],
    ["zh-CN", ["客户表", "旧表"], "客户表和旧表"],
    ["en", ["Customers", "Old"], "Customers and Old"],
    ["en", ["Customers"], "Customers"],
    ["en", [], ""],
  ] as const)("%s: %j is %j", (lang, items, expected) => {
    expect(formatList(lang, items)).toBe(expected);
  });

  test.each([
    ["zh-CN", "“客户名称”或“联系人”"],
    ["zh-TW", "“客户名称”或“联系人”"],
    ["en", "“客户名称” or “联系人”"],
  ] as const)("%s: alternatives are joined with 'or'", (lang, expected) => {
    expect(formatList(lang, ["“客户名称”", "“联系人”"], "disjunction")).toBe(expected);
  });
});

describe("the language a locale tag names", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh_CN.UTF-8", "zh-CN"],
    ["zh-Hans-SG", "zh-CN"],
    ["zh-Hant", "zh-TW"],
    ["zh_HK.UTF-8", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["en_GB.UTF-8", "en"],
    ["fr-FR", null],
    ["C", null],
  ])("%s names %s", (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });
});

test("localize takes each language's text from that language's catalog", () => {
  const catalogs: Record<Lang, { hi: string }> = {
    "zh-CN": { hi: "你好" },
    "zh-TW": { hi: "你好（繁）" },
    en: { hi: "hello" },
  };
  expect(localize(catalogs, (c, lang) => `${c.hi} ${lang}`)).toEqual({
    "zh-CN": "你好 zh-CN",
    "zh-TW": "你好（繁） zh-TW",
    en: "hello en",
  });
});
