/** Languages the task pane is written in. */
export type Locale = "zh-CN" | "zh-TW" | "en";

export interface UiStrings {
  /** The add-in's name, shown as the pane's heading and the page title. */
  readonly title: string;
  /** One sentence on what the add-in does. */
  readonly summary: string;
  /** Heading over the rule set's dimensions and weights. */
  readonly rulesHeading: string;
  /** Heading over the grade thresholds. */
  readonly gradesHeading: string;
}

export const uiStrings: Readonly<Record<Locale, UiStrings>> = {
  "zh-CN": {
    title: "物流客户分级",
    summary: "根据 Excel 表格中的客户数据，为物流客户评定等级。",
    rulesHeading: "评分维度与权重",
    gradesHeading: "等级与建议",
  },
  "zh-TW": {
    title: "物流客戶分級",
    summary: "根據 Excel 表格中的客戶資料，為物流客戶評定等級。",
    rulesHeading: "評分維度與權重",
    gradesHeading: "等級與建議",
  },
  en: {
    title: "Customer Grader",
    summary: "Grades logistics customers from the customer data in an Excel table.",
    rulesHeading: "What is weighed",
    gradesHeading: "Grades and actions",
  },
};

/**
 * The pane's language for a BCP 47 tag such as Office's `displayLanguage` ("zh-CN", "zh-TW", "en-US").
 * Traditional Chinese for zh-TW, zh-HK, zh-MO and zh-Hant; Simplified Chinese for any other Chinese tag
 * (zh-CN, zh-SG, zh-Hans, zh); English for everything else, including a missing tag.
 */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  if (!tag) {
    return "en";
  }
  const subtags = tag.toLowerCase().split(/[-_]/);
  if (subtags[0] !== "zh") {
    return "en";
  }
  const traditional = ["hant", "tw", "hk", "mo"];
  return subtags.some((subtag) => traditional.includes(subtag)) ? "zh-TW" : "zh-CN";
}
