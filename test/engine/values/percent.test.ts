/**
 * parsePercent reads a share as a fraction of one: Excel's 0.95, typed "95%", "百分之九十五", or bare
 * percentage points (95) when the % format is missing.
 */
import { parsePercent } from "../../../src/engine/values/percent";
import type { CellValue } from "../../../src/engine/types";

describe("parsePercent reads shares as fractions", () => {
  test.each<[string, CellValue, number]>([
    ["reads 95% as 0.95", "95%", 0.95],
    ["reads a space before the percent sign", "95 %", 0.95],
    ["reads a full-width percent sign", "95％", 0.95],
    ["reads full-width digits and percent sign", "９５％", 0.95],
    ["reads a decimal percentage", "12.5%", 0.125],
    ["reads a fraction of a percent", "0.5%", 0.005],
    ["reads 100% as one", "100%", 1],
    ["reads 0% as zero", "0%", 0],
    ["reads a negative margin", "-5%", -0.05],
    ["reads an accounting-style negative percentage", "(5)%", -0.05],
    ["reads 百分之九十五", "百分之九十五", 0.95],
    ["reads 百分之 with Arabic digits", "百分之95", 0.95],
    ["reads Chinese numerals before a percent sign", "五十%", 0.5],
    ["keeps Excel's stored fraction 0.95", 0.95, 0.95],
    ["keeps a fraction typed as text", "0.95", 0.95],
    ["reads a number above one as percentage points (95 → 0.95)", 95, 0.95],
    ["reads text above one as percentage points", "95", 0.95],
    ["reads 1.5 as 1.5 percent, not 150 percent", 1.5, 0.015],
    ["reads one as the whole (100%)", 1, 1],
    ["reads -30 as minus 30 percent", "-30", -0.3],
    ["keeps a negative fraction", -0.3, -0.3],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parsePercent(cell)).toBeCloseTo(expected, 12);
  });

  test.each<[string, CellValue]>([
    ["150% is more than the whole", "150%"],
    ["150 percentage points", 150],
    ["百分之一百五十", "百分之一百五十"],
    ["-150%", "-150%"],
    ["-101 percentage points", -101],
  ])("reports %s as out-of-range", (_name, cell) => {
    expect(parsePercent(cell)).toEqual({ problem: "out-of-range" });
  });

  test.each<[string, CellValue]>([
    ["refuses words", "abc"],
    ["refuses a lone percent sign", "%"],
    ["refuses a lone 百分之", "百分之"],
    ["refuses a percent sign before the number", "%95"],
    ["refuses the word percent", "95 percent"],
    ["refuses a vague word", "一半"],
    ["refuses a bound rather than a value", "50%以上"],
    ["refuses Chinese decimals it does not read", "百分之九十五点五"],
    ["refuses a boolean", true],
    ["refuses NaN", Number.NaN],
    ["refuses Infinity", Number.POSITIVE_INFINITY],
  ])("%s (%j)", (_name, cell) => {
    expect(parsePercent(cell)).toEqual({ problem: "unreadable-percent" });
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!"])("reports %j as excel-error", (cell) => {
    expect(parsePercent(cell)).toEqual({ problem: "excel-error" });
  });
});
