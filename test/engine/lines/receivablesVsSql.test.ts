/**
 * Receivables ageing built from invoice lines, against an independent computation: the same lines aged by SQL
 * in embedded DuckDB, written from the definitions (days past due = as-of date − due date; not yet due at 0 days
 * or fewer, then 1–30, 31–60, 61–90 and over 90; the balance is every open amount of a line dated before the
 * as-of date, any year; the oldest days past due are those of the oldest line still open), not from the engine.
 * The 3,000 lines are generated here from a fixed seed: terms of 0 to 90 days, paid, part paid and unpaid
 * invoices, credit notes, over three years.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parseDate, type Table } from "../../../src/engine";
import { buildCustomers } from "../../../src/engine/lines";
import { Random } from "../../../scripts/exports/random";

const HEADERS = ["单据日期", "客户名称", "发票号", "价税合计", "到期日", "未收金额"];
const iso = (d: Date): string => d.toISOString().slice(0, 10);

function invoiceLines(): string[][] {
  const seeded = new Random(20261207);
  const random = (): number => seeded.next();
  const start = Date.UTC(2024, 0, 1);
  const rows: string[][] = [];
  for (let i = 0; i < 3000; i++) {
    const customer = `华东客户${String(Math.floor(random() * 300)).padStart(3, "0")}有限公司`;
    const date = new Date(start + Math.floor(random() * 365 * 3) * 86_400_000);
    const terms = [0, 30, 45, 60, 90][Math.floor(random() * 5)] as number;
    const due = new Date(date.getTime() + terms * 86_400_000);
    const amount = Math.round((random() < 0.04 ? -1 : 1) * (200 + random() * 20_000) * 100) / 100;
    const paid = random();
    const open = paid < 0.6 ? 0 : paid < 0.8 ? Math.round(amount * random() * 100) / 100 : amount;
    rows.push([iso(date), customer, `FP${String(i).padStart(5, "0")}`, amount.toFixed(2), iso(due), open.toFixed(2)]);
  }
  return rows;
}

interface Aged {
  readonly customer: string;
  readonly balance: number;
  readonly buckets: readonly number[];
  readonly oldest: number;
}

async function agedBySql(csv: string, asOf: string): Promise<Aged[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`
      WITH lines AS (
        SELECT trim("客户名称") AS customer,
               CAST("单据日期" AS DATE) AS day,
               date_diff('day', CAST("到期日" AS DATE), DATE '${asOf}') AS late,
               CAST("未收金额" AS DECIMAL(18, 2)) AS open
        FROM read_csv('${csv}', header = true, all_varchar = true)
      )
      SELECT customer,
             CAST(SUM(open) AS DOUBLE) AS balance,
             CAST(SUM(CASE WHEN late <= 0 THEN open ELSE 0 END) AS DOUBLE) AS b0,
             CAST(SUM(CASE WHEN late BETWEEN 1 AND 30 THEN open ELSE 0 END) AS DOUBLE) AS b1,
             CAST(SUM(CASE WHEN late BETWEEN 31 AND 60 THEN open ELSE 0 END) AS DOUBLE) AS b2,
             CAST(SUM(CASE WHEN late BETWEEN 61 AND 90 THEN open ELSE 0 END) AS DOUBLE) AS b3,
             CAST(SUM(CASE WHEN late > 90 THEN open ELSE 0 END) AS DOUBLE) AS b4,
             COALESCE(MAX(CASE WHEN open > 0 AND late > 0 THEN late END), 0) AS oldest
      FROM lines
      WHERE day < DATE '${asOf}'
      GROUP BY customer
      ORDER BY customer`);
    return reader.getRowObjects().map((row) => ({
      customer: String(row["customer"]),
      balance: Number(row["balance"]),
      buckets: ["b0", "b1", "b2", "b3", "b4"].map((b) => Number(row[b])),
      oldest: Number(row["oldest"]),
    }));
  } finally {
    connection.closeSync();
  }
}

const cents = (n: number): number => Math.round(n * 100) / 100;

describe.each(["2026-12-01", "2025-06-30"])("invoice lines aged as of %s", (asOf) => {
  const rows = invoiceLines();
  const dir = mkdtempSync(join(tmpdir(), "receivables-sql-"));
  const csv = join(dir, "invoices.csv");
  writeFileSync(csv, [HEADERS, ...rows].map((r) => r.join(",")).join("\n") + "\n");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("each customer's balance, five buckets and oldest days past due equal SQL's", async () => {
    const table: Table = { headers: HEADERS, rows };
    const built = buildCustomers(table, { asOf: parseDate(asOf) as number, lang: "zh-CN" });
    if (!built.ok) throw new Error(built.error.message.en);
    const engine = built.value.customers.map((c) => ({
      customer: c.customer,
      balance: cents(c.receivable?.balance ?? NaN),
      buckets: (c.receivable?.buckets ?? []).map(cents),
      oldest: c.receivable?.oldestDaysPastDue ?? NaN,
    }));
    const sql = (await agedBySql(csv, asOf)).map((a) => ({
      ...a,
      balance: cents(a.balance),
      buckets: a.buckets.map(cents),
    }));
    expect(engine.length).toBeGreaterThan(250);
    expect(engine).toEqual(sql);
  });
});
