/** The custom functions' error texts in Simplified Chinese (mainland wording: 行 for a row, 列 for a column). */
import type { FunctionMessages } from "./catalog";

export const zhCN: FunctionMessages = {
  wholeTable: "评分规则含表内排名：请传入整张表（例如 客户表），而不是一行",
  tooWide: (w, n) => `未提供标题行，且有 ${w} 列，超过模板的 ${n} 列：请把标题行作为第二个参数`,
  oneHeaderRow: "标题参数应为一行（例如 表1[#标题]）",
  headerWidth: (h, w) => `标题行有 ${h} 列，数据有 ${w} 列：两者应一样宽`,
  noHeaders: "标题行中没有可识别的列名（例如 客户名称、财务状况）",
  notAGrade: (value, letters) => `“${value}”不是等级（${letters}）`,
};
