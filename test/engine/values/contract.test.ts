/**
 * The contract every value parser keeps, checked on random cells (fast-check): a readable cell gives a finite
 * number (a letter for grades), a blank cell gives null, anything else gives a problem with a known code;
 * none of them ever throws.
 */
import fc from "fast-check";
import { parseBoolean } from "../../../src/engine/values/boolean";
import { parseDate } from "../../../src/engine/values/date";
import { parseDays } from "../../../src/engine/values/days";
import { parseFrequency } from "../../../src/engine/values/frequency";
import { parseGrade } from "../../../src/engine/values/grade";
import { parseNumber } from "../../../src/engine/values/number";
import { parsePercent } from "../../../src/engine/values/percent";
import type { CellValue } from "../../../src/engine/types";

const LETTERS: ReadonlySet<string> = new Set(["A", "B", "C"]);

const PARSERS: readonly (readonly [string, (cell: CellValue) => unknown, string])[] = [
  ["parseNumber", parseNumber, "unreadable-number"],
  ["parsePercent", parsePercent, "unreadable-percent"],
  ["parseDays", parseDays, "unreadable-days"],
  ["parseDate", parseDate, "unreadable-date"],
  ["parseBoolean", parseBoolean, "unreadable-boolean"],
  ["parseFrequency", parseFrequency, "unreadable-frequency"],
  ["parseGrade", (cell) => parseGrade(cell, LETTERS), "unknown-grade"],
];

/** Cells as they arrive: typed text, numbers of every size, booleans, blanks and Excel's error strings. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("", " ", "\u3000", "\t\n"),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!"),
  fc.constantFrom(
    "12.5万",
    "¥3,400",
    "(1,200)",
    "95%",
    "30天",
    "2026年3月1日",
    "每月两次",
    "A级",
    "是",
    "两三",
    "万",
    "--5",
  ),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[-+(¥$]?[0-9一二两三十百千万亿.,%]{0,8}[)元天周月次]?$/),
);

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

describe.each(PARSERS)("%s keeps the parser contract", (_name, parse, unreadable) => {
  test.each<[string, CellValue]>([
    ["null", null],
    ["undefined", undefined],
    ["the empty string", ""],
    ["spaces", "   "],
    ["an ideographic space", "\u3000"],
    ["a tab and a line break", "\t\n"],
  ])("returns null (blank) for %s", (_blank, value) => {
    expect(parse(value)).toBeNull();
  });

  test("never throws, and answers with a value, null for a blank, or a known problem", () => {
    fc.assert(
      fc.property(cell, (value) => {
        const result = parse(value);
        if (isBlank(value)) return result === null;
        if (result === null) return false; // only a blank cell is blank
        if (typeof result === "number") return Number.isFinite(result);
        if (typeof result === "string") return LETTERS.has(result);
        const code = (result as { problem?: unknown }).problem;
        return code === unreadable || code === "excel-error" || code === "out-of-range";
      }),
      { numRuns: 2000 },
    );
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!"])("reports %j as excel-error", (error) => {
    expect(parse(error)).toEqual({ problem: "excel-error" });
  });

  test("returns null for every kind of blank", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000", "\u00a0"]) expect(parse(blank)).toBeNull();
  });
});
