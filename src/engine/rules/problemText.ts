/**
 * A rule-set problem's message in each language. Zod's own issues are worded by zod's zh-CN / zh-TW / en
 * locales; the messages this package writes itself (in the schema and in `loadRuleSet`'s cross-checks) are
 * given here in all three, so an analyst reading Chinese never gets English validation text.
 */
import { z } from "zod";
import type { Localized } from "../types";

type ZodIssue = z.core.$ZodIssue;

const zhCN = z.locales.zhCN().localeError;
const zhTW = z.locales.zhTW().localeError;

/** The schema's own messages (zod passes them through as written): their wording in each language. */
const SCHEMA_MESSAGES: Readonly<Record<string, Localized>> = {
  "use lower-case letters, digits and hyphens, starting with a letter": {
    "zh-CN": "只能使用小写字母、数字和连字符，并以字母开头",
    "zh-TW": "只能使用小寫字母、數字和連字號，並以字母開頭",
    en: "use lower-case letters, digits and hyphens, starting with a letter",
  },
  "this comparison needs a value": {
    "zh-CN": "此比较需要一个值",
    "zh-TW": "此比較需要一個值",
    en: "this comparison needs a value",
  },
  "from and to must differ": {
    "zh-CN": "from 与 to 不能相同",
    "zh-TW": "from 與 to 不能相同",
    en: "from and to must differ",
  },
};

function worded(map: typeof zhCN, issue: ZodIssue): string {
  const out = map(issue as z.core.$ZodRawIssue);
  if (typeof out === "string") return out;
  return out?.message ?? issue.message;
}

/** A zod issue's message in each language (zod words English itself; parse with `reportInput` for "received …"). */
export function zodIssueText(issue: ZodIssue): Localized {
  const own = SCHEMA_MESSAGES[issue.message];
  if (own) return own;
  return { "zh-CN": worded(zhCN, issue), "zh-TW": worded(zhTW, issue), en: issue.message };
}

const quoteZh = (s: string): string => `“${s}”`;
const quoteTw = (s: string): string => `「${s}」`;

/** The problems `loadRuleSet` finds beyond the schema, in each language. */
export const crossCheckText = {
  notARuleSet: (format: string): Localized => ({
    "zh-CN": `这不是 Customer Grader 规则集：应为包含 "format": "${format}" 的对象`,
    "zh-TW": `這不是 Customer Grader 規則集：應為包含 "format": "${format}" 的物件`,
    en: `not a Customer Grader rule set: expected an object with "format": "${format}"`,
  }),
  idUsed: (id: string, first: string): Localized => ({
    "zh-CN": `id ${quoteZh(id)} 已在 ${first} 使用`,
    "zh-TW": `id ${quoteTw(id)} 已在 ${first} 使用`,
    en: `id "${id}" is already used at ${first}`,
  }),
  readsText: (kind: string, field: string, type: string): Localized => ({
    "zh-CN": `${quoteZh(kind)} 标准读取文字，但 ${quoteZh(field)} 是${type}类型的值`,
    "zh-TW": `${quoteTw(kind)} 標準讀取文字，但 ${quoteTw(field)} 是${type}類型的值`,
    en: `a "${kind}" criterion reads text, but "${field}" holds ${type} values`,
  }),
  readsNumbers: (kind: string, field: string, type: string): Localized => ({
    "zh-CN": `${quoteZh(kind)} 标准读取数字，但 ${quoteZh(field)} 是${type}类型`,
    "zh-TW": `${quoteTw(kind)} 標準讀取數字，但 ${quoteTw(field)} 是${type}類型`,
    en: `a "${kind}" criterion reads numbers, but "${field}" holds ${type}`,
  }),
  outputAsInput: (field: string): Localized => ({
    "zh-CN": `${quoteZh(field)} 由加载项写入，不能作为输入`,
    "zh-TW": `${quoteTw(field)} 由增益集寫入，不能作為輸入`,
    en: `"${field}" is written by the add-in and cannot be an input`,
  }),
  criterionWeight: (): Localized => ({
    "zh-CN": "至少一个标准的权重需大于 0",
    "zh-TW": "至少一個標準的權重需大於 0",
    en: "at least one criterion needs a weight above 0",
  }),
  dimensionWeight: (): Localized => ({
    "zh-CN": "至少一个维度的权重需大于 0",
    "zh-TW": "至少一個維度的權重需大於 0",
    en: "at least one dimension needs a weight above 0",
  }),
  gradeTwice: (letter: string): Localized => ({
    "zh-CN": `等级 ${quoteZh(letter)} 出现了两次`,
    "zh-TW": `等級 ${quoteTw(letter)} 出現了兩次`,
    en: `grade "${letter}" appears twice`,
  }),
  gradeOrder: (previous: number): Localized => ({
    "zh-CN": `必须低于上一个更高等级的 minScore（${previous}）；请把最高等级列在最前`,
    "zh-TW": `必須低於上一個更高等級的 minScore（${previous}）；請把最高等級列在最前`,
    en: `must be below the better grade's minScore (${previous}); list the best grade first`,
  }),
  lowestGrade: (): Localized => ({
    "zh-CN": "最低等级必须从 0 开始，每个分数才都有等级",
    "zh-TW": "最低等級必須從 0 開始，每個分數才都有等級",
    en: "the lowest grade must start at 0 so every score has a grade",
  }),
  textComparison: (field: string): Localized => ({
    "zh-CN": `${quoteZh(field)} 是文字；只能使用 "missing" 和 "present"`,
    "zh-TW": `${quoteTw(field)} 是文字；只能使用 "missing" 和 "present"`,
    en: `"${field}" holds text; only "missing" and "present" apply to it`,
  }),
  unknownGrade: (grade: string, letters: string): Localized => ({
    "zh-CN": `${quoteZh(grade)} 不是已定义的等级（${letters}）`,
    "zh-TW": `${quoteTw(grade)} 不是已定義的等級（${letters}）`,
    en: `"${grade}" is not one of the grades (${letters})`,
  }),
};
