/** parseDays reads a duration (payment terms, days overdue) in days. */
import { parseDays } from "../../../src/engine/values/days";
import type { CellValue } from "../../../src/engine/types";

describe("parseDays reads durations in days", () => {
  test.each<[string, CellValue, number]>([
    ["keeps a number cell", 30, 30],
    ["keeps a fractional number cell", 1.5, 1.5],
    ["reads a bare number as days", "30", 30],
    ["reads 天", "30天", 30],
    ["reads 日", "30日", 30],
    ["reads days in English", "45 days", 45],
    ["reads a single day", "1 day", 1],
    ["reads d", "30 d", 30],
    ["reads 周 as seven days", "2周", 14],
    ["reads 週 as seven days", "2週", 14],
    ["reads 星期 as seven days", "2星期", 14],
    ["reads 礼拜 as seven days", "1礼拜", 7],
    ["reads weeks in English", "2 weeks", 14],
    ["reads w as weeks", "2w", 14],
    ["reads 个月 as thirty days each", "3个月", 90],
    ["reads 個月 as thirty days each", "3個月", 90],
    ["reads months in English", "3 months", 90],
    ["reads a single month", "1 month", 30],
    ["reads 年 as 365 days", "1年", 365],
    ["reads a year in English", "1 year", 365],
    ["reads working days as calendar days (7 per 5)", "5工作日", 7],
    ["reads 个工作日", "10个工作日", 14],
    ["reads Chinese numerals before 天", "十五天", 15],
    ["reads Chinese numerals before 周", "两周", 14],
    ["reads a fractional number of days", "1.5天", 1.5],
    ["reads full-width digits", "３０天", 30],
    ["reads 无逾期 as zero", "无逾期", 0],
    ["reads 無逾期 as zero", "無逾期", 0],
    ["reads 未逾期 as zero", "未逾期", 0],
    ["reads 无 as zero", "无", 0],
    ["reads 没有 as zero", "没有", 0],
    ["reads none as zero", "none", 0],
    ["reads zero", "0", 0],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parseDays(cell)).toBeCloseTo(expected, 12);
  });

  test.each<[string, CellValue]>([
    ["refuses 3m: not three million days, and not clearly months", "3m"],
    ["refuses an abbreviation it does not know", "3 mo"],
    ["refuses a bound rather than a value", "30天以上"],
    ["refuses a sentence", "逾期30天"],
    ["refuses an approximation in English", "about 30 days"],
    ["refuses a lone unit", "天"],
    ["refuses 有 (there is an overdue, but how long?)", "有"],
    ["refuses words", "abc"],
    ["refuses a boolean", true],
    ["refuses NaN", Number.NaN],
    ["refuses Infinity", Number.NEGATIVE_INFINITY],
  ])("%s (%j)", (_name, cell) => {
    expect(parseDays(cell)).toEqual({ problem: "unreadable-days" });
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!"])("reports %j as excel-error", (cell) => {
    expect(parseDays(cell)).toEqual({ problem: "excel-error" });
  });
});
