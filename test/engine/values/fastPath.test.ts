/**
 * The fast paths (src/engine/values/fastPath.ts) and the full parsers agree: on every generated text, well
 * formed or a near miss (signs, spaces, full-width digits, `1,23`, trailing units, leap days, invalid dates),
 * each parser gives exactly what its full parser gives, value (to the last bit, -0 included) or problem.
 */
import fc from "fast-check";
import { fullParseDate, parseDate } from "../../../src/engine/values/date";
import { fullParseDays, parseDays } from "../../../src/engine/values/days";
import { fastDate, fastDays, fastNumber, fastPercent, fastPlainNumber } from "../../../src/engine/values/fastPath";
import { fullParseFrequency, parseFrequency } from "../../../src/engine/values/frequency";
import { fullParseNumber, parseNumber } from "../../../src/engine/values/number";
import { fullParsePercent, parsePercent } from "../../../src/engine/values/percent";
import type { CellValue } from "../../../src/engine/types";

/** A fixed seed: the same inputs every run, so a failure is reproducible. */
const RUNS = { seed: 20_261_207, numRuns: 4000 } as const;

type Parse = (cell: CellValue) => unknown;

/** Same value (Object.is: -0 and NaN exactly) or the same problem object. */
function sameAnswer(parse: Parse, full: Parse, text: string): boolean {
  const a = parse(text);
  const b = full(text);
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  return a === b; // null, or the one shared problem object per code
}

const digit = fc.constantFrom("0", "1", "2", "3", "5", "7", "9");
const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(""));
/** Characters near the shapes: separators, signs, units, spaces, full-width forms, letters the full parser reads. */
const nearChar = fc.constantFrom(
  ...["0", "1", "5", "9", ",", ".", "-", "+", "(", ")", "¥", "￥", "$", "万", "元", "亿", "%", "％", "天", "日"],
  ...["年", "月", "号", "/", " ", "\u3000", "\u00a0", "０", "５", "e", "k", "m", "d", "十", "两", "_", "'"],
);
const nearMiss = fc.array(nearChar, { minLength: 0, maxLength: 14 }).map((c) => c.join(""));

/** 1234, 1,234, 1,234.56, 0.5, 007, 1,23 (a bad group), 1234. (no fraction digits), 12,3456. */
const decimalText = fc
  .tuple(
    fc.oneof(
      { arbitrary: digits(1, 3), weight: 4 },
      { arbitrary: digits(4, 17), weight: 1 },
      {
        arbitrary: fc
          .tuple(digits(1, 3), fc.array(digits(3, 3), { minLength: 1, maxLength: 5 }))
          .map(([h, t]) => [h, ...t].join(",")),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(digits(1, 4), fc.array(digits(1, 4), { minLength: 1, maxLength: 3 }))
          .map(([h, t]) => [h, ...t].join(",")),
        weight: 1,
      },
    ),
    fc.oneof(
      { arbitrary: fc.constant(""), weight: 3 },
      { arbitrary: digits(1, 3).map((f) => `.${f}`), weight: 3 },
      { arbitrary: digits(0, 8).map((f) => `.${f}`), weight: 1 },
      { arbitrary: digits(17, 25).map((f) => `.${f}`), weight: 1 },
    ),
  )
  .map(([whole, fraction]) => whole + fraction);

const around = (
  body: fc.Arbitrary<string>,
  before: readonly string[],
  after: readonly string[],
): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...before), body, fc.constantFrom(...after)).map(([b, x, a]) => b + x + a);

/** Mostly shaped texts, a quarter near misses. */
const shaped = (
  body: fc.Arbitrary<string>,
  before: readonly string[],
  after: readonly string[],
): fc.WeightedArbitrary<string> => ({ arbitrary: around(body, before, after), weight: 3 });

