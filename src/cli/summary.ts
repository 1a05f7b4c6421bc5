/** The one line printed on stderr when grading is done. */
import type { GradeSummary, Lang } from "../engine";

export interface RunFacts {
  readonly summary: GradeSummary;
  /** Non-empty cells of the output columns that held something else (an analyst's "A级", an old grade). */
  readonly replacedCells: number;
  /** Where the graded copy went; `null` when nothing was written. */
  readonly written: string | null;
}

/**
 * @example summaryLine(facts, "en") // "Graded 3 rows: A 1, B 1, C 1, D 0; 0 incomplete, 0 skipped; 0 unreadable cells; replaced 6 non-empty cells; written to a.graded.xlsx"
 */
export function summaryLine(facts: RunFacts, lang: Lang): string {
  const { summary, replacedCells, written } = facts;
  const counts = Object.entries(summary.counts).map(([letter, n]) => `${letter} ${n}`);
  switch (lang) {
    case "zh-CN":
      return (
        `已分级 ${summary.graded} 行：${counts.join("，")}；${summary.incomplete} 行数据不全，${summary.skipped} 行空行；` +
        `${summary.issues} 个无法识别的单元格；替换了 ${replacedCells} 个原有内容的单元格` +
        (written ? `；已写入 ${written}` : "")
      );
    case "zh-TW":
      return (
        `已分級 ${summary.graded} 列：${counts.join("，")}；${summary.incomplete} 列資料不全，${summary.skipped} 列空白；` +
        `${summary.issues} 個無法辨識的儲存格；取代了 ${replacedCells} 個原有內容的儲存格` +
        (written ? `；已寫入 ${written}` : "")
      );
    case "en":
      return (
        `Graded ${summary.graded} rows: ${counts.join(", ")}; ${summary.incomplete} incomplete, ${summary.skipped} skipped; ` +
        `${summary.issues} unreadable cells; replaced ${replacedCells} non-empty cells` +
        (written ? `; written to ${written}` : "")
      );
  }
}
