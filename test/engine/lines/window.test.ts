/**
 * "The twelve months before the as-of date" is the year up to the day before it, as SQL's
 * `date >= asOf - INTERVAL 1 YEAR AND date < asOf` counts it.
 */
import { measureWindow } from "../../../src/engine/lines";
import { parseDate, partsFromSerial } from "../../../src/engine/values/date";

const serial = (iso: string): number => parseDate(iso) as number;
const iso = (day: number): string => {
  const { year, month, day: date } = partsFromSerial(day);
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
};
const windowOf = (asOf: string) => {
  const w = measureWindow(serial(asOf));
  return { asOf: iso(w.asOf), from: iso(w.from), to: iso(w.to), days: w.to - w.from + 1 };
};

describe("the measure window", () => {
  test("as of 2018-01-01 it is the calendar year 2017", () => {
    expect(windowOf("2018-01-01")).toEqual({ asOf: "2018-01-01", from: "2017-01-01", to: "2017-12-31", days: 365 });
  });

  test("as of a mid-year date it runs from that date a year back to the day before", () => {
    expect(windowOf("2018-07-15")).toEqual({ asOf: "2018-07-15", from: "2017-07-15", to: "2018-07-14", days: 365 });
  });

  test("a window over 29 February has 366 days", () => {
    expect(windowOf("2020-03-01")).toEqual({ asOf: "2020-03-01", from: "2019-03-01", to: "2020-02-29", days: 366 });
    expect(windowOf("2017-01-01")).toMatchObject({ from: "2016-01-01", to: "2016-12-31", days: 366 });
  });

  test("a year back from 29 February is 28 February, as DuckDB and PostgreSQL take it", () => {
    expect(windowOf("2020-02-29")).toEqual({ asOf: "2020-02-29", from: "2019-02-28", to: "2020-02-28", days: 366 });
  });

  test("a window starting on 29 February after a leap day as-of is the year after it", () => {
    expect(windowOf("2021-03-01")).toEqual({ asOf: "2021-03-01", from: "2020-03-01", to: "2021-02-28", days: 365 });
    expect(windowOf("2021-02-28")).toMatchObject({ from: "2020-02-28", to: "2021-02-27", days: 366 });
  });

  test("the time of day of an as-of serial is dropped", () => {
    expect(measureWindow(serial("2018-01-01") + 0.75)).toEqual(measureWindow(serial("2018-01-01")));
  });
});
