import { fastDate } from "./fastPath";
import { type CellProblem, problem } from "./problem";
import { isExcelError } from "./text";
import type { CellValue } from "../types";

/** An Excel date serial: days since 1899-12-30 (the 1900 system as Excel really counts it). */
export type ExcelSerial = number;

const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel shows. */
const MAX_SERIAL = 2_958_465;

/** The serial of a calendar date, or `null` when the date does not exist (2026-02-30). */
export function serialFromParts(year: number, month: number, day: number): ExcelSerial | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((ms - EPOCH_UTC) / MS_PER_DAY);
}

/** Calendar parts of a serial, for messages and tests. */
export function partsFromSerial(serial: ExcelSerial): { year: number; month: number; day: number } {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A time of day after the date, ignored: "2026-03-01T10:20:30Z", "2026/3/1 8:00". Anything else is not a date. */
const TIME = "(?:[t ]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?: ?[ap]m)?(?:z|[+-]\\d{2}(?::?\\d{2})?)?)?";
const YMD = new RegExp(`^(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?${TIME}$`);
const CJK_YMD = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号號]?)?$/;

/**
 * Reads a date as a serial: Excel serials, ISO (2026-03-01, with or without time), 2026/3/1, 2026.3.1,
 * 2026年3月1日, 2026年3月 (the 1st). Day-first and month-first forms such as 03/01/2026 are refused rather
 * than guessed, because the two readings differ.
 * @example parseDate("2026年3月1日") === parseDate("2026-03-01") // true
 */
/** An Excel serial as YYYY-MM-DD (ISO 8601), as reports and --json print dates. */
export function isoDateOfSerial(serial: ExcelSerial): string {
  const { year, month, day } = partsFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseDate(cell: CellValue): ExcelSerial | null | CellProblem {
  if (typeof cell === "string") {
    const fast = fastDate(cell);
    if (fast === fast) return fast;
  }
  return fullParseDate(cell);
}

/** {@link parseDate} without its fast path: every shape. Exported for the test that the two agree. */
export function fullParseDate(cell: CellValue): ExcelSerial | null | CellProblem {
  if (typeof cell === "number") {
    return Number.isFinite(cell) && cell >= 1 && cell <= MAX_SERIAL ? cell : problem("unreadable-date");
  }
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return problem("unreadable-date");
  const raw = cell.normalize("NFKC").trim().toLowerCase();
  if (raw.length === 0) return null;
  if (isExcelError(raw)) return problem("excel-error");
  const compact = raw.replace(/\s+/g, "");
  const match = YMD.exec(raw) ?? CJK_YMD.exec(compact);
  if (!match) return problem("unreadable-date");
  const serial = serialFromParts(Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3]));
  return serial ?? problem("unreadable-date");
}

/**
 * The serial of a host's calendar day (local date parts), for the `asOf` of a grading run. The engine never
 * reads the clock itself, so the same table always grades the same way.
 */
export function serialFromLocalDate(date: Date): ExcelSerial {
  return serialFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate()) ?? 0;
}
