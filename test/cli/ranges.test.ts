/** `sqref` lists against ranges, shared by the conditional formats and the lists. */
import { block, meets } from "../../src/cli/xlsx/ranges";
import { argbOf } from "../../src/cli/xlsx/styles";
import { type CellRange, parseRange } from "../../src/cli/xlsx/xml";

const range = (ref: string) => parseRange(ref) as CellRange;

test("an sqref list meets a range when any of its areas overlaps it", () => {
  expect(meets("A1:A5 C2", range("C1:C9"))).toBe(true);
  expect(meets("A1:A5 D2", range("C1:C9"))).toBe(false);
  expect(meets("C10", range("C1:C9"))).toBe(false);
});

test("a single area is a 0-based block; several areas are none", () => {
  expect(block(" H2:I31 ")).toEqual({ row: 1, column: 7, rowCount: 30, columnCount: 2 });
  expect(block("H2:H3 J2")).toBeNull();
});

test("a colour as the ARGB a part stores", () => {
  expect(argbOf("#5b9bd5")).toBe("FF5B9BD5");
});
