/** The engine's texts in Traditional Chinese (Taiwan wording: 儲存格, 列 for a row, 欄 for a column). */
import { formatList } from "../lang";
import type { EngineMessages } from "./catalog";

const quote = (s: string): string => `「${s}」`;

export const zhTW: EngineMessages = {
  cellIssues: {
    "unreadable-number": (h, r) => `「${h}」欄的「${r}」不是可辨識的數字或金額`,
    "unreadable-percent": (h, r) => `「${h}」欄的「${r}」不是可辨識的百分比`,
    "unreadable-days": (h, r) => `「${h}」欄的「${r}」不是可辨識的天數`,
    "unreadable-date": (h, r) => `「${h}」欄的「${r}」不是可辨識的日期（請用 2026-03-01 或 2026年3月1日）`,
    "unreadable-frequency": (h, r) => `「${h}」欄的「${r}」不是可辨識的頻次（例如：每月兩次、每週一次）`,
    "unreadable-boolean": (h, r) => `「${h}」欄的「${r}」應為「是」或「否」`,
    "unrecognised-words": (h, r) => `「${h}」欄的「${r}」中沒有評分規則認識的詞`,
    "unknown-grade": (h, r) => `「${h}」欄的「${r}」不是規則中的等級`,
    "excel-error": (h, r) => `「${h}」欄的儲存格是錯誤值 ${r}`,
    "out-of-range": (h, r) => `「${h}」欄的「${r}」超出合理範圍`,
  },
  headerIssues: {
    "duplicate-field": (header, field, first) =>
      `欄「${header}」與欄「${first}」都表示「${field}」，只使用欄「${first}」；請刪除或重新命名其中一欄。`,
    "ambiguous-header": (header, fields) =>
      `欄「${header}」可能表示${formatList("zh-TW", fields.map(quote), "disjunction")}，無法確定是哪一個；請重新命名該欄或在對應中指定。`,
    "unknown-field": (header, field) => `欄「${header}」被指定為未知欄位「${field}」，已忽略。`,
  },
  tableProblems: {
    "no-header": "表格沒有標題列：請在第一列寫上欄名，例如「客戶名稱」。",
    "no-recognised-columns": (examples) =>
      `沒有辨識出可用於分級的欄：請新增或重新命名欄，例如 ${formatList("zh-TW", examples, "disjunction")}。`,
  },
  remarks: {
    separator: "；",
    incompletePrefix: "資料不完整：",
    nothingToScore: "沒有可用於評分的資料",
    unreadableCells: "部分儲存格無法辨識，請檢查後重新分級",
  },
};
