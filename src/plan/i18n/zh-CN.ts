/** The host-free layer's texts in Simplified Chinese (mainland wording: 列表, 加载项). */
import { formatList } from "../../engine";
import type { PlanMessages } from "./catalog";

export const zhCN: PlanMessages = {
  templateNames: { sheet: "客户分级模板", table: "客户分级表" },
  manualGradeAlert: {
    title: "人工等级",
    message: (letters) => `请从列表中选择等级（${formatList("zh-CN", letters, "disjunction")}），或留空由加载项评定。`,
  },
  wordListAlert: { title: "常用词", message: "可从列表中选择，也可以输入其他文字。" },
  conditions: { and: " 且 ", missing: (field) => `缺少${field}`, present: (field) => `有${field}` },
};
