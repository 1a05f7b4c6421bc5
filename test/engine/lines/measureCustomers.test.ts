/**
 * `measureCustomers` on small tables whose measures are worked out by hand here, line by line. As of 2018-01-01
 * the window is 2017-01-01 … 2017-12-31 (serials 42736 … 43100).
 */
import { mapLineColumns, measureCustomers, measureWindow } from "../../../src/engine/lines";
import type { CellValue, Table } from "../../../src/engine/types";
import { parseDate } from "../../../src/engine/values/date";

const serial = (iso: string): number => parseDate(iso) as number;

function measure(headers: readonly string[], rows: readonly (readonly CellValue[])[], asOf = "2018-01-01") {
  const lines: Table = { headers, rows };
  return measureCustomers(lines, mapLineColumns(headers), measureWindow(serial(asOf)));
}

const months = (entries: Readonly<Record<number, number>>): number[] =>
  Array.from({ length: 12 }, (_, i) => entries[i] ?? 0);

describe("a carrier's waybill list with credit notes, blank numbers, old and future lines and bad cells", () => {
  const headers = ["运单号", "发货日期", "客户名称", "运费(元)", "成本(元)", "重量(kg)", "体积(m³)"];
  const rows: CellValue[][] = [
    /* 0 */ ["YD1", "2017-03-05", "甲", 1000, 800, 1500, 2],
    /* 1 */ ["YD1", "2017/3/5", "甲", "500", "300", "500", "1"], // a second line of the same waybill
    /* 2 */ ["YD1", "2017-03-20", "甲", -200, 0, null, null], // its credit note, same number
    /* 3 */ ["", "2017-05-01 09:30", "甲", 300, 200, 250, 0.5], // keyed without a number
    /* 4 */ [null, 42900.75, "甲", 100, 100, null, null], // an Excel serial with a time: 2017-06-14
    /* 5 */ ["YD2", "2016-11-30", "甲", 9999, 1, 1000, 1], // before the window: only its date counts
    /* 6 */ ["YD3", "2018-01-01", "甲", 7777, 1, 1, 1], // on the as-of date: left out
    /* 7 */ ["YD4", "2017年12月31日", "乙", 2000, null, 3000, 4],
    /* 8 */ [null, null, "合计", 13476, 1401, 5250, 7.5], // the totals row
    /* 9 */ [null, "", "  ", null, null, null, null], // a blank row
    /* 10 */ ["YD5", "2017-13-01", "乙", 50, 10, 1, 1], // no 13th month
    /* 11 */ ["YD6", "2017-02-02", "乙", "abc", 10, 1, 1],
    /* 12 */ ["YD7", "2017-02-02", "", 10, 1, 1, 1], // no customer
    /* 13 */ ["YD8", "2017-08-08", "丙", 0, 0, null, null],
    /* 14 */ ["YD9", "2017-09-09", "乙", 1000, "n/a", 1000, 0],
  ];
  const result = measure(headers, rows);
  const byName = new Map(result.customers.map((c) => [c.customer, c]));

  test("customers come in code-point order of their names; the totals and blank rows are none", () => {
    expect(result.customers.map((c) => c.customer)).toEqual(["丙", "乙", "甲"]);
  });

  test("amounts fall in their calendar month, credit notes subtract, old and future lines are left out", () => {
    // March 1000 + 500 − 200, May 300, June 100; 9999 (2016) and 7777 (the as-of day) are not in the window.
    expect(byName.get("甲")).toMatchObject({ months: months({ 2: 1300, 4: 300, 5: 100 }), annualAmount: 1700 });
    expect(byName.get("乙")).toMatchObject({ months: months({ 8: 1000, 11: 2000 }), annualAmount: 3000 });
    expect(result.linesAfterAsOf).toBe(1);
  });

  test("a repeated number is one order, each line without a number is one", () => {
    // YD1 three times (two lines and the credit note) plus two lines without a number.
    expect(byName.get("甲")?.orderCount).toBe(3);
    expect(byName.get("乙")?.orderCount).toBe(2);
    expect(byName.get("丙")?.orderCount).toBe(1);
  });

  test("first and last dates: any line before the as-of date, none on or after it", () => {
    expect(byName.get("甲")).toMatchObject({ firstDate: serial("2016-11-30"), lastDate: 42900 });
    expect(byName.get("乙")).toMatchObject({ firstDate: serial("2017-09-09"), lastDate: 43100 });
  });

  test("profit is amount − cost in the window (blank and unreadable costs count 0); margin is profit ÷ amount", () => {
    // 甲: costs 800 + 300 + 0 + 200 + 100 = 1400 against 1700.
    expect(byName.get("甲")?.profit).toBeCloseTo(300, 9);
    expect(byName.get("甲")?.margin).toBeCloseTo(300 / 1700, 12);
    expect(byName.get("乙")).toMatchObject({ profit: 3000, margin: 1 });
  });

  test("a customer with no amount in the window has no margin", () => {
    expect(byName.get("丙")).toMatchObject({ annualAmount: 0, profit: 0, margin: null });
  });

  test("weights in kilograms are summed in tonnes, volumes in cubic metres; blank cells count 0", () => {
    expect(byName.get("甲")?.weight).toBeCloseTo(2.25, 12);
    expect(byName.get("甲")?.volume).toBeCloseTo(3.5, 12);
    expect(byName.get("乙")).toMatchObject({ weight: 4, volume: 4 });
    expect(byName.get("丙")).toMatchObject({ weight: 0, volume: 0 });
  });

  test("unreadable cells and a line without a customer are reported with their row and column", () => {
    expect(result.issues.map(({ row, column, header, code }) => ({ row, column, header, code }))).toEqual([
      { row: 10, column: 1, header: "发货日期", code: "unreadable-date" },
      { row: 11, column: 3, header: "运费(元)", code: "unreadable-number" },
      { row: 12, column: 2, header: "客户名称", code: "missing-value" },
      { row: 14, column: 4, header: "成本(元)", code: "unreadable-number" },
    ]);
    for (const issue of result.issues) expect(issue.message.en.length).toBeGreaterThan(0);
  });

  test("the table it reads is left as it was", () => {
    const copy = JSON.parse(JSON.stringify(rows)) as unknown;
    measure(headers, rows);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(copy);
  });
});

