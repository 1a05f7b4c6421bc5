/**
 * "Today" in the query: a date the analyst fixed (`--as-of`), worked out here exactly as the engine works it out,
 * or the SQL engine's own current date, worked out in the query. Days are Excel serials, as in the engine, so every
 * difference of dates is the same double in both.
 */
import type { ColumnMapping } from "../../engine/headers/mapColumns";
import { type Period, perYearFactor, periodWindow } from "../../engine/headers/periods";
import { decideAsOf } from "../../engine/grade/asOf";
import { partsFromSerial, serialFromParts } from "../../engine/values/date";
import type { Dialect } from "./dialect";

/** Excel's serial of 1970-01-01: a SQL engine counts days from there. */
export const EPOCH_SERIAL = 25_569;
/** The last day Excel has, 9999-12-31: any year the headers name is closed by then. */
const LAST_SERIAL = 2_958_465;
const YEAR_DAYS = 365.25;

export interface SqlAsOf {
  /** The as-of date as an Excel serial (a double expression). */
  readonly serial: string;
  /**
   * The factor that makes a figure of `period` a year's (see the engine's `perYearFactor`): a number when it does
   * not depend on the day, so it is multiplied into the column's own factor as the engine does.
   */
  perYearFactor(period: Period | null): number | string;
  /** The days a figure of `period` covers (see the engine's `periodWindow`); null for a rate. */
  window(period: Period | null): { readonly from: string; readonly to: string } | null;
}

/** A fixed date: every factor is the engine's own number. */
export function fixedAsOf(dialect: Dialect, mapping: ColumnMapping, given: number, isToday: boolean): SqlAsOf {
  const serial = decideAsOf(mapping, { asOf: given, asOfIsToday: isToday }).serial;
  const dayOfYear = serial - (serialFromParts(partsFromSerial(serial).year, 1, 1) ?? serial) + 1;
  return {
    serial: dialect.double(serial),
    perYearFactor: (period) => perYearFactor(period, dayOfYear),
    window: (period) => {
      const found = periodWindow(period, serial);
      return found && { from: dialect.double(found.from), to: dialect.double(found.to) };
    },
  };
}

/**
 * The SQL engine's current date. A table whose figures all name one closed year is graded as of that year's end,
 * as the engine grades it when the host gives only today: decided in the query, as the year may close later.
 */
export function currentAsOf(dialect: Dialect, mapping: ColumnMapping): SqlAsOf {
  const today = dialect.currentDate;
  const todaySerial = `(${dialect.epochDays(today)} + ${dialect.double(EPOCH_SERIAL)})`;
  // Asked as of the last day there is, the engine names the one closed year of the headers, if any.
  const decided = decideAsOf(mapping, { asOf: LAST_SERIAL, asOfIsToday: true });
  const closedYear = decided.from === "period" ? partsFromSerial(decided.serial).year : null;
  const serial =
    closedYear === null
      ? todaySerial
      : `(CASE WHEN ${dialect.yearOf(today)} > ${dialect.double(closedYear)} THEN ${dialect.double(decided.serial)} ELSE ${todaySerial} END)`;
  const year =
    closedYear === null
      ? dialect.yearOf(today)
      : `(CASE WHEN ${dialect.yearOf(today)} > ${dialect.double(closedYear)} THEN ${dialect.double(closedYear)} ELSE ${dialect.yearOf(today)} END)`;
  const serialOf = (yearExpr: string, month: number, day: number): string =>
    `(${dialect.epochDaysOf(yearExpr, month, day)} + ${dialect.double(EPOCH_SERIAL)})`;
  const dayOfYear = `(${serial} - ${serialOf(year, 1, 1)} + ${dialect.double(1)})`;
  const d = dialect.double;
  const yearWindow = (yearExpr: string) => ({ from: serialOf(yearExpr, 1, 1), to: serialOf(yearExpr, 12, 31) });
  const trailing = (days: number) => ({ from: `(${serial} - ${d(days)})`, to: serial });
  return {
    serial,
    perYearFactor: (period) => {
      if (period?.kind !== "yearToDate") return perYearFactor(period, 1); // the same on every day
      const clamped = `(CASE WHEN ${dayOfYear} > ${d(YEAR_DAYS)} THEN ${d(YEAR_DAYS)} ELSE ${dayOfYear} END)`;
      const atLeastAMonth = `(CASE WHEN ${clamped} < ${d(YEAR_DAYS / 12)} THEN ${d(YEAR_DAYS / 12)} ELSE ${clamped} END)`;
      return `(${d(YEAR_DAYS)} / ${atLeastAMonth})`;
    },
    window: (period) => {
      if (period === null) return trailing(YEAR_DAYS);
      switch (period.kind) {
        case "year":
          return period.year === null ? trailing(YEAR_DAYS) : yearWindow(d(period.year));
        case "previousYear":
          return yearWindow(`(${year} - ${d(1)})`);
        case "yearToDate":
          return { from: serialOf(year, 1, 1), to: serial };
        case "months":
          return trailing((period.months * YEAR_DAYS) / 12);
        case "perMonth":
        case "perWeek":
        case "perDay":
          return null;
      }
    },
  };
}