const numberText = fc.oneof(
  shaped(
    decimalText,
    ["", "", "-", "¥", "-¥", "￥", "+", "¥-", "(", " ", "$", "--"],
    ["", "", "万", "元", "万元", "亿", ")", " ", "k", "%"],
  ),
  { arbitrary: nearMiss, weight: 1 },
);
/** Shares are mostly within 0–100: two digits and a fraction, sometimes any decimal (out of range too). */
const shareText = fc.oneof(
  { arbitrary: fc.tuple(digits(1, 2), fc.constantFrom("", ".5", ".05", ".125")).map(([w, f]) => w + f), weight: 3 },
  { arbitrary: decimalText, weight: 1 },
);
const percentText = fc.oneof(
  shaped(shareText, ["", "", "-", "+", " ", "百分之"], ["", "%", "%", "％", " %", "%%", "天"]),
  { arbitrary: nearMiss, weight: 1 },
);
const daysText = fc.oneof(
  shaped(decimalText, ["", "", "-", "+", " "], ["", "天", "天", "日", "days", "d", " 天", "万"]),
  { arbitrary: nearMiss, weight: 1 },
);
const frequencyText = fc.oneof(shaped(decimalText, ["", "", "", "-", " ", "每月"], ["", "", "", "次", " ", "/月"]), {
  arbitrary: nearMiss,
  weight: 1,
});

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
/** Dates in every separator and padding, across leap days and past the ends of months and of Excel's range. */
const dateText = fc.oneof(
  fc
    .record({
      year: fc.oneof(fc.integer({ min: 1890, max: 2100 }), fc.constantFrom(1899, 1900, 2000, 2024, 2100, 2400, 9999)),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
      padMonth: fc.boolean(),
      padDay: fc.boolean(),
      form: fc.constantFrom("-", "/", ".", "-/", "年", "年日", "年号", "年號", "年 ", " ", "T", "-noday"),
    })
    .map(({ year, month, day, padMonth, padDay, form }) => {
      const m = padMonth ? pad(month, 2) : String(month);
      const d = padDay ? pad(day, 2) : String(day);
      const y = String(year);
      switch (form) {
        case "年":
          return `${y}年${m}月${d}`;
        case "年日":
          return `${y}年${m}月${d}日`;
        case "年号":
          return `${y}年${m}月${d}号`;
        case "年號":
          return `${y}年${m}月${d}號`;
        case "年 ":
          return `${y}年 ${m}月${d}日`;
        case "-/":
          return `${y}-${m}/${d}`;
        case " ":
          return ` ${y}-${m}-${d}`;
        case "T":
          return `${y}-${m}-${d}T08:00`;
        case "-noday":
          return `${y}-${m}`;
        default:
          return `${y}${form}${m}${form}${d}`;
      }
    }),
  nearMiss,
);

describe.each<[string, Parse, Parse, fc.Arbitrary<string>]>([
  ["parseNumber", parseNumber, fullParseNumber, numberText],
  ["parsePercent", parsePercent, fullParsePercent, percentText],
  ["parseDays", parseDays, fullParseDays, daysText],
  ["parseDate", parseDate, fullParseDate, dateText],
  ["parseFrequency", parseFrequency, fullParseFrequency, frequencyText],
])("%s with its fast path", (_name, parse, full, texts) => {
  test("gives exactly what the full parser gives, on well-formed texts and near misses", () => {
    fc.assert(
      fc.property(texts, (text) => sameAnswer(parse, full, text)),
      RUNS,
    );
  });
});

describe.each<[string, (text: string) => number, Parse, fc.Arbitrary<string>]>([
  ["fastNumber", fastNumber, fullParseNumber, numberText],
  ["fastPercent", fastPercent, fullParsePercent, percentText],
  ["fastDays", fastDays, fullParseDays, daysText],
  ["fastDate", fastDate, fullParseDate, dateText],
  ["fastPlainNumber", fastPlainNumber, fullParseFrequency, frequencyText],
])("%s", (_name, fast, full, texts) => {
  test("answers only where the full parser reads a value, and then with the same value", () => {
    let answered = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const value = fast(text);
        if (Number.isNaN(value)) return true; // not its shape: the full parser decides
        answered++;
        return Object.is(value, full(text));
      }),
      RUNS,
    );
    // The generators must reach the fast path, or the agreement above would say nothing.
    expect(answered).toBeGreaterThan(RUNS.numRuns / 10);
  });
});

describe("the fast path reads the shapes analysts write", () => {
  test.each<[string, (text: string) => number, string, number]>([
    ["an amount in 万", fastNumber, "12.5万", 125_000],
    ["an amount with ¥ and separators", fastNumber, "¥3,400", 3400],
    ["an amount with cents", fastNumber, "3,400.00", 3400],
    ["an amount in 万元", fastNumber, "-1.2万元", -12_000],
    ["a percent", fastPercent, "95%", 0.95],
    ["a share as a fraction", fastPercent, "0.95", 0.95],
    ["bare percentage points", fastPercent, "95", 0.95],
    ["days", fastDays, "30天", 30],
    ["an ISO date", fastDate, "2026-03-01", 46082],
    ["a slashed date", fastDate, "2026/3/1", 46082],
    ["a 年月日 date", fastDate, "2026年3月1日", 46082],
    ["a leap day", fastDate, "2024-02-29", 45351],
    ["Excel's last date", fastDate, "9999-12-31", 2_958_465],
    ["a count a year", fastPlainNumber, "52", 52],
  ])("%s", (_name, fast, text, value) => {
    expect(fast(text)).toBe(value);
  });

  test.each<[string, (text: string) => number, string]>([
    ["a bad group", fastNumber, "1,23"],
    ["a full-width digit", fastNumber, "１２"],
    ["a space", fastNumber, " 12"],
    ["accounting brackets", fastNumber, "(1,200)"],
    ["a share out of range", fastPercent, "150%"],
    ["a day that does not exist", fastDate, "2026-02-29"],
    ["a date before 1900", fastDate, "1899-12-31"],
    ["a date with a time", fastDate, "2026-03-01T08:00"],
    ["separators in a count a year", fastPlainNumber, "1,200"],
  ])("leaves %s to the full parser", (_name, fast, text) => {
    expect(fast(text)).toBeNaN();
  });
});
