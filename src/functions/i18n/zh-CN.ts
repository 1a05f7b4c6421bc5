/** The custom functions' error texts in Simplified Chinese (mainland wording: 行 for a row, 列 for a column). */
import type { FunctionMessages, RfmArgument } from "./catalog";

/** What each RFM argument measures, beside its (English) parameter name. */
const RFM_WORDS: Readonly<Record<RfmArgument, string>> = {
  recency: "距今天数",
  frequency: "订单数",
  monetary: "金额",
  names: "客户名称",
};

export const zhCN: FunctionMessages = {
  wholeTable: "评分规则含表内排名：请传入整张表（例如 客户表），而不是一行",
  tooWide: (w, n) => `未提供标题行，且有 ${w} 列，超过模板的 ${n} 列：请把标题行作为第二个参数`,
  oneHeaderRow: "标题参数应为一行（例如 表1[#标题]）",
  headerWidth: (h, w) => `标题行有 ${h} 列，数据有 ${w} 列：两者应一样宽`,
  noHeaders: "标题行中没有可识别的列名（例如 客户名称、财务状况）",
  notAGrade: (value, letters) => `“${value}”不是等级（${letters}）`,
  rfmOneColumn: (a) => `${a} 应为一列（每行一个客户）`,
  rfmLengths: (n) => `recency、frequency、monetary（及 names）的行数应相同，现为 ${n}`,
  rfmMissing: (a) => `此行缺少 ${a}（${RFM_WORDS[a]}）：请填写，或清空整行`,
  rfmNotANumber: (a, v) => `${a}（${RFM_WORDS[a]}）“${v}”不是数字`,
  rfmNegative: (a, v) => `${a}（${RFM_WORDS[a]}）${v} 小于 0`,
};
