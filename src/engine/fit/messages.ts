/**
 * The fit's texts, per language: kept here rather than in the engine's catalog, so the pane's first load (which
 * carries the catalog) does not carry them; the fit itself is loaded on demand.
 */
import { localize } from "../lang";
import type { Lang, Localized } from "../types";

interface FitMessages {
  /** No column has the header the analyst named; `headers`: the table's headers. */
  readonly noGradeColumn: (header: string, headers: readonly string[]) => string;
  /** The column has no grade the fit can learn from (`found`: how many grades, of how many letters). */
  readonly tooFewGrades: (header: string, found: number, letters: number) => string;
  /** A grade the analyst uses that the starting rule set does not have. */
  readonly newGradeLabel: (letter: string) => string;
  readonly newGradeRemark: (letter: string) => string;
  /** The fitted rule set's name, from the starting one's and the column's. */
  readonly fittedName: (start: string, header: string) => string;
}

const en: FitMessages = {
  noGradeColumn: (header, headers) =>
    `There is no column "${header}". Choose the column that holds your own grades from the table's columns: ${headers.join(", ")}.`,
  tooFewGrades: (header, found, letters) =>
    found === 0
      ? `Column "${header}" has no grade the add-in can read (such as A, B级 or Grade C), so there is nothing to learn from.`
      : `Column "${header}" has only ${found} grade${found === 1 ? "" : "s"} of ${letters} kind${letters === 1 ? "" : "s"}: learning needs at least two different grades.`,
  newGradeLabel: (letter) => `Grade ${letter}`,
  newGradeRemark: (letter) => `Grade ${letter} customer`,
  fittedName: (start, header) => `${start} (fitted to "${header}")`,
};

const zhCN: FitMessages = {
  noGradeColumn: (header, headers) =>
    `找不到列"${header}"。请从表中的列选择记录您所定等级的列：${headers.join("、")}。`,
  tooFewGrades: (header, found, letters) =>
    found === 0
      ? `列"${header}"中没有可识别的等级（如 A、B级、C級）：无法从中学习。`
      : `列"${header}"中只有 ${found} 个等级、${letters} 种：至少需要两种不同的等级才能学习。`,
  newGradeLabel: (letter) => `${letter}级`,
  newGradeRemark: (letter) => `${letter}级客户`,
  fittedName: (start, header) => `${start}（按"${header}"拟合）`,
};

const zhTW: FitMessages = {
  noGradeColumn: (header, headers) =>
    `找不到欄「${header}」。請從表中的欄選擇記錄您所定等級的欄：${headers.join("、")}。`,
  tooFewGrades: (header, found, letters) =>
    found === 0
      ? `欄「${header}」中沒有可辨識的等級（如 A、B級、C级）：無法從中學習。`
      : `欄「${header}」中只有 ${found} 個等級、${letters} 種：至少需要兩種不同的等級才能學習。`,
  newGradeLabel: (letter) => `${letter}級`,
  newGradeRemark: (letter) => `${letter}級客戶`,
  fittedName: (start, header) => `${start}（依「${header}」擬合）`,
};

const FIT_MESSAGES: Readonly<Record<Lang, FitMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

export const fitText = (text: (messages: FitMessages, lang: Lang) => string): Localized => localize(FIT_MESSAGES, text);
