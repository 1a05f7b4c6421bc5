/** Text normalisation shared by headers, word lists and parsers: width, case and spacing never change meaning. */
import { isExcelError, normalizeText, splitTokens } from "../../../src/engine/values/text";

describe("normalizeText", () => {
  test.each<[string, string, string]>([
    ["turns full-width letters and the ideographic space into plain lower case", "ＡＢＣ　ｄ", "abcd"],
    ["turns full-width digits into ASCII digits", "１２３", "123"],
    ["lower-cases and drops spaces", "  Hello World ", "helloworld"],
    ["drops no-break spaces", "A\u00a0B", "ab"],
    ["drops tabs and line breaks", "\tX\nY", "xy"],
    ["turns the full-width percent sign into %", "９５％", "95%"],
    ["leaves Chinese text as it is", "客户名称", "客户名称"],
    ["leaves the empty string empty", "", ""],
  ])("%s", (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe("splitTokens splits a packed cell into facts", () => {
  test.each<[string, string, readonly string[]]>([
    [
      "splits the seed's packed cell on ASCII commas",
      "电子产品,每月两次,国内各地",
      ["电子产品", "每月两次", "国内各地"],
    ],
    ["splits on Chinese commas", "纺织品，每周一次，东南亚", ["纺织品", "每周一次", "东南亚"]],
    ["splits on 、", "快速配送、全程追踪", ["快速配送", "全程追踪"]],
    ["splits on Chinese semicolons", "良好；长期合作", ["良好", "长期合作"]],
    ["splits on ASCII semicolons", "良好;长期合作", ["良好", "长期合作"]],
    ["splits on line breaks", "电子产品\n每月两次", ["电子产品", "每月两次"]],
    ["splits on Windows line breaks", "电子产品\r\n每月两次", ["电子产品", "每月两次"]],
    ["splits on slashes", "快速/全程追踪", ["快速", "全程追踪"]],
    ["splits on vertical bars", "a|b", ["a", "b"]],
    [
      "splits on every separator in one cell",
      "a，b、c；d;e\nf\r\ng/h|i",
      ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
    ],
    ["drops empty pieces between repeated separators", "良好,,，长期合作", ["良好", "长期合作"]],
    ["gives nothing for separators only", "  ,, ，", []],
    ["gives nothing for the empty string", "", []],
    ["drops spaces next to Chinese characters", "电子产品 , 每月 两次", ["电子产品", "每月两次"]],
    ["keeps English words apart but lower-cased", "Twice  a Month, Nationwide", ["twice a month", "nationwide"]],
    ["normalises full-width letters in each token", "ＡＢＣ,ｄ", ["abc", "d"]],
    ["keeps a single fact whole", "良好", ["良好"]],
  ])("%s", (_name, raw, expected) => {
    expect(splitTokens(raw)).toEqual(expected);
  });
});

describe("isExcelError", () => {
  test.each([
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#n/a",
    "#N/A ",
  ])("recognises %j", (raw) => {
    expect(isExcelError(raw)).toBe(true);
  });

  test.each(["", "#", "N/A", "#hashtag", "#N/A!", "abc#N/A", "#1", "VALUE!"])(
    "does not take %j for an error",
    (raw) => {
      expect(isExcelError(raw)).toBe(false);
    },
  );
});
