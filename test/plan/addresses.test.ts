/** Column letters and A1 addresses, 0-based, as every host uses them. */
import { columnLetters, parseAddress } from "../../src/plan/addresses";

test.each([
  [0, "A"],
  [1, "B"],
  [25, "Z"],
  [26, "AA"],
  [27, "AB"],
  [51, "AZ"],
  [52, "BA"],
  [701, "ZZ"],
  [702, "AAA"],
  [16_383, "XFD"],
])("column %i is %s", (index, letters) => {
  expect(columnLetters(index)).toBe(letters);
});

test("letters read back as the same column, over Excel's whole width", () => {
  for (let column = 0; column < 16_384; column++) {
    expect(parseAddress(`${columnLetters(column)}1`)?.column).toBe(column);
  }
});

test.each([
  ["Sheet1!B3:D5", { row: 2, column: 1, rowCount: 3, columnCount: 3 }],
  ["'My sheet'!C2", { row: 1, column: 2, rowCount: 1, columnCount: 1 }],
  ["$D$5:B3", { row: 2, column: 1, rowCount: 3, columnCount: 3 }],
  ["A:A", null],
  ["A1,C3", null],
])("parses %p", (address, block) => {
  expect(parseAddress(address)).toEqual(block);
});
