/**
 * The independent check of customers built from lines: the same measures and RFM computed by SQL in embedded
 * DuckDB, written from the work item's definitions (and src/engine/lines/types.ts's comments), not from the
 * TypeScript. Field names are CustomerMeasures' and RfmRow's, so a test can compare them one to one.
 *
 * Definitions as the SQL below has them:
 * - lines are one customer's (and one order's) when their cells are equal as keys: full-width letters, digits and
 *   signs as their ASCII forms and the ideographic space as a space ("华东精密（上海）" is "华东精密(上海)"), runs
 *   of white space as one space, trimmed; the customer is named as its first line spells it (white space tidied);
 * - a line counts when it has a customer (not blank), a readable date, an amount that is blank (0) or readable,
 *   and is dated before the as-of date; the window is as-of − 1 year … as-of − 1 day;
 * - months: the window's amounts by the calendar month of the line's date (index 0 = January);
 * - orderCount: distinct order numbers in the window, plus one for each line in it without a number (so lines
 *   when there is no order column);
 * - firstDate / lastDate: the earliest / latest line before the as-of date, any year (Excel serials);
 * - profit: the profit column's sum in the window, else the window's amount − cost (a blank cost is 0), null
 *   without either column; margin = profit ÷ annualAmount, null without profit or when the amount is 0;
 * - weight / volume: the window's sums, null without the column;
 * - RFM: recency = as-of − lastDate, frequency = orderCount, monetary = annualAmount; r, f, m by NTILE(5) with
 *   names in DuckDB's default (binary, code-point) collation; "high" = strictly above AVG over all customers
 *   (recency: strictly below); segment as the zh-CN name.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

/** Which header of the file holds each line field (a name as written in the header row). */
export interface LinesColumns {
  readonly customer: string;
  readonly date: string;
  readonly amount: string;
  readonly cost?: string;
  readonly profit?: string;
  readonly orderNo?: string;
  readonly weight?: string;
  readonly volume?: string;
}

type NumericField = "amount" | "cost" | "profit" | "weight" | "volume";

export interface LinesSource {
  /** A CSV file (UTF-8, with or without a BOM, comma-separated, header row first)… */
  readonly csv?: string;
  /** …or a small table, written to a temporary CSV and read the same way. */
  readonly table?: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly (string | number | null)[])[];
  };
  readonly columns: LinesColumns;
  /** Multiplier of a column's figures to the base unit (kg → t: 0.001), as the header's unit implies. */
  readonly scale?: Partial<Readonly<Record<NumericField, number>>>;
}

export interface SqlCustomer {
  readonly customer: string;
  readonly months: readonly number[];
  readonly annualAmount: number;
  readonly orderCount: number;
  readonly firstDate: number;
  readonly lastDate: number;
  readonly profit: number | null;
  readonly margin: number | null;
  readonly weight: number | null;
  readonly volume: number | null;
}

export interface SqlRfmRow {
  readonly customer: string;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** The zh-CN name, as `customer-grader rfm --json` prints it. */
  readonly segment: string;
}

