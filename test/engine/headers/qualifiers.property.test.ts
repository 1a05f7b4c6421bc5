/**
 * Properties of reading headers, over the development corpus's headers that the matcher reads right: a period
 * qualifier or a money unit added to an amount's header keeps its field; a money unit added to a rate's header
 * moves it, if anywhere, only from the margin rate to the profit amount.
 */
import fc from "fast-check";
import type { FieldId } from "../../../src/engine/fields";
import { readHeader } from "../../../src/engine/headers/readHeader";
import { type Outcome, outcomes } from "./corpusScores";
import { mapColumns } from "../../../src/engine/headers/mapColumns";

const fieldOf = (header: string): string | null => Object.keys(mapColumns([header]).columns)[0] ?? null;

const read = outcomes("dev").filter((o): o is Outcome & { want: string } => o.want !== null && o.got === o.want);
const startsChinese = (header: string): boolean => /^[\u3400-\u9fff]/.test(header);
/** Pivot captions ("Sum of Sales") take no qualifier in front: a period goes after them. */
const isPivot = (header: string): boolean =>
  readHeader(header).countOf || /^(sum|count|average|min|max)\s+of\b/i.test(header);

const AMOUNTS = new Set<string>(["annualAmount", "profit", "outstandingBalance", "creditLimit"]);
const amounts = read.filter((o) => AMOUNTS.has(o.want));
const undated = amounts.filter((o) => readHeader(o.header).period === null);
const unitless = amounts.filter((o) => readHeader(o.header).unit === null && readHeader(o.header).glued === null);

/** Qualifiers as headers carry them: Chinese ones in front of a Chinese header, the others after any header. */
const CHINESE_PERIODS = ["2017年", "本年", "近12个月"];
const TRAILING_PERIODS = ["(2017)", " YTD", "（2017年）"];
const MONEY_UNITS = ["(万元)", "（元）", " USD", " (k)"];

const COUNTERPART: Readonly<Partial<Record<string, FieldId>>> = { grossMargin: "profit" };
const RATES = new Set<string>(["grossMargin", "onTimePaymentRate"]);
const rates = read.filter((o) => RATES.has(o.want));

describe("a qualifier added to a header keeps its field", () => {
  test("the corpus has amounts and rates to try", () => {
    expect([undated.length, unitless.length, rates.length].every((n) => n >= 5)).toBe(true);
  });

  test("a period qualifier added to an amount's header maps to the same field", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...undated),
        fc.constantFrom(...CHINESE_PERIODS, ...TRAILING_PERIODS),
        ({ header, want }, period) => {
          const inFront = CHINESE_PERIODS.includes(period);
          fc.pre(!inFront || (startsChinese(header) && !isPivot(header)));
          expect(fieldOf(inFront ? `${period}${header}` : `${header}${period}`)).toBe(want);
        },
      ),
    );
  });

  test("a money unit added to an amount's header maps to the same field", () => {
    fc.assert(
      fc.property(fc.constantFrom(...unitless), fc.constantFrom(...MONEY_UNITS), ({ header, want }, unit) => {
        expect(fieldOf(`${header}${unit}`)).toBe(want);
      }),
    );
  });

  test("a money unit added to a rate's header moves it only from the margin to the profit", () => {
    fc.assert(
      fc.property(fc.constantFrom(...rates), fc.constantFrom(...MONEY_UNITS), ({ header, want }, unit) => {
        const allowed = [want, COUNTERPART[want] ?? want, null];
        expect(allowed).toContain(fieldOf(`${header}${unit}`));
      }),
    );
  });

  test("a margin rate with a money unit and no percent sign is the profit amount", () => {
    expect(["毛利率(万元)", "利润率（元）", "Profit Margin (k)"].map(fieldOf)).toEqual(["profit", "profit", "profit"]);
  });
});
