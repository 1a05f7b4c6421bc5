/** The custom functions' error texts in Traditional Chinese (Taiwan wording: 列 for a row, 欄 for a column). */
import type { FunctionMessages, RfmArgument } from "./catalog";

/** What each RFM argument measures, beside its (English) parameter name. */
const RFM_WORDS: Readonly<Record<RfmArgument, string>> = {
  recency: "距今天數",
  frequency: "訂單數",
  monetary: "金額",
  names: "客戶名稱",
};

export const zhTW: FunctionMessages = {
  wholeTable: "評分規則含表內排名：請傳入整張表（例如 客戶表），而不是一列",
  tooWide: (w, n) => `未提供標題列，且有 ${w} 欄，超過範本的 ${n} 欄：請把標題列作為第二個參數`,
  oneHeaderRow: "標題參數應為一列（例如 表1[#標題]）",
  headerWidth: (h, w) => `標題列有 ${h} 欄，資料有 ${w} 欄：兩者應一樣寬`,
  noHeaders: "標題列中沒有可辨識的欄名（例如 客戶名稱、財務狀況）",
  notAGrade: (value, letters) => `「${value}」不是等級（${letters}）`,
  rfmOneColumn: (a) => `${a} 應為一欄（每列一個客戶）`,
  rfmLengths: (n) => `recency、frequency、monetary（及 names）的列數應相同，現為 ${n}`,
  rfmMissing: (a) => `此列缺少 ${a}（${RFM_WORDS[a]}）：請填寫，或清空整列`,
  rfmNotANumber: (a, v) => `${a}（${RFM_WORDS[a]}）「${v}」不是數字`,
  rfmNegative: (a, v) => `${a}（${RFM_WORDS[a]}）${v} 小於 0`,
};
