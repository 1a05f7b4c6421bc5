/** The host-free layer's texts in Traditional Chinese (Taiwan wording: 清單, 增益集, 範本). */
import { formatList } from "../../engine";
import type { PlanMessages } from "./catalog";

export const zhTW: PlanMessages = {
  templateNames: { sheet: "客戶分級範本", table: "客戶分級表" },
  manualGradeAlert: {
    title: "人工等級",
    message: (letters) => `請從清單中選擇等級（${formatList("zh-TW", letters, "disjunction")}），或留空由增益集評定。`,
  },
  wordListAlert: { title: "常用詞", message: "可從清單中選擇，也可以輸入其他文字。" },
  conditions: { and: " 且 ", missing: (field) => `缺少${field}`, present: (field) => `有${field}` },
};
