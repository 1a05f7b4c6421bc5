/**
 * The independent check the work item asks for: on each shipped order-line sample, read as the command line
 * reads a CSV, the customer measures and RFM of `mapLineColumns` + `measureCustomers` + `rfmScores` equal those
 * of SQL queries over the same file in embedded DuckDB (test/support/linesSql.ts), customer by customer.
 */
import { readSource } from "../../../src/cli/source";
import {
  type CustomerMeasures,
  type RfmRow,
  mapLineColumns,
  measureCustomers,
  measureWindow,
  rfmScores,
  rfmSegmentName,
} from "../../../src/engine/lines";
import { parseDate } from "../../../src/engine/values/date";
import { type SqlCustomer, type SqlRfmRow, customersBySql } from "../../support/linesSql";
import { SAMPLE_LINES } from "../../support/sampleLines";

const AS_OF_DATES = ["2018-01-01", "2017-07-15"] as const;

/** Equal within a millionth of the larger magnitude (sums of decimals in doubles vs exact decimals), or both null. */
function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The fields on which a customer's measures differ from SQL's, as [field, engine, sql]. */
function measureDifferences(engine: CustomerMeasures, sql: SqlCustomer): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  engine.months.forEach((month, i) => {
    if (!close(month, sql.months[i] ?? null)) out.push([`months[${i}]`, month, sql.months[i]]);
  });
  if (engine.months.length !== 12) out.push(["months.length", engine.months.length, 12]);
  for (const field of ["annualAmount", "profit", "margin", "weight", "volume"] as const)
    if (!close(engine[field], sql[field])) out.push([field, engine[field], sql[field]]);
  for (const field of ["orderCount", "firstDate", "lastDate"] as const)
    if (engine[field] !== sql[field]) out.push([field, engine[field], sql[field]]);
  return out;
}

function rfmDifferences(engine: RfmRow, sql: SqlRfmRow): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  for (const field of ["recency", "frequency", "r", "f", "m"] as const)
    if (engine[field] !== sql[field]) out.push([field, engine[field], sql[field]]);
  if (!close(engine.monetary, sql.monetary)) out.push(["monetary", engine.monetary, sql.monetary]);
  const segment = rfmSegmentName(engine.segment, "zh-CN");
  if (segment !== sql.segment) out.push(["segment", segment, sql.segment]);
  return out;
}

describe.each(Object.entries(SAMPLE_LINES))("the %s sample", (_lang, source) => {
  describe.each(AS_OF_DATES)("as of %s", (asOf) => {
    let engine: { customers: CustomerMeasures[]; rfm: RfmRow[]; issues: number };
    let sql: { customers: SqlCustomer[]; rfm: SqlRfmRow[] };

    beforeAll(async () => {
      const read = await readSource(source.csv ?? "", {});
      if (!read.ok) throw new Error(`cannot read ${source.csv ?? ""}`);
      const lines = read.value.table;
      const day = parseDate(asOf) as number;
      const measured = measureCustomers(lines, mapLineColumns(lines.headers), measureWindow(day));
      engine = {
        customers: measured.customers,
        rfm: rfmScores(measured.customers, day),
        issues: measured.issues.length,
      };
      sql = await customersBySql(source, asOf);
    });

    test("reads every line without an issue, and finds the customers SQL finds, in the same order", () => {
      expect(engine.issues).toBe(0);
      expect(sql.customers.length).toBeGreaterThan(50);
      expect(engine.customers.map((c) => c.customer)).toEqual(sql.customers.map((c) => c.customer));
    });

    test("every customer's months, amount, orders, dates, profit, margin, weight and volume equal SQL's", () => {
      const differing = engine.customers.flatMap((c, i) => {
        const diff = measureDifferences(c, sql.customers[i] as SqlCustomer);
        return diff.length === 0 ? [] : [{ customer: c.customer, diff }];
      });
      expect(differing).toEqual([]);
    });

    test("every customer's recency, frequency, monetary, NTILE(5) scores and type equal SQL's", () => {
      const differing = engine.rfm.flatMap((row, i) => {
        const diff = rfmDifferences(row, sql.rfm[i] as SqlRfmRow);
        return diff.length === 0 ? [] : [{ customer: row.customer, diff }];
      });
      expect(engine.rfm.map((r) => r.customer)).toEqual(sql.rfm.map((r) => r.customer));
      expect(differing).toEqual([]);
    });
  });
});
