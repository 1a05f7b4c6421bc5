/** parseGrade reads a grade typed by hand and checks it against the rule set's letters. */
import { parseGrade } from "../../../src/engine/values/grade";
import type { CellValue } from "../../../src/engine/types";

const LETTERS: ReadonlySet<string> = new Set(["A", "B", "C", "D"]);

describe("parseGrade reads grades as typed by hand", () => {
  test.each<[string, CellValue, string]>([
    ["reads a capital letter", "A", "A"],
    ["reads a lower-case letter", "a", "A"],
    ["reads a full-width letter", "Ａ", "A"],
    ["reads 级 after the letter", "A级", "A"],
    ["reads 級 after the letter", "A級", "A"],
    ["reads 级 after a full-width letter", "Ａ级", "A"],
    ["reads a space before 级", "A 级", "A"],
    ["reads 类 after the letter", "B类", "B"],
    ["reads 等 after the letter", "C等", "C"],
    ["reads Grade before the letter", "Grade A", "A"],
    ["reads grade in lower case", "grade a", "A"],
    ["reads 等级 before the letter", "等级A", "A"],
    ["reads surrounding spaces", " b ", "B"],
    ["reads the last letter of the rule set", "D", "D"],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parseGrade(cell, LETTERS)).toBe(expected);
  });

  test.each<[string, CellValue]>([
    ["refuses a letter the rule set does not have", "E"],
    ["refuses a doubled letter", "AA"],
    ["refuses a plus grade", "A+"],
    ["refuses a minus grade", "A-"],
    ["refuses a digit", "1"],
    ["refuses a number cell", 1],
    ["refuses a boolean cell", true],
    ["refuses 甲 (a different grading scheme)", "甲"],
    ["refuses a phrase around the letter", "A类客户"],
    ["refuses a lone 级", "级"],
  ])("%s (%j)", (_name, cell) => {
    expect(parseGrade(cell, LETTERS)).toEqual({ problem: "unknown-grade" });
  });

  test("checks against the letters it is given, not a fixed A-D", () => {
    expect(parseGrade("S", new Set(["S", "A", "B"]))).toBe("S");
    expect(parseGrade("D", new Set(["S", "A", "B"]))).toEqual({ problem: "unknown-grade" });
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!"])("reports %j as excel-error", (cell) => {
    expect(parseGrade(cell, LETTERS)).toEqual({ problem: "excel-error" });
  });
});
