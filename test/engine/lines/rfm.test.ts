/**
 * RFM scores are SQL's NTILE(5) over all customers (the best gets 5, ties in customer-name order by code point),
 * and the eight types follow from which of R, F, M are strictly above the mean of all customers.
 */
import {
  RFM_SEGMENTS,
  compareCodePoints,
  ntile,
  rfmScores,
  rfmSegmentName,
  rfmSegmentOf,
} from "../../../src/engine/lines";
import { parseDate } from "../../../src/engine/values/date";
import { customerMeasures, type RfmInput } from "../../support/customerMeasures";

const AS_OF = parseDate("2018-01-01") as number;

/** Customers that differ in one measure only: customer i has `value(i)`, names in code-point order. */
function byFrequency(counts: readonly number[]) {
  return counts.map((orderCount, i) =>
    customerMeasures({
      customer: `c${String(i).padStart(2, "0")}`,
      lastDate: AS_OF - 10,
      orderCount,
      annualAmount: 100,
    }),
  );
}

describe("NTILE(5), as SQL assigns it", () => {
  // Bucket of each row in order: the first n mod 5 buckets get one row more; under 5 rows, buckets 1 … n.
  const distributions: readonly (readonly [number, readonly number[]])[] = [
    [1, [1]],
    [2, [1, 2]],
    [3, [1, 2, 3]],
    [4, [1, 2, 3, 4]],
    [5, [1, 2, 3, 4, 5]],
    [6, [1, 1, 2, 3, 4, 5]],
    [7, [1, 1, 2, 2, 3, 4, 5]],
    [8, [1, 1, 2, 2, 3, 3, 4, 5]],
    [9, [1, 1, 2, 2, 3, 3, 4, 4, 5]],
    [10, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    [11, [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    [12, [1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5]],
  ];

  test.each(distributions)("%i rows get buckets %j", (n, buckets) => {
    expect(Array.from({ length: n }, (_, position) => ntile(position, n))).toEqual(buckets);
  });

  test.each(distributions)("%i customers with rising order counts get f = %j", (n, buckets) => {
    const counts = Array.from({ length: n }, (_, i) => i + 1);
    expect(rfmScores(byFrequency(counts), AS_OF).map((row) => row.f)).toEqual(buckets);
  });

  test("with 23 rows the buckets hold 5, 5, 5, 4 and 4", () => {
    const sizes = [0, 0, 0, 0, 0];
    for (let p = 0; p < 23; p++) sizes[ntile(p, 23) - 1]! += 1;
    expect(sizes).toEqual([5, 5, 5, 4, 4]);
  });
});

describe("ordering", () => {
  const table: readonly RfmInput[] = [
    { customer: "华东电子", lastDate: AS_OF - 300, orderCount: 2, annualAmount: 1_000 },
    { customer: "鑫达机械", lastDate: AS_OF - 3, orderCount: 40, annualAmount: 80_000 },
    { customer: "美佳服饰", lastDate: AS_OF - 60, orderCount: 12, annualAmount: 9_000 },
    { customer: "康泰医药", lastDate: AS_OF - 15, orderCount: 25, annualAmount: 30_000 },
    { customer: "恒通建材", lastDate: AS_OF - 120, orderCount: 5, annualAmount: 4_000 },
  ];
  const rows = rfmScores(table.map(customerMeasures), AS_OF);

  test("the most recent customer gets r = 5 and the one longest away r = 1", () => {
    expect(rows.map((r) => [r.customer, r.recency, r.r])).toEqual([
      ["华东电子", 300, 1],
      ["鑫达机械", 3, 5],
      ["美佳服饰", 60, 3],
      ["康泰医药", 15, 4],
      ["恒通建材", 120, 2],
    ]);
  });

  test("the most orders and the largest amount get f = 5 and m = 5", () => {
    expect(rows.map((r) => [r.frequency, r.f, r.monetary, r.m])).toEqual([
      [2, 1, 1_000, 1],
      [40, 5, 80_000, 5],
      [12, 3, 9_000, 3],
      [25, 4, 30_000, 4],
      [5, 2, 4_000, 2],
    ]);
  });

  test("rows come back in the order of the customers given, and the input is not changed", () => {
    const input = table.map(customerMeasures);
    const before = JSON.stringify(input);
    const reversed = rfmScores([...input].reverse(), AS_OF);
    expect(reversed.map((r) => r.customer)).toEqual([...table].reverse().map((c) => c.customer));
    expect(reversed.map((r) => r.r).reverse()).toEqual(rows.map((r) => r.r));
    expect(JSON.stringify(input)).toBe(before);
  });

  test("no customers give no rows", () => {
    expect(rfmScores([], AS_OF)).toEqual([]);
  });
});

describe("ties in a measure are broken by customer name ascending, by code point", () => {
  // Code points: 丁 4E01 < 丙 4E19 < 乙 4E59 < 戊 620A < 甲 7532.
  const names = ["甲", "乙", "丙", "丁", "戊"];
  const same = names.map((customer) =>
    customerMeasures({ customer, lastDate: AS_OF - 30, orderCount: 3, annualAmount: 500 }),
  );

  test("equal order counts and amounts: the name first in code-point order gets the lowest score", () => {
    const rows = rfmScores(same, AS_OF);
    const expected = [5, 3, 2, 1, 4];
    expect(rows.map((r) => r.f)).toEqual(expected);
    expect(rows.map((r) => r.m)).toEqual(expected);
  });

  test("equal recency: the name first in code-point order also gets the lowest r (ORDER BY recency DESC, name ASC)", () => {
    expect(rfmScores(same, AS_OF).map((r) => r.r)).toEqual([5, 3, 2, 1, 4]);
  });

  test("a tie across a bucket boundary splits by name, a different measure still decides first", () => {
    const rows = rfmScores(byFrequency([7, 7, 7, 7, 7, 7, 1]), AS_OF);
    // Seven rows: buckets 1,1,2,3,4,5 … the single 1 order is first, then c00 … c05 in name order.
    expect(rows.map((r) => r.f)).toEqual([1, 2, 2, 3, 4, 5, 1]);
  });

  test("upper case before lower case, and a character above U+FFFF after U+FF03 (not UTF-16 order)", () => {
    expect(["b", "B", "a"].sort(compareCodePoints)).toEqual(["B", "a", "b"]);
    expect(["\u{1F600}", "\uFF03", "z"].sort(compareCodePoints)).toEqual(["z", "\uFF03", "\u{1F600}"]);
    expect(["\u{1F600}", "\uFF03"].sort()).toEqual(["\u{1F600}", "\uFF03"]); // what plain sort does instead
    expect(compareCodePoints("ab", "ab")).toBe(0);
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
  });
});

describe("the eight types by the mean rule", () => {
  test.each([
    [true, true, true, "importantValue"],
    [true, false, true, "importantDevelop"],
    [false, true, true, "importantKeep"],
    [false, false, true, "importantRetain"],
    [true, true, false, "generalValue"],
    [true, false, false, "generalDevelop"],
    [false, true, false, "generalKeep"],
    [false, false, false, "generalRetain"],
  ] as const)("R high %s, F high %s, M high %s: %s", (r, f, m, segment) => {
    expect(rfmSegmentOf(r, f, m)).toBe(segment);
  });

  test("each customer of a table gets the type its measures against the means give", () => {
    // Means: recency 50 days, frequency 10 orders, monetary 1,000.
    const table: readonly RfmInput[] = [
      { customer: "A", lastDate: AS_OF - 10, orderCount: 20, annualAmount: 2_000 }, // R F M high
      { customer: "B", lastDate: AS_OF - 90, orderCount: 0, annualAmount: 0 }, // none high
      { customer: "C", lastDate: AS_OF - 50, orderCount: 10, annualAmount: 1_000 }, // all at the mean: none high
      { customer: "D", lastDate: AS_OF - 50, orderCount: 10, annualAmount: 1_000 },
    ];
    expect(rfmScores(table.map(customerMeasures), AS_OF).map((r) => r.segment)).toEqual([
      "importantValue",
      "generalRetain",
      "generalRetain",
      "generalRetain",
    ]);
  });

  test("a value exactly at the mean is low; just past it is high (R: one day fewer than the mean)", () => {
    // Recency 10, 20, 30 (mean 20); frequency 1, 2, 3 (mean 2); monetary 100, 200, 300 (mean 200).
    const table: readonly RfmInput[] = [1, 2, 3].map((k) => ({
      customer: `k${k}`,
      lastDate: AS_OF - 10 * k,
      orderCount: k,
      annualAmount: 100 * k,
    }));
    const rows = rfmScores(table.map(customerMeasures), AS_OF);
    expect(rows.map((r) => r.segment)).toEqual(["generalDevelop", "generalRetain", "importantKeep"]);
    const nudged = rfmScores(
      [
        ...table.slice(0, 1),
        { customer: "k2", lastDate: AS_OF - 19, orderCount: 2, annualAmount: 200 },
        ...table.slice(2),
      ].map(customerMeasures),
      AS_OF,
    );
    // The mean recency is now 19.67 days: k2's 19 days is fewer, so its R is high.
    expect(nudged[1]?.segment).toBe("generalDevelop");
  });

  test("a single customer is at every mean: r = f = m = 1 and none high", () => {
    const [row] = rfmScores(
      [customerMeasures({ customer: "甲", lastDate: AS_OF - 11, orderCount: 3, annualAmount: 900 })],
      AS_OF,
    );
    expect(row).toEqual({
      customer: "甲",
      recency: 11,
      frequency: 3,
      monetary: 900,
      r: 1,
      f: 1,
      m: 1,
      segment: "generalRetain",
    });
  });

  test("credit notes can leave a customer's amount negative: it scores lowest and is not high", () => {
    const rows = rfmScores(
      [
        customerMeasures({ customer: "退款户", lastDate: AS_OF - 5, orderCount: 1, annualAmount: -300 }),
        customerMeasures({ customer: "普通户", lastDate: AS_OF - 5, orderCount: 1, annualAmount: 300 }),
      ],
      AS_OF,
    );
    expect(rows.map((r) => [r.m, r.segment])).toEqual([
      [1, "generalRetain"],
      [2, "importantRetain"],
    ]);
  });
});

describe("the types' names", () => {
  const names: Record<(typeof RFM_SEGMENTS)[number], readonly [string, string, string]> = {
    importantValue: ["重要价值客户", "重要價值客戶", "Important value customer"],
    importantDevelop: ["重要发展客户", "重要發展客戶", "Important development customer"],
    importantKeep: ["重要保持客户", "重要保持客戶", "Important retention customer"],
    importantRetain: ["重要挽留客户", "重要挽留客戶", "Important win-back customer"],
    generalValue: ["一般价值客户", "一般價值客戶", "General value customer"],
    generalDevelop: ["一般发展客户", "一般發展客戶", "General development customer"],
    generalKeep: ["一般保持客户", "一般保持客戶", "General retention customer"],
    generalRetain: ["一般挽留客户", "一般挽留客戶", "General win-back customer"],
  };

  test.each(RFM_SEGMENTS.map((s) => [s, ...names[s]] as const))("%s is %s / %s / %s", (segment, cn, tw, en) => {
    expect([rfmSegmentName(segment, "zh-CN"), rfmSegmentName(segment, "zh-TW"), rfmSegmentName(segment, "en")]).toEqual(
      [cn, tw, en],
    );
  });

  test("no two types share a name in any language", () => {
    for (const lang of ["zh-CN", "zh-TW", "en"] as const) {
      expect(new Set(RFM_SEGMENTS.map((s) => rfmSegmentName(s, lang))).size).toBe(8);
    }
  });
});
