/** The line printed on stderr when the template formatting is done. */
import type { Lang } from "../../engine";
import { FREEZE_ROW_LIMIT } from "../../plan";
import type { FormattingOutcome } from "./sheetFormatter";

/** "", "number format on 1 column, ", "number formats on 3 columns, " */
const numberFormatsEn = (columns: number): string =>
  columns === 0 ? "" : columns === 1 ? "number format on 1 column, " : `number formats on ${columns} columns, `;

const list = (items: readonly string[], lang: Lang): string => items.join(lang === "en" ? ", " : "、");

/**
 * @example formatSummaryLine(outcome, "客户表", null, "en")
 * // "Formatted 客户表: table style, grade colours, data bar on the score, number formats on 4 columns, header frozen, columns fitted; lists on 人工等级, 财务状况"
 */
export function formatSummaryLine(
  outcome: FormattingOutcome,
  table: string,
  written: string | null,
  lang: Lang,
): string {
  const { validated, kept, numberFormats, tableStyled, freeze, coloured } = outcome;
  switch (lang) {
    case "zh-CN":
      return (
        `已套用模板格式到 ${table}：${tableStyled ? "表格样式、" : "（不是 Excel 表格，未设表格样式）"}` +
        `${coloured ? `等级颜色、评分数据条、${numberFormats ? `${numberFormats} 列数字格式、` : ""}` : "（工作簿没有样式部件，未加颜色和数字格式）"}` +
        `${freeze === "frozen" ? "冻结标题行、" : freeze === "kept" ? "保留已冻结的窗格、" : `标题行在第 ${FREEZE_ROW_LIMIT} 行以下，未冻结、`}调整列宽` +
        (validated.length ? `；下拉列表：${list(validated, lang)}` : "") +
        (kept.length ? `；保留了这些列上原有的数据验证：${list(kept, lang)}` : "") +
        (written ? `；已写入 ${written}` : "")
      );
    case "zh-TW":
      return (
        `已套用範本格式到 ${table}：${tableStyled ? "表格樣式、" : "（不是 Excel 表格，未設表格樣式）"}` +
        `${coloured ? `等級顏色、評分資料橫條、${numberFormats ? `${numberFormats} 欄數值格式、` : ""}` : "（活頁簿沒有樣式元件，未加顏色和數值格式）"}` +
        `${freeze === "frozen" ? "凍結標題列、" : freeze === "kept" ? "保留已凍結的窗格、" : `標題列在第 ${FREEZE_ROW_LIMIT} 列以下，未凍結、`}調整欄寬` +
        (validated.length ? `；下拉清單：${list(validated, lang)}` : "") +
        (kept.length ? `；保留了這些欄上原有的資料驗證：${list(kept, lang)}` : "") +
        (written ? `；已寫入 ${written}` : "")
      );
    case "en":
      return (
        `Formatted ${table}: ${tableStyled ? "table style, " : "(not an Excel table: no table style) "}` +
        `${coloured ? `grade colours, data bar on the score, ${numberFormatsEn(numberFormats)}` : "(the workbook has no styles part: no colours or number formats) "}` +
        `${freeze === "frozen" ? "header frozen" : freeze === "kept" ? "frozen panes kept" : `header below row ${FREEZE_ROW_LIMIT}, not frozen`}, columns fitted` +
        (validated.length ? `; lists on ${list(validated, lang)}` : "") +
        (kept.length ? `; kept the existing validation on ${list(kept, lang)}` : "") +
        (written ? `; written to ${written}` : "")
      );
  }
}