describe("profit, cost and missing columns", () => {
  test("a profit column is the profit even beside a cost column", () => {
    const [customer] = measure(
      ["Customer", "Date", "Revenue", "Cost", "Profit"],
      [
        ["Acme", "2017-01-10", 100, 90, 15],
        ["Acme", "2017-02-10", 200, 150, 45],
      ],
    ).customers;
    expect(customer).toMatchObject({ annualAmount: 300, profit: 60, margin: 0.2 });
  });

  test("without profit, cost, weight or volume columns those measures are null", () => {
    const [customer] = measure(["客户名称", "日期", "金额"], [["甲", "2017-06-01", 100]]).customers;
    expect(customer).toMatchObject({ profit: null, margin: null, weight: null, volume: null, orderCount: 1 });
  });

  test("without an order column each line in the window is an order", () => {
    const [customer] = measure(
      ["客户名称", "日期", "金额"],
      [
        ["甲", "2017-06-01", 100],
        ["甲", "2017-06-01", 100],
        ["甲", "2016-06-01", 100],
      ],
    ).customers;
    expect(customer).toMatchObject({ orderCount: 2, annualAmount: 200 });
  });

  test("a blank amount counts 0 and its line still counts as an order and a date", () => {
    const [customer] = measure(
      ["运单号", "客户名称", "日期", "金额"],
      [
        ["A1", "甲", "2017-06-01", 100],
        ["A2", "甲", "2017-07-01", null],
      ],
    ).customers;
    expect(customer).toMatchObject({ orderCount: 2, annualAmount: 100, lastDate: serial("2017-07-01") });
  });

  test("a customer whose every line is older than the window is still a customer, with nothing in the window", () => {
    const [customer] = measure(["客户名称", "日期", "金额"], [["甲", "2015-06-01", 100]]).customers;
    expect(customer).toMatchObject({ annualAmount: 0, orderCount: 0, firstDate: serial("2015-06-01") });
  });

  test("names written with full-width brackets or extra spaces are one customer, named as first typed", () => {
    const { customers } = measure(
      ["客户名称", "日期", "金额"],
      [
        ["华东精密（上海）", "2017-06-01", 100],
        [" 华东精密(上海)\u3000", "2017-06-02", 50],
      ],
    );
    expect(customers.map((c) => [c.customer, c.annualAmount])).toEqual([["华东精密（上海）", 150]]);
  });
});

describe("a window that does not start on the 1st", () => {
  test("as of 2018-07-15, July 2017 from the 15th and July 2018 up to the 14th share the July column", () => {
    const [customer] = measure(
      ["客户名称", "日期", "金额"],
      [
        ["甲", "2017-07-14", 1], // the day before the window
        ["甲", "2017-07-15", 10], // its first day
        ["甲", "2018-07-14", 100], // its last day
        ["甲", "2018-07-15", 1000], // the as-of date
      ],
      "2018-07-15",
    ).customers;
    expect(customer).toMatchObject({
      months: months({ 6: 110 }),
      annualAmount: 110,
      orderCount: 2,
      firstDate: serial("2017-07-14"),
      lastDate: serial("2018-07-14"),
    });
  });
});
