/**
 * The command line on the shipped order-line samples against an independent computation: the same lines
 * measured by SQL in embedded DuckDB (test/support/linesSql.ts). `rfm --json` must print exactly the scores
 * and types SQL's NTILE(5) gives, and `customers` must write the measures SQL sums, customer by customer.
 */
import { join } from "node:path";
import { readSource } from "../../src/cli/source";
import { customersBySql } from "../support/linesSql";
import { SAMPLE_LINES } from "../support/sampleLines";
import { runInProcess, tempDir } from "./support/cli";

const dir = tempDir("lines-vs-sql");

/** A year-end screening, and a window across two calendar years (2016-07-15 … 2017-07-14). */
const CASES = Object.entries(SAMPLE_LINES).flatMap(([lang, source]) =>
  ["2018-01-01", "2017-07-15"].map((asOf) => [lang, asOf, source] as const),
);

describe.each(CASES)("the %s sample, as of %s", (lang, asOf, source) => {
  const file = source.csv ?? "";
  let sql: Awaited<ReturnType<typeof customersBySql>>;
  beforeAll(async () => {
    sql = await customersBySql(source, asOf);
  });

  test("rfm --json prints SQL's rows: recency, frequency, monetary, NTILE(5) scores and the type", async () => {
    const run = await runInProcess(["rfm", file, "--as-of", asOf, "--json"]);
    expect(run.code).toBe(0);
    const { rows } = JSON.parse(run.stdout) as { rows: { customer: string; monetary: number }[] };
    expect(rows.length).toBeGreaterThan(50); // not a vacuous comparison
    const cents = (n: number): number => Math.round(n * 100) / 100;
    expect(rows).toEqual(sql.rfm.map((row) => ({ ...row, monetary: cents(row.monetary) })));
  });

  test("customers writes each customer's annual amount, orders and months as SQL sums them", async () => {
    const out = join(dir, `${lang}-${asOf}.customers.csv`);
    const run = await runInProcess(["customers", file, "--out", out, "--as-of", asOf, "--lang", "en"]);
    expect(run.code).toBe(0);
    const read = await readSource(out, {});
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const { headers, rows } = read.value.table;
    const at = (header: string): number => headers.indexOf(header);
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    const written = rows.map((row) => ({
      customer: row[0],
      annualAmount: Number(row[at("Annual amount")]),
      orderCount: Number(row[at("Orders")]),
      months: months.map((m) => Number(row[at(`${m} amount`)])),
    }));
    const cents = (n: number): number => Math.round(n * 100) / 100;
    expect(written).toEqual(
      sql.customers.map((c) => ({
        customer: c.customer,
        annualAmount: cents(c.annualAmount),
        orderCount: c.orderCount,
        months: c.months.map(cents),
      })),
    );
  });
});
