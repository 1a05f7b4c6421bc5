/** Reading the analyst's own grade column: any header, grades as exports write them, unreadable cells reported. */
import { defaultRuleSet } from "../../../src/engine";
import type { Table } from "../../../src/engine";
import { readAnalystGrades } from "../../../src/engine/fit/analystGrades";

const start = defaultRuleSet();

test("grades written as exports write them are read, and the ladder follows the rule set's own order", () => {
  const table: Table = {
    headers: ["客户名称", "年交易额", " 客户等级 "],
    rows: [
      ["甲", 1, "B级"],
      ["乙", 2, "A"],
      ["丙", 3, "C級"],
      ["丁", 4, null],
      ["戊", 5, "grade a"],
    ],
  };
  const read = readAnalystGrades(table, "客户等级", start);
  if (!read.ok) throw new Error("expected the column to be read");
  expect(read.value.column).toBe(2);
  expect(read.value.header).toBe("客户等级");
  expect(read.value.letters).toEqual(["A", "B", "C"]);
  expect(Array.from(read.value.byRow)).toEqual([1, 0, 2, -1, 0]);
  expect(read.value.issues).toEqual([]);
});

test("a cell that is not a grade is reported with its row and column and left out, never guessed", () => {
  const table: Table = {
    headers: ["Customer", "Tier"],
    rows: [
      ["a", "A"],
      ["b", "excellent"],
      ["c", "B"],
    ],
  };
  const read = readAnalystGrades(table, "tier", start);
  if (!read.ok) throw new Error("expected the column to be read");
  expect(Array.from(read.value.byRow)).toEqual([0, -1, 1]);
  expect(read.value.issues).toHaveLength(1);
  expect(read.value.issues[0]).toMatchObject({ row: 1, column: 1, header: "Tier" });
  expect(read.value.issues[0]?.message.en).toContain("excellent");
});

test("letters the rule set does not use make an alphabetical ladder with S above A", () => {
  const table: Table = {
    headers: ["Name", "Tier"],
    rows: [
      ["a", "B"],
      ["b", "S"],
      ["c", "A"],
      ["d", "D"],
    ],
  };
  const read = readAnalystGrades(table, "Tier", start);
  if (!read.ok) throw new Error("expected the column to be read");
  expect(read.value.letters).toEqual(["S", "A", "B", "D"]);
});

test("no such column: the message lists the table's columns, in each language", () => {
  const table: Table = { headers: ["客户名称", "年交易额"], rows: [["甲", 1]] };
  const read = readAnalystGrades(table, "等级", start);
  if (read.ok) throw new Error("expected a refusal");
  expect(read.error.code).toBe("no-grade-column");
  expect(read.error.message["zh-CN"]).toContain("客户名称");
  expect(read.error.message["zh-TW"]).toContain("年交易额");
  expect(read.error.message.en).toContain('"等级"');
});

test("one kind of grade is not enough to learn from", () => {
  const table: Table = {
    headers: ["Name", "Tier"],
    rows: [
      ["a", "A"],
      ["b", "A"],
      ["c", ""],
    ],
  };
  const read = readAnalystGrades(table, "Tier", start);
  if (read.ok) throw new Error("expected a refusal");
  expect(read.error.code).toBe("too-few-grades");
  expect(read.error.message.en).toMatch(/only 2 grades of 1 kind/);
});
