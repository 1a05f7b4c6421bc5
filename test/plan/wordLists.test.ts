/** Drop-down words per language, from the default rule set's word lists; grade colours from green to red. */
import { defaultRuleSet, mapColumns } from "../../src/engine";
import { gradeColours } from "../../src/plan/gradeColours";
import { entryWord, wordLists } from "../../src/plan/wordLists";

test.each([
  ["zh-CN", ["良好", "一般", "较差"]],
  ["zh-TW", ["良好", "一般", "較差"]],
  ["en", ["good", "average", "poor"]],
] as const)("the financial status list in %s reads %j", (lang, words) => {
  const headers = {
    "zh-CN": ["客户名称", "财务状况"],
    "zh-TW": ["客戶名稱", "財務狀況"],
    en: ["Customer", "Financial status"],
  }[lang];
  const lists = wordLists(defaultRuleSet(), mapColumns(headers, {}), lang);
  const financial = lists.find((l) => l.field === "financialStatus");
  expect(financial?.words).toEqual(expect.arrayContaining([...words]));
});

test("a Traditional word is the Simplified one's counterpart, not any Traditional word of the entry", () => {
  expect(entryWord(["较差", "差", "紧张", "緊張", "較差"], "zh-TW")).toBe("較差");
  expect(entryWord(["良好", "很好", "優秀"], "zh-TW")).toBe("良好");
  expect(entryWord(["高"], "en")).toBeNull();
});

test("fields read out of another column get no list", () => {
  const lists = wordLists(defaultRuleSet(), mapColumns(["客户名称", "运输需求"], {}), "zh-CN");
  expect(lists.map((l) => l.field)).toEqual([]);
});

test("the first grade is green, the last red, and none is left without a colour", () => {
  const colours = gradeColours(["A", "B", "C", "D", "E"]);
  expect(colours[0]?.fill).toBe("#C6EFCE");
  expect(colours[4]?.fill).toBe("#FFC7CE");
  expect(new Set(colours.slice(1, 4).map((c) => c.fill)).has("#C6EFCE")).toBe(false);
});
