/** The demo grid shows a cell's value under the number formats the add-in writes, as Excel would. */
import { formatValue } from "../../src/demo/numberFormat";

test.each([
  [97.333333, "0.0", "97.3"],
  [97.25, "0.0", "97.3"],
  [-0.04, "0.0", "-0.0"],
  [-12.345, "0.00", "-12.35"],
  [1.005, "0.00", "1.01"],
  [42, "0", "42"],
  [1234567.891, "#,##0.00", "1,234,567.89"],
  [-1234.5, "#,##0.00", "-1,234.50"],
  [999.5, "#,##0", "1,000"],
  [0.973, "0.0%", "97.3%"],
  [0.5, "0%", "50%"],
  [1, "0.0%", "100.0%"],
])("%p under %p shows as %p", (value, format, shown) => {
  expect(formatValue(value, format)).toBe(shown);
});

test.each([
  [1, "yyyy-mm-dd", "1900-01-01"],
  [59, "yyyy-mm-dd", "1900-02-28"],
  [60, "yyyy-mm-dd", "1900-02-29"],
  [61, "yyyy-mm-dd", "1900-03-01"],
  [45658, "yyyy-mm-dd", "2025-01-01"],
  [45658.75, "yyyy-mm-dd hh:mm", "2025-01-01 18:00"],
  [45658.5104166667, "YYYY-MM-DD HH:MM", "2025-01-01 12:15"],
  [45658.5104166667, "hh:mm yyyy/m/d", "12:15 2025/1/1"],
])("the date serial %p under %p shows as %p", (serial, format, shown) => {
  expect(formatValue(serial, format)).toBe(shown);
});

test("General keeps Excel's General look, text and booleans show as they are under any format", () => {
  expect(formatValue(97.333333, "General")).toBe("97.33");
  expect(formatValue("A级", "0.0%")).toBe("A级");
  expect(formatValue(true, "0.0")).toBe("TRUE");
  expect(formatValue(12.5, "@")).toBe("12.5");
});

test("a format it does not read shows the raw value as General would, never a guess", () => {
  expect(formatValue(0.973, '[Red]0.0%;"neg"')).toBe("0.97");
  expect(formatValue(1234.5, "¥#,##0.00")).toBe("1234.5");
  expect(formatValue(1234.5, "0.00E+00")).toBe("1234.5");
});
