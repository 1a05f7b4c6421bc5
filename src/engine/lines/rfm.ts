/**
 * RFM (recency, frequency, monetary) of every customer: quintile scores 1–5 exactly as SQL's `NTILE(5)` gives
 * them, and the eight customer types (重要价值客户 …) from which of R, F, M are above the mean of all customers.
 * The same scores come out of a SQL query written as
 *
 *   NTILE(5) OVER (ORDER BY recency DESC, customer)   -- r: the fewest days gets 5
 *   NTILE(5) OVER (ORDER BY frequency ASC, customer)  -- f: the most orders gets 5
 *   NTILE(5) OVER (ORDER BY monetary ASC, customer)   -- m: the largest amount gets 5
 *
 * with names compared by code point (DuckDB's default collation; PostgreSQL needs `COLLATE "C"`).
 */
import type { ExcelSerial } from "../values/date";
import { ENGINE_MESSAGES } from "../i18n";
import type { Lang } from "../types";
import { compareCodePoints } from "./codePoints";
import type { CustomerMeasures, RfmRow, RfmSegment } from "./types";

/** Quintiles, the convention of SQL and dbt RFM models. */
const BUCKETS = 5;

/**
 * The bucket (1-based) SQL's `NTILE(buckets)` gives the row at `position` (0-based) of `count` ordered rows:
 * each bucket holds ⌊count ÷ buckets⌋ rows and the first `count mod buckets` one more; with fewer rows than
 * buckets, the rows take buckets 1 … count.
 */
export function ntile(position: number, count: number, buckets: number = BUCKETS): number {
  const small = Math.floor(count / buckets);
  const large = small + 1;
  const inLarge = (count % buckets) * large;
  return position < inLarge
    ? Math.floor(position / large) + 1
    : (count % buckets) + Math.floor((position - inLarge) / small) + 1;
}

/**
 * Each customer's bucket (by input index) in the order of `values`, worst first so the best lands in bucket 5;
 * equal values in customer-name order, as SQL's `ORDER BY value, customer` breaks the tie (then input order).
 */
function scores(values: readonly number[], names: readonly string[], order: "ascending" | "descending"): Int32Array {
  const sign = order === "ascending" ? 1 : -1;
  const positions = values.map((_, i) => i);
  positions.sort(
    (a, b) =>
      sign * ((values[a] as number) - (values[b] as number)) ||
      compareCodePoints(names[a] as string, names[b] as string) ||
      a - b,
  );
  const out = new Int32Array(values.length);
  positions.forEach((customer, position) => {
    out[customer] = ntile(position, values.length);
  });
  return out;
}

/** The mean of the values (0 for none), as SQL's `AVG` over the customers. */
function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}

/** The type of a customer by which of R, F, M are high (above the mean; for R, fewer days than the mean). */
export function rfmSegmentOf(recentHigh: boolean, frequentHigh: boolean, monetaryHigh: boolean): RfmSegment {
  if (monetaryHigh) {
    if (recentHigh) return frequentHigh ? "importantValue" : "importantDevelop";
    return frequentHigh ? "importantKeep" : "importantRetain";
  }
  if (recentHigh) return frequentHigh ? "generalValue" : "generalDevelop";
  return frequentHigh ? "generalKeep" : "generalRetain";
}

/** The three measures of one customer, as RFM reads them. */
export interface RfmMeasures {
  readonly customer: string;
  /** Days from the last line before the as-of date to the as-of date. */
  readonly recency: number;
  /** Orders in the window. */
  readonly frequency: number;
  /** The window's amount. */
  readonly monetary: number;
}

/**
 * Every customer's RFM row from its three measures, in the order given: r, f, m by `NTILE(5)` over all of them
 * (see the file's comment); the type by the mean rule. "High" is strictly above the mean (recency: strictly
 * fewer days), so a customer exactly at the mean is low, as `value > AVG(value)` in SQL has it.
 * @example rfmOfMeasures([{ customer: "甲", recency: 11, frequency: 3, monetary: 900 }])
 *   // [{ customer: "甲", recency: 11, frequency: 3, monetary: 900, r: 1, f: 1, m: 1, segment: "generalRetain" }]
 */
export function rfmOfMeasures(measures: readonly RfmMeasures[]): RfmRow[] {
  const names = measures.map((c) => c.customer);
  const recency = measures.map((c) => c.recency);
  const frequency = measures.map((c) => c.frequency);
  const monetary = measures.map((c) => c.monetary);
  const r = scores(recency, names, "descending");
  const f = scores(frequency, names, "ascending");
  const m = scores(monetary, names, "ascending");
  const meanRecency = mean(recency);
  const meanFrequency = mean(frequency);
  const meanMonetary = mean(monetary);
  return measures.map((c, i) => ({
    customer: c.customer,
    recency: c.recency,
    frequency: c.frequency,
    monetary: c.monetary,
    r: r[i] as number,
    f: f[i] as number,
    m: m[i] as number,
    segment: rfmSegmentOf(c.recency < meanRecency, c.frequency > meanFrequency, c.monetary > meanMonetary),
  }));
}

/**
 * Every customer's RFM row, in the order of `customers`: recency = `asOf` − last date (days), frequency = orders
 * in the window, monetary = the window's amount (`rfmOfMeasures`).
 */
export function rfmScores(customers: readonly CustomerMeasures[], asOf: ExcelSerial): RfmRow[] {
  return rfmOfMeasures(
    customers.map((c) => ({
      customer: c.customer,
      recency: asOf - c.lastDate,
      frequency: c.orderCount,
      // In cents, as the amounts are written and as SQL sums decimals: 0.1 + 0.2 ties with 0.3, by name.
      monetary: Math.round(c.annualAmount * 100) / 100,
    })),
  );
}

/**
 * A type's name in a language: 重要价值客户 (zh-CN), 重要價值客戶 (zh-TW), "Important value customer" (en).
 * @example rfmSegmentName("importantKeep", "en") // "Important retention customer"
 */
export function rfmSegmentName(segment: RfmSegment, lang: Lang): string {
  return ENGINE_MESSAGES[lang].rfmSegments[segment];
}
