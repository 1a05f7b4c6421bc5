/**
 * A table whose numbers are typed as text grades exactly as the same table with those cells already parsed:
 * the fast paths and the per-column memo of parsed texts change nothing, and every unreadable cell is still
 * reported with its own row and column, however often its text repeats and whether or not the column's memo
 * was kept (repeating texts) or dropped (mostly distinct texts).
 */
import { type CellValue, defaultRuleSet, gradeTable, type Table } from "../../src/engine";
import { fullParseDate } from "../../src/engine/values/date";
import { fullParseDays } from "../../src/engine/values/days";
import { fullParseFrequency } from "../../src/engine/values/frequency";
import { fullParseNumber } from "../../src/engine/values/number";
import { fullParsePercent } from "../../src/engine/values/percent";

const AS_OF = 46348; // 2026-11-22
const ROWS = 5000; // past the memo's trial of 1,024 texts not found

const HEADERS = ["客户名称", "年交易额", "准时付款率", "逾期天数", "最近交易日期", "运输频次", "投诉次数"];
type Full = (cell: CellValue) => unknown;
/** The full parser of each column after the name. */
const FULL: readonly Full[] = [
  fullParseNumber,
  fullParsePercent,
  fullParseDays,
  fullParseDate,
  fullParseFrequency,
  fullParseNumber,
];

const grouped = (n: number): string => n.toLocaleString("en-US");

/** Cells as analysts type them, with unreadable ones among them, some repeating and some not. */
function textRow(r: number): CellValue[] {
  const amount = r * 997;
  return [
    `客户${r}`,
    // Mostly distinct amounts (the memo is dropped), with a repeated and a distinct unreadable text.
    r % 17 === 0
      ? "待定"
      : r % 29 === 0
        ? `约${r}`
        : [String(amount), `¥${grouped(amount)}`, `${amount / 10_000}万`][r % 3],
    // A few hundred distinct shares (the memo is kept), with out-of-range and unreadable ones.
    r % 13 === 0 ? "150%" : r % 31 === 0 ? "n/a" : [`${r % 100}%`, `0.${String(r % 100).padStart(2, "0")}`][r % 2],
    r % 11 === 0 ? "很久" : r % 2 === 0 ? `${r % 90}天` : String(r % 90),
    r % 19 === 0
      ? "2026-02-30"
      : [`2026-${String((r % 12) + 1).padStart(2, "0")}-15`, `2025年${(r % 12) + 1}月${(r % 28) + 1}日`][r % 2],
    r % 23 === 0 ? "偶尔" : ["每月两次", "每周一次", "12", "52"][r % 4],
    r % 37 === 0 ? "" : String(r % 6),
  ];
}

/** The same row with every readable text replaced by the number its full parser reads. */
function parsedRow(cells: readonly CellValue[]): CellValue[] {
  return cells.map((cell, c) => {
    if (c === 0) return cell;
    const value = (FULL[c - 1] as Full)(cell);
    return typeof value === "number" ? value : cell;
  });
}

test("text-typed numbers grade as the same numbers parsed, with every unreadable cell reported", () => {
  const text: Table = { headers: HEADERS, rows: Array.from({ length: ROWS }, (_, r) => textRow(r)) };
  const parsed: Table = { headers: HEADERS, rows: text.rows.map(parsedRow) };
  const fromText = gradeTable(text, defaultRuleSet(), { asOf: AS_OF });
  const fromNumbers = gradeTable(parsed, defaultRuleSet(), { asOf: AS_OF });
  if (!fromText.ok || !fromNumbers.ok) throw new Error("the table did not grade");

  expect(fromText.value.outputs).toEqual(fromNumbers.value.outputs);
  expect(fromText.value.issues).toEqual(fromNumbers.value.issues);
  // Every unreadable cell, once, at its own row and column: the repeated "待定" as much as the distinct "约…".
  const expected: { row: number; column: number }[] = [];
  text.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (c === 0) return;
      const value = (FULL[c - 1] as Full)(cell);
      if (typeof value === "object" && value !== null) expected.push({ row: r, column: c });
    });
  });
  expect(expected.length).toBeGreaterThan(ROWS / 5);
  expect(fromText.value.issues.map(({ row, column }) => ({ row, column }))).toEqual(expected);
});
