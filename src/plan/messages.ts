/** What the template formatting and the template table say to the analyst, in the table's language. */
import type { Lang } from "../engine";

interface TemplateText {
  manualGradeAlert(letters: readonly string[]): { title: string; message: string };
  readonly wordListAlert: { title: string; message: string };
}

const TEXT: Record<Lang, TemplateText> = {
  "zh-CN": {
    manualGradeAlert: (letters) => ({
      title: "人工等级",
      message: `请从列表中选择等级（${letters.join("、")}），或留空由加载项评定。`,
    }),
    wordListAlert: { title: "常用词", message: "可从列表中选择，也可以输入其他文字。" },
  },
  "zh-TW": {
    manualGradeAlert: (letters) => ({
      title: "人工等級",
      message: `請從清單中選擇等級（${letters.join("、")}），或留空由增益集評定。`,
    }),
    wordListAlert: { title: "常用詞", message: "可從清單中選擇，也可以輸入其他文字。" },
  },
  en: {
    manualGradeAlert: (letters) => ({
      title: "Manual grade",
      message: `Choose a grade from the list (${letters.join(", ")}), or leave it blank for the add-in to grade.`,
    }),
    wordListAlert: { title: "Common words", message: "Pick from the list or type other text." },
  },
};

export function templateText(lang: Lang): TemplateText {
  return TEXT[lang];
}

/** The template table's sheet and table names. */
export const TEMPLATE_NAMES: Readonly<Record<Lang, { readonly sheet: string; readonly table: string }>> = {
  "zh-CN": { sheet: "客户分级模板", table: "客户分级表" },
  "zh-TW": { sheet: "客戶分級範本", table: "客戶分級表" },
  en: { sheet: "Customer template", table: "CustomerGrades" },
};
