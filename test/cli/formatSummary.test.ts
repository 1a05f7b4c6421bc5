/** The line `format` and `grade --format` print: number formats counted in words that agree with the count. */
import { formatSummaryLine } from "../../src/cli/format/summary";
import type { FormattingOutcome } from "../../src/cli/format/sheetFormatter";

const outcome = (numberFormats: number): FormattingOutcome => ({
  validated: [],
  kept: [],
  numberFormats,
  tableStyled: true,
  freeze: "frozen",
  coloured: true,
});

test("one column is singular, several plural, none not mentioned", () => {
  expect(formatSummaryLine(outcome(1), "T", null, "en")).toBe(
    "Formatted T: table style, grade colours, data bar on the score, number format on 1 column, header frozen, columns fitted",
  );
  expect(formatSummaryLine(outcome(3), "T", null, "en")).toContain("number formats on 3 columns, ");
  expect(formatSummaryLine(outcome(0), "T", null, "en")).toBe(
    "Formatted T: table style, grade colours, data bar on the score, header frozen, columns fitted",
  );
  expect(formatSummaryLine(outcome(0), "T", null, "zh-CN")).toBe(
    "已套用模板格式到 T：表格样式、等级颜色、评分数据条、冻结标题行、调整列宽",
  );
  expect(formatSummaryLine(outcome(2), "T", null, "zh-TW")).toContain("評分資料橫條、2 欄數值格式、凍結標題列");
});
