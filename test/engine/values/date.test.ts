/**
 * Dates are Excel serials (days since 1899-12-30). parseDate reads the unambiguous ways analysts write a
 * date and refuses day/month orders it would have to guess.
 */
import { parseDate, partsFromSerial, serialFromLocalDate, serialFromParts } from "../../../src/engine/values/date";
import type { CellValue } from "../../../src/engine/types";

/** 2026-03-01 as Excel counts it. */
const MARCH_1_2026 = 46082;

describe("serialFromParts", () => {
  test.each<[string, number, number, number, number]>([
    ["gives 2026-03-01 the serial Excel shows", 2026, 3, 1, MARCH_1_2026],
    ["gives 1900-03-01 serial 61, past Excel's phantom 1900-02-29", 1900, 3, 1, 61],
    ["counts the leap day of 2024", 2024, 2, 29, 45351],
    ["gives 9999-12-31 Excel's last serial", 9999, 12, 31, 2958465],
    ["steps one per day across a year end", 2026, 1, 1, 46023],
    ["steps one per day across a year end (the day before)", 2025, 12, 31, 46022],
  ])("%s", (_name, year, month, day, serial) => {
    expect(serialFromParts(year, month, day)).toBe(serial);
  });

  test.each<[string, number, number, number]>([
    ["refuses 2026-02-30", 2026, 2, 30],
    ["refuses 2026-02-29 (not a leap year)", 2026, 2, 29],
    ["refuses 2026-04-31", 2026, 4, 31],
    ["refuses month 13", 2026, 13, 1],
    ["refuses month 0", 2026, 0, 10],
    ["refuses day 0", 2026, 1, 0],
    ["refuses day 32", 2026, 1, 32],
    ["refuses years before 1900", 1899, 12, 31],
    ["refuses years after 9999", 10000, 1, 1],
  ])("%s", (_name, year, month, day) => {
    expect(serialFromParts(year, month, day)).toBeNull();
  });
});

describe("partsFromSerial", () => {
  test("gives back the calendar date of a serial", () => {
    expect(partsFromSerial(MARCH_1_2026)).toEqual({ year: 2026, month: 3, day: 1 });
  });

  test("ignores the time of day in a serial", () => {
    expect(partsFromSerial(MARCH_1_2026 + 0.99)).toEqual({ year: 2026, month: 3, day: 1 });
  });

  test.each<[number, number, number]>([
    [1900, 3, 1],
    [2000, 2, 29],
    [2024, 2, 29],
    [2026, 12, 31],
    [9999, 12, 31],
  ])("round-trips %i-%i-%i through serialFromParts", (year, month, day) => {
    const serial = serialFromParts(year, month, day);
    expect(serial).not.toBeNull();
    expect(partsFromSerial(serial ?? Number.NaN)).toEqual({ year, month, day });
  });
});

describe("serialFromLocalDate", () => {
  test("takes the host's local calendar day", () => {
    expect(serialFromLocalDate(new Date(2026, 2, 1))).toBe(MARCH_1_2026);
  });

  test("ignores the time of day, late evening included", () => {
    expect(serialFromLocalDate(new Date(2026, 2, 1, 23, 59, 59))).toBe(MARCH_1_2026);
  });
});

describe("parseDate reads dates as analysts write them", () => {
  test.each<[string, CellValue, number]>([
    ["keeps an Excel serial", MARCH_1_2026, MARCH_1_2026],
    ["keeps the time of day in a serial", MARCH_1_2026 + 0.5, MARCH_1_2026 + 0.5],
    ["keeps serial 1", 1, 1],
    ["keeps Excel's last serial", 2958465, 2958465],
    ["reads ISO 2026-03-01", "2026-03-01", MARCH_1_2026],
    ["reads ISO without leading zeros", "2026-3-1", MARCH_1_2026],
    ["reads ISO with a time", "2026-03-01T10:20:30", MARCH_1_2026],
    ["reads ISO with a time and Z", "2026-03-01T10:20:30Z", MARCH_1_2026],
    ["reads ISO with milliseconds and an offset", "2026-03-01T10:20:30.123+08:00", MARCH_1_2026],
    ["reads a date and time separated by a space", "2026-03-01 10:20", MARCH_1_2026],
    ["reads a lower-case t", "2026-03-01t00:00", MARCH_1_2026],
    ["reads a 12-hour time", "2026-03-01 10:20:30 PM", MARCH_1_2026],
    ["reads slashes year first", "2026/3/1", MARCH_1_2026],
    ["reads slashes with a time", "2026/3/1 8:00", MARCH_1_2026],
    ["reads dots year first", "2026.3.1", MARCH_1_2026],
    ["reads 2026年3月1日", "2026年3月1日", MARCH_1_2026],
    ["reads 号 for the day", "2026年3月1号", MARCH_1_2026],
    ["reads a day without 日", "2026年3月1", MARCH_1_2026],
    ["reads spaces inside the Chinese form", "2026 年 3 月 1 日", MARCH_1_2026],
    ["reads full-width digits", "２０２６年３月１日", MARCH_1_2026],
    ["reads 2026年3月 as the first of the month", "2026年3月", MARCH_1_2026],
    ["reads 2026-03 as the first of the month", "2026-03", MARCH_1_2026],
    ["reads surrounding spaces", " 2026-03-01 ", MARCH_1_2026],
    ["reads a leap day in a leap year", "2024-02-29", 45351],
  ])("%s (%j)", (_name, cell, expected) => {
    expect(parseDate(cell)).toBe(expected);
  });

  test("reads every written form of one day as the same serial", () => {
    const forms = ["2026-03-01", "2026/3/1", "2026.3.1", "2026年3月1日", "2026-03-01T08:00:00"];
    expect(new Set(forms.map(parseDate))).toEqual(new Set([MARCH_1_2026]));
  });

  test.each<[string, CellValue]>([
    ["refuses 03/01/2026: March 1st or January 3rd", "03/01/2026"],
    ["refuses 01/03/2026 for the same reason", "01/03/2026"],
    ["refuses 3/1/2026 for the same reason", "3/1/2026"],
    ["refuses a two-digit year", "26-3-1"],
    ["refuses a date that does not exist (2026-02-30)", "2026-02-30"],
    ["refuses 2026-02-29 (not a leap year)", "2026-02-29"],
    ["refuses 2026年2月30日", "2026年2月30日"],
    ["refuses month 13", "2026-13-01"],
    ["refuses 2026年13月", "2026年13月"],
    ["refuses month 0", "2026-00-10"],
    ["refuses a year before 1900", "1899-12-31"],
    ["refuses a five-digit year", "10000-01-01"],
    ["refuses digits without separators", "20260301"],
    ["refuses a serial written as text", "46082"],
    ["refuses English month names", "March 1, 2026"],
    ["refuses trailing words after the date", "2026-03-01 garbage"],
    ["refuses a range of dates rather than reading its start", "2026-03-01 - 2026-06-30"],
    ["refuses an approximate date", "2026-03-01 左右"],
    ["refuses letters glued to the date", "2026-03-01abc"],
    ["refuses a dangling T", "2026-3-1T"],
    ["refuses serial 0", 0],
    ["refuses a negative serial", -1],
    ["refuses a serial past 9999-12-31", 2958466],
    ["refuses NaN", Number.NaN],
    ["refuses a boolean", true],
  ])("%s (%j)", (_name, cell) => {
    expect(parseDate(cell)).toEqual({ problem: "unreadable-date" });
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!"])("reports %j as excel-error", (cell) => {
    expect(parseDate(cell)).toEqual({ problem: "excel-error" });
  });
});
