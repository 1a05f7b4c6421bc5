/** Remarks written into the table: the grade's action plus what each rule adds, in one language. */
import type { Lang, Localized } from "../types";

const SEPARATOR: Readonly<Record<Lang, string>> = { "zh-CN": "；", "zh-TW": "；", en: "; " };

export const INCOMPLETE_PREFIX: Localized = {
  "zh-CN": "数据不完整：",
  "zh-TW": "資料不完整：",
  en: "Data incomplete: ",
};

export const NOTHING_TO_SCORE: Localized = {
  "zh-CN": "没有可用于评分的数据",
  "zh-TW": "沒有可用於評分的資料",
  en: "no data the rule set can score",
};

export function joinRemarks(parts: readonly Localized[], lang: Lang): string {
  return parts.map((p) => p[lang]).join(SEPARATOR[lang]);
}

/** Added to the remark of a row with cells the engine could not read, so the analyst sees it in the table. */
export const UNREADABLE_CELLS: Localized = {
  "zh-CN": "部分单元格无法识别，请检查后重新分级",
  "zh-TW": "部分儲存格無法辨識，請檢查後重新分級",
  en: "some cells could not be read; check them and grade again",
};
