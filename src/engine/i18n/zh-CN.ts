/** The engine's texts in Simplified Chinese (mainland wording: 单元格, 行 for a row, 列 for a column). */
import { formatList } from "../lang";
import type { EngineMessages } from "./catalog";

const quote = (s: string): string => `“${s}”`;

export const zhCN: EngineMessages = {
  cellIssues: {
    "unreadable-number": (h, r) => `“${h}”列的“${r}”不是可识别的数字或金额`,
    "unreadable-percent": (h, r) => `“${h}”列的“${r}”不是可识别的百分比`,
    "unreadable-days": (h, r) => `“${h}”列的“${r}”不是可识别的天数`,
    "unreadable-date": (h, r) => `“${h}”列的“${r}”不是可识别的日期（请用 2026-03-01 或 2026年3月1日）`,
    "unreadable-frequency": (h, r) => `“${h}”列的“${r}”不是可识别的频次（例如：每月两次、每周一次）`,
    "unreadable-boolean": (h, r) => `“${h}”列的“${r}”应为“是”或“否”`,
    "unrecognised-words": (h, r) => `“${h}”列的“${r}”中没有评分规则认识的词`,
    "unknown-grade": (h, r) => `“${h}”列的“${r}”不是规则中的等级`,
    "excel-error": (h, r) => `“${h}”列的单元格是错误值 ${r}`,
    "out-of-range": (h, r) => `“${h}”列的“${r}”超出合理范围`,
  },
  headerIssues: {
    "duplicate-field": (header, field, first) =>
      `列“${header}”与列“${first}”都表示“${field}”，只使用列“${first}”；请删除或重命名其中一列。`,
    "ambiguous-header": (header, fields) =>
      `列“${header}”可能表示${formatList("zh-CN", fields.map(quote), "disjunction")}，无法确定是哪一个；请重命名该列或在映射中指定。`,
    "unknown-field": (header, field) => `列“${header}”被指定为未知字段“${field}”，已忽略。`,
  },
  tableProblems: {
    "no-header": "表格没有标题行：请在第一行写上列名，例如“客户名称”。",
    "no-recognised-columns": (examples) =>
      `没有识别出可用于分级的列：请添加或重命名列，例如 ${formatList("zh-CN", examples, "disjunction")}。`,
  },
  remarks: {
    separator: "；",
    incompletePrefix: "数据不完整：",
    nothingToScore: "没有可用于评分的数据",
    unreadableCells: "部分单元格无法识别，请检查后重新分级",
  },
};