export interface RfmMeasures {
  readonly customer: string;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The date forms the samples write: ISO with or without a time, 2017/3/5, 2017年3月5日. */
const DATE_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"];

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, and the ASCII they stand for. */
const FULL_WIDTH = String.fromCodePoint(0x3000, ...Array.from({ length: 94 }, (_, i) => 0xff01 + i));
const HALF_WIDTH = String.fromCodePoint(0x20, ...Array.from({ length: 94 }, (_, i) => 0x21 + i));

/** A text cell as a key (see the definitions above), NULL when blank. */
function key(column: string): string {
  const folded = `translate(${ident(column)}, ${literal(FULL_WIDTH)}, ${literal(HALF_WIDTH)})`;
  return `NULLIF(trim(regexp_replace(${folded}, '\\s+', ' ', 'g')), '')`;
}

/** A customer's name as the customer table shows it: the cell as typed, runs of white space as one space, trimmed. */
const spelling = (column: string): string => `NULLIF(trim(regexp_replace(${ident(column)}, '\\s+', ' ', 'g')), '')`;

/** Whether a column's cell is blank (NULL, or only white space). */
const blank = (column: string): string => `(NULLIF(trim(${ident(column)}), '') IS NULL)`;

/** A figure as the file writes it ("12,345.60", blank) as an exact decimal times its scale, or NULL. */
function figure(column: string | undefined, scale: number | undefined): string {
  if (column === undefined) return "NULL";
  const value = `TRY_CAST(NULLIF(replace(trim(${ident(column)}), ',', ''), '') AS DECIMAL(18, 4))`;
  return scale === undefined || scale === 1 ? value : `${value} * ${String(scale)}`;
}

/** The header row of a CSV file: the column names DuckDB is told, each read as text. */
function headerOf(path: string): string[] {
  const first = (
    readFileSync(path, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? ""
  ).trim();
  const names: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < first.length; i++) {
    const ch = first[i];
    if (ch === '"' && quoted && first[i + 1] === '"') {
      current += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  names.push(current);
  return names;
}

/** NTILE(5) scores and the segment by the mean rule, over a relation of customer, recency, frequency, monetary. */
function rfmQuery(relation: string): string {
  return `
    SELECT customer, recency, frequency, monetary,
      NTILE(5) OVER (ORDER BY recency DESC, customer ASC)::INTEGER AS r,
      NTILE(5) OVER (ORDER BY frequency ASC, customer ASC)::INTEGER AS f,
      NTILE(5) OVER (ORDER BY monetary ASC, customer ASC)::INTEGER AS m,
      CASE
        WHEN r_high AND f_high AND m_high THEN '重要价值客户'
        WHEN r_high AND NOT f_high AND m_high THEN '重要发展客户'
        WHEN NOT r_high AND f_high AND m_high THEN '重要保持客户'
        WHEN NOT r_high AND NOT f_high AND m_high THEN '重要挽留客户'
        WHEN r_high AND f_high AND NOT m_high THEN '一般价值客户'
        WHEN r_high AND NOT f_high AND NOT m_high THEN '一般发展客户'
        WHEN NOT r_high AND f_high AND NOT m_high THEN '一般保持客户'
        ELSE '一般挽留客户'
      END AS segment
    FROM (
      SELECT *,
        recency < AVG(recency) OVER () AS r_high,
        frequency > AVG(frequency) OVER () AS f_high,
        monetary > AVG(monetary) OVER () AS m_high
      FROM ${relation}
    ) AS scored
    ORDER BY customer`;
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function rfmRow(row: Record<string, unknown>): SqlRfmRow {
  return {
    customer: String(row["customer"]),
    recency: Number(row["recency"]),
    frequency: Number(row["frequency"]),
    monetary: Number(row["monetary"]),
    r: Number(row["r"]),
    f: Number(row["f"]),
    m: Number(row["m"]),
    segment: String(row["segment"]),
  };
}

/** The measures and RFM of every customer of a lines file as of `asOf` (YYYY-MM-DD), ordered by customer name. */
export async function customersBySql(
  source: LinesSource,
  asOf: string,
): Promise<{ customers: SqlCustomer[]; rfm: SqlRfmRow[] }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`as-of date ${asOf} is not YYYY-MM-DD`);
  const temp = source.table ? mkdtempSync(join(tmpdir(), "lines-sql-")) : null;
  try {
    const path = source.csv ?? join(temp ?? "", "lines.csv");
    if (source.table) writeFileSync(path, csvText(source.table.headers, source.table.rows), "utf8");
    return await runLinesQuery(path, source, asOf);
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

async function runLinesQuery(path: string, source: LinesSource, asOf: string) {
  const { columns: c, scale = {} } = source;
  const types = headerOf(path)
    .map((name) => `${literal(name)}: 'VARCHAR'`)
    .join(", ");
  const day = `DATE ${literal(asOf)}`;
  const months = Array.from(
    { length: 12 },
    (_, i) => `COALESCE(SUM(amount) FILTER (WHERE in_window AND month(day) = ${i + 1}), 0)::DOUBLE AS month_${i + 1}`,
  ).join(",\n      ");
  const profit =
    c.profit !== undefined
      ? "COALESCE(SUM(profit) FILTER (WHERE in_window), 0)"
      : c.cost !== undefined
        ? "COALESCE(SUM(amount - COALESCE(cost, 0)) FILTER (WHERE in_window), 0)"
        : "NULL";
  const sum = (field: string, present: boolean): string =>
    present ? `COALESCE(SUM(${field}) FILTER (WHERE in_window), 0)::DOUBLE` : "NULL::DOUBLE";
  const sql = `
    WITH raw AS (
      SELECT *, row_number() OVER () AS line_no
      FROM read_csv(${literal(path)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${types}})
    ),
    keyed AS (
      SELECT
        ${key(c.customer)} AS customer_key,
        ${spelling(c.customer)} AS spelling,
        line_no,
        try_strptime(trim(${ident(c.date)}), [${DATE_FORMATS.map(literal).join(", ")}])::DATE AS day,
        CASE WHEN ${blank(c.amount)} THEN 0 ELSE ${figure(c.amount, scale.amount)} END AS amount,
        ${figure(c.cost, scale.cost)} AS cost,
        ${figure(c.profit, scale.profit)} AS profit,
        ${figure(c.weight, scale.weight)} AS weight,
        ${figure(c.volume, scale.volume)} AS volume,
        ${c.orderNo !== undefined ? key(c.orderNo) : "NULL::VARCHAR"} AS order_no
      FROM raw
    ),
    -- Lines are one customer's when their keys are equal; the customer is named as its first line spells it.
    names AS (
      SELECT customer_key, arg_min(spelling, line_no) AS customer FROM keyed WHERE customer_key IS NOT NULL GROUP BY customer_key
    ),
    lines AS (
      SELECT names.customer, keyed.* EXCLUDE (customer_key, spelling, line_no)
      FROM keyed JOIN names USING (customer_key)
    ),
    counted AS (
      SELECT *, day >= (${day} - INTERVAL 1 YEAR)::DATE AS in_window
      FROM lines
      WHERE customer IS NOT NULL AND day IS NOT NULL AND amount IS NOT NULL AND day < ${day}
    ),
    measures AS (
      SELECT customer,
      ${months},
      COALESCE(SUM(amount) FILTER (WHERE in_window), 0) AS annual_amount,
      (COUNT(DISTINCT order_no) FILTER (WHERE in_window)
        + COUNT(*) FILTER (WHERE in_window AND order_no IS NULL))::INTEGER AS order_count,
      date_diff('day', DATE '1899-12-30', MIN(day))::INTEGER AS first_date,
      date_diff('day', DATE '1899-12-30', MAX(day))::INTEGER AS last_date,
      date_diff('day', MAX(day), ${day})::INTEGER AS recency,
      ${profit} AS profit,
      ${sum("weight", c.weight !== undefined)} AS weight,
      ${sum("volume", c.volume !== undefined)} AS volume
      FROM counted
      GROUP BY customer
    ),
    rfm_input AS (
      SELECT customer, recency, order_count AS frequency, annual_amount AS monetary FROM measures
    ),
    rfm AS (${rfmQuery("rfm_input")})
    SELECT measures.*, measures.annual_amount::DOUBLE AS annual_amount_double, measures.profit::DOUBLE AS profit_double,
      CASE WHEN measures.profit IS NULL OR measures.annual_amount = 0 THEN NULL
        ELSE (measures.profit / measures.annual_amount)::DOUBLE END AS margin,
      rfm.r, rfm.f, rfm.m, rfm.segment
    FROM measures JOIN rfm USING (customer)
    ORDER BY customer`;
  const rows = await query(sql);
  const customers = rows.map((row): SqlCustomer => ({
    customer: String(row["customer"]),
    months: Array.from({ length: 12 }, (_, i) => Number(row[`month_${i + 1}`])),
    annualAmount: Number(row["annual_amount_double"]),
    orderCount: Number(row["order_count"]),
    firstDate: Number(row["first_date"]),
    lastDate: Number(row["last_date"]),
    profit: numberOrNull(row["profit_double"]),
    margin: numberOrNull(row["margin"]),
    weight: numberOrNull(row["weight"]),
    volume: numberOrNull(row["volume"]),
  }));
  const rfm = rows.map((row) =>
    rfmRow({ ...row, frequency: row["order_count"], monetary: row["annual_amount_double"] }),
  );
  return { customers, rfm };
}

/** RFM by SQL over measures given directly (hand-made tables: ties, few customers). */
export async function rfmBySql(rows: readonly RfmMeasures[]): Promise<SqlRfmRow[]> {
  if (rows.length === 0) return [];
  const values = rows
    .map((r) => `(${literal(r.customer)}, ${String(r.recency)}, ${String(r.frequency)}, ${String(r.monetary)})`)
    .join(", ");
  const input = `(SELECT customer::VARCHAR AS customer, recency::INTEGER AS recency, frequency::INTEGER AS frequency,
    monetary::DOUBLE AS monetary FROM (VALUES ${values}) AS t(customer, recency, frequency, monetary))`;
  return (await query(rfmQuery(input))).map(rfmRow);
}

function csvText(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    const text = value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [headers, ...rows].map((row) => row.map(cell).join(",")).join("\n") + "\n";
}
