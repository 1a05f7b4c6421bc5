/** parseBoolean reads yes/no as 1/0 so that criteria can score it like any number. */
import { parseBoolean } from "../../../src/engine/values/boolean";
import type { CellValue } from "../../../src/engine/types";

describe("parseBoolean reads yes and no", () => {
  test.each<[string, CellValue, 0 | 1]>([
    ["reads 是 as yes", "是", 1],
    ["reads 是的 as yes", "是的", 1],
    ["reads 有 as yes", "有", 1],
    ["reads 对 as yes", "对", 1],
    ["reads 對 as yes", "對", 1],
    ["reads a tick as yes", "√", 1],
    ["reads a check mark as yes", "✓", 1],
    ["reads yes", "yes", 1],
    ["reads YES in capitals", "YES", 1],
    ["reads Yes", "Yes", 1],
    ["reads full-width ｙｅｓ", "ｙｅｓ", 1],
    ["reads y", "y", 1],
    ["reads Y", "Y", 1],
    ["reads TRUE as Excel writes it in text", "TRUE", 1],
    ["reads true", "true", 1],
    ["reads the text 1", "1", 1],
    ["reads the number 1", 1, 1],
    ["reads a boolean true cell", true, 1],
    ["reads 是 with trailing spaces", "是 ", 1],
    ["reads 否 as no", "否", 0],
    ["reads 不是 as no", "不是", 0],
    ["reads 无 as no", "无", 0],
    ["reads 無 as no", "無", 0],
    ["reads 没有 as no", "没有", 0],
    ["reads a cross as no", "×", 0],
    ["reads no", "no", 0],
    ["reads n", "n", 0],
    ["reads FALSE", "FALSE", 0],
    ["reads the text 0", "0", 0],
    ["reads the number 0", 0, 0],
    ["reads a boolean false cell", false, 0],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parseBoolean(cell)).toBe(expected);
  });

  test.each<[string, CellValue]>([
    ["refuses maybe", "maybe"],
    ["refuses ok (not a yes/no answer it knows)", "ok"],
    ["refuses 错", "错"],
    ["refuses the number 2", 2],
    ["refuses the number 0.5", 0.5],
    ["refuses a sentence", "是的，已签约"],
  ])("%s (%j)", (_name, cell) => {
    expect(parseBoolean(cell)).toEqual({ problem: "unreadable-boolean" });
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!"])("reports %j as excel-error", (cell) => {
    expect(parseBoolean(cell)).toEqual({ problem: "excel-error" });
  });
});
