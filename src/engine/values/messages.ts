/** What the analyst reads about an unreadable cell, in each language. */
import type { CellIssueCode, Localized } from "../types";

type Describe = (header: string, raw: string) => Localized;

const quote = (raw: string): string => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

const MESSAGES: Readonly<Record<CellIssueCode, Describe>> = {
  "unreadable-number": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”不是可识别的数字或金额`,
    "zh-TW": `「${h}」欄的「${quote(r)}」不是可辨識的數字或金額`,
    en: `"${quote(r)}" in column "${h}" is not a number or amount`,
  }),
  "unreadable-percent": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”不是可识别的百分比`,
    "zh-TW": `「${h}」欄的「${quote(r)}」不是可辨識的百分比`,
    en: `"${quote(r)}" in column "${h}" is not a percentage`,
  }),
  "unreadable-days": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”不是可识别的天数`,
    "zh-TW": `「${h}」欄的「${quote(r)}」不是可辨識的天數`,
    en: `"${quote(r)}" in column "${h}" is not a number of days`,
  }),
  "unreadable-date": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”不是可识别的日期（请用 2026-03-01 或 2026年3月1日）`,
    "zh-TW": `「${h}」欄的「${quote(r)}」不是可辨識的日期（請用 2026-03-01 或 2026年3月1日）`,
    en: `"${quote(r)}" in column "${h}" is not a date (use 2026-03-01)`,
  }),
  "unreadable-frequency": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”不是可识别的频次（例如：每月两次、每周一次）`,
    "zh-TW": `「${h}」欄的「${quote(r)}」不是可辨識的頻次（例如：每月兩次、每週一次）`,
    en: `"${quote(r)}" in column "${h}" is not a frequency (e.g. "twice a month", "weekly")`,
  }),
  "unreadable-boolean": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”应为“是”或“否”`,
    "zh-TW": `「${h}」欄的「${quote(r)}」應為「是」或「否」`,
    en: `"${quote(r)}" in column "${h}" should be yes or no`,
  }),
  "unrecognised-words": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”中没有评分规则认识的词`,
    "zh-TW": `「${h}」欄的「${quote(r)}」中沒有評分規則認識的詞`,
    en: `"${quote(r)}" in column "${h}" has no word the rule set knows`,
  }),
  "unknown-grade": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”不是规则中的等级`,
    "zh-TW": `「${h}」欄的「${quote(r)}」不是規則中的等級`,
    en: `"${quote(r)}" in column "${h}" is not one of the rule set's grades`,
  }),
  "excel-error": (h, r) => ({
    "zh-CN": `“${h}”列的单元格是错误值 ${quote(r)}`,
    "zh-TW": `「${h}」欄的儲存格是錯誤值 ${quote(r)}`,
    en: `the cell in column "${h}" holds the error ${quote(r)}`,
  }),
  "out-of-range": (h, r) => ({
    "zh-CN": `“${h}”列的“${quote(r)}”超出合理范围`,
    "zh-TW": `「${h}」欄的「${quote(r)}」超出合理範圍`,
    en: `"${quote(r)}" in column "${h}" is out of range`,
  }),
};

export function cellIssueMessage(code: CellIssueCode, header: string, raw: string): Localized {
  return MESSAGES[code](header, raw);
}
