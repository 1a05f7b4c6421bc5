import { asCellText, sameCellValue } from "../../src/plan/cellText";

test.each([
  ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
  ["+86 139 0000", "'+86 139 0000"],
  ["-先结清", "'-先结清"],
  ["@user", "'@user"],
  ["1", "'1"], // a grade named "1" stays text
  ["95%", "'95%"],
  ["3/4", "'3/4"], // would become a date
  ["2026-1-1", "'2026-1-1"],
  ["A", "A"],
  ["重点客户,优先安排", "重点客户,优先安排"],
  ["", ""],
])("writes %p as %p so Excel keeps it as text", (text, written) => {
  expect(asCellText(text)).toBe(written);
});

test("compares what Excel returns (no text prefix) with what the add-in would write", () => {
  expect(sameCellValue("A", "A")).toBe(true);
  expect(sameCellValue("", "")).toBe(true);
  expect(sameCellValue(null, "")).toBe(true);
  expect(sameCellValue(97.3, 97.3)).toBe(true);
  expect(sameCellValue("97.3", 97.3)).toBe(false);
  expect(sameCellValue("A级", "A")).toBe(false);
});
