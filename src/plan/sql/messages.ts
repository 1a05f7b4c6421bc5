/** What the SQL compiler says when it refuses, in the analyst's three languages. */
import type { Lang, Localized } from "../../engine/types";

const localized = (make: (lang: Lang) => string): Localized => ({
  "zh-CN": make("zh-CN"),
  "zh-TW": make("zh-TW"),
  en: make("en"),
});

export const sqlMessages = {
  outputClash: (header: string, output: string): Localized =>
    localized((lang) =>
      lang === "en"
        ? `The table already has a column named "${header}", the name of the query's ${output} column: rename that column, or select it under another name first.`
        : lang === "zh-TW"
          ? `表格已有名為「${header}」的欄，與查詢輸出的 ${output} 欄同名：請先把該欄改名。`
          : `表格已有名为“${header}”的列，与查询输出的 ${output} 列同名：请先把该列改名。`,
    ),
  phraseSource: (what: Localized, field: Localized, from: string): Localized =>
    localized((lang) =>
      lang === "en"
        ? `${what[lang]} reads ${field[lang]}, which this table gives only as words in the column "${from}" ("twice a month"): SQL cannot read those as the add-in does. Add a column with the number, map it, or set the criterion's weight to 0.`
        : lang === "zh-TW"
          ? `${what[lang]}讀取「${field[lang]}」，而這張表只在「${from}」欄以文字（如「每月兩次」）給出：SQL 無法像增益集那樣讀取。請加一欄數字並對應到它，或把此項權重設為 0。`
          : `${what[lang]}读取“${field[lang]}”，而这张表只在“${from}”列以文字（如“每月两次”）给出：SQL 无法像加载项那样读取。请加一列数字并对应到它，或把此项权重设为 0。`,
    ),
  criterion: (dimension: Localized, label: Localized): Localized =>
    localized((lang) =>
      lang === "en"
        ? `The criterion "${label[lang]}" of "${dimension[lang]}"`
        : lang === "zh-TW"
          ? `「${dimension[lang]}」中的評分項「${label[lang]}」`
          : `“${dimension[lang]}”中的评分项“${label[lang]}”`,
    ),
  wordsReport: (header: string): Localized =>
    localized((lang) =>
      lang === "en"
        ? `Reporting the unreadable words of "${header}"`
        : lang === "zh-TW"
          ? `回報「${header}」中無法識別的文字`
          : `报告“${header}”中无法识别的文字`,
    ),
  rule: (remark: Localized): Localized =>
    localized((lang) =>
      lang === "en"
        ? `The rule "${remark[lang]}"`
        : lang === "zh-TW"
          ? `規則「${remark[lang]}」`
          : `规则“${remark[lang]}”`,
    ),
};
