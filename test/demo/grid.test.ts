/** The demo grid reads what is typed and shows values as Excel's General format would. */
import { typedValue } from "../../src/demo/grid";
import { displayText } from "../../src/demo/numberFormat";

test.each([
  ["120", 120],
  ["-3.5", -3.5],
  [" 42 ", 42],
  ["1e3", 1000],
  ["12.5万", "12.5万"],
  ["95%", "95%"],
  ["2026-11-22", "2026-11-22"],
  ["", ""],
])("typing %p stores %p", (typed, stored) => {
  expect(typedValue(typed)).toBe(stored);
});

test.each([
  [96.5, "96.5"],
  [97.333333, "97.33"],
  [246300, "246300"],
  [true, "TRUE"],
  ["A级", "A级"],
  ["", ""],
])("the value %p shows as %p", (value, shown) => {
  expect(displayText(value)).toBe(shown);
});
