/**
 * "The twelve months before the as-of date": the year up to the day before it, as SQL counts it
 * (`date >= asOf - INTERVAL 1 YEAR AND date < asOf`), so the measures agree with an independent query.
 */
import { type ExcelSerial, partsFromSerial, serialFromParts } from "../values/date";
import type { MeasureWindow } from "./types";

/**
 * The window measured as of a date. A year back from 29 February is 28 February, as DuckDB, PostgreSQL and
 * date-fns' `subYears` take it: as of 2020-02-29 the window is 2019-02-28 … 2020-02-28.
 * @example measureWindow(serial("2018-07-15")) // from 2017-07-15, to 2018-07-14
 */
export function measureWindow(asOf: ExcelSerial): MeasureWindow {
  const day = Math.floor(asOf);
  const { year, month, day: date } = partsFromSerial(day);
  const from = serialFromParts(year - 1, month, date) ?? serialFromParts(year - 1, month, date - 1) ?? day - 365;
  return { asOf: day, from, to: day - 1 };
}
