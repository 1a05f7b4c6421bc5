/**
 * A TEST DOUBLE of the engine's `buildCustomers` (src/engine/lines/buildCustomers.ts, written elsewhere), so the
 * adapter and the pane can be tested before it exists. It is honest but tiny: it finds the customer, date and
 * amount columns by a few exact header words, sums each customer's amounts in the twelve months before the
 * as-of date, counts its lines there, and keeps its last date. Its RFM "segments" are NOT the engine's: a
 * customer above the mean amount is "importantValue", else "generalRetain", with r = f = m = 1. An unreadable
 * amount is an issue with its row and column. Never import it from src/.
 */
import {
  FIELDS,
  type CellIssue,
  type Lang,
  err,
  ok,
  parseDate,
  parseNumber,
  rowIndex,
  columnIndex,
} from "../../src/engine";
import type { BuildCustomers, CustomerMeasures, RfmRow } from "../../src/engine/lines/types";

const CUSTOMER = ["客户", "客户名称", "客戶", "customer"];
const DATE = ["日期", "发货日期", "date"];
const AMOUNT = ["金额", "运费", "amount"];

const find = (headers: readonly string[], words: readonly string[]): number =>
  headers.findIndex((h) => words.includes(h.trim().toLowerCase()));

const label = (field: keyof typeof FIELDS, lang: Lang): string => FIELDS[field].label[lang];

export const testBuildCustomers: BuildCustomers = (lines, { asOf, lang }) => {
  const headers = lines.headers.map((h) => String(h ?? ""));
  const columns = { customer: find(headers, CUSTOMER), date: find(headers, DATE), amount: find(headers, AMOUNT) };
  const missing = (["customer", "date", "amount"] as const).filter((f) => columns[f] < 0);
  if (missing.length > 0)
    return err({
      kind: "missing-columns",
      missing,
      message: { "zh-CN": "缺少列", "zh-TW": "缺少欄", en: "columns missing" },
    });
  if (lines.rows.length === 0)
    return err({ kind: "no-lines", message: { "zh-CN": "没有明细", "zh-TW": "沒有明細", en: "no lines" } });
  const window = { asOf, from: asOf - 365, to: asOf - 1 };
  const byCustomer = new Map<string, { amount: number; lines: number; last: number; first: number }>();
  const issues: CellIssue[] = [];
  let linesAfterAsOf = 0;
  lines.rows.forEach((row, r) => {
    const name = String(row[columns.customer] ?? "").trim();
    const date = parseDate(row[columns.date]);
    const amount = parseNumber(row[columns.amount]);
    if (typeof amount === "object" && amount !== null) {
      issues.push({
        row: rowIndex(r),
        column: columnIndex(columns.amount),
        header: headers[columns.amount] ?? "",
        code: amount.problem,
        message: { "zh-CN": "无法读取金额", "zh-TW": "無法讀取金額", en: "unreadable amount" },
      });
      return;
    }
    if (name === "" || typeof date !== "number") return;
    if (date >= asOf) {
      linesAfterAsOf += 1;
      return;
    }
    const entry = byCustomer.get(name) ?? { amount: 0, lines: 0, last: date, first: date };
    if (date >= window.from) {
      entry.amount += amount ?? 0;
      entry.lines += 1;
    }
    entry.last = Math.max(entry.last, date);
    entry.first = Math.min(entry.first, date);
    byCustomer.set(name, entry);
  });
  const names = [...byCustomer.keys()].sort();
  const customers: CustomerMeasures[] = names.map((customer) => {
    const e = byCustomer.get(customer) ?? { amount: 0, lines: 0, last: 0, first: 0 };
    return {
      customer,
      months: new Array<number>(12).fill(0),
      annualAmount: e.amount,
      orderCount: e.lines,
      firstDate: e.first,
      lastDate: e.last,
      profit: null,
      margin: null,
      weight: null,
      volume: null,
      mainLane: null,
      mainCargo: null,
      receivable: null,
    };
  });
  const mean = customers.reduce((s, c) => s + c.annualAmount, 0) / Math.max(1, customers.length);
  const rfm: RfmRow[] = customers.map((c) => ({
    customer: c.customer,
    recency: asOf - c.lastDate,
    frequency: c.orderCount,
    monetary: c.annualAmount,
    r: 1,
    f: 1,
    m: 1,
    segment: c.annualAmount > mean ? "importantValue" : "generalRetain",
  }));
  return ok({
    window,
    mapping: { columns: {}, ignored: [] },
    customers,
    rfm,
    table: {
      headers: [
        label("customerName", lang),
        label("annualAmount", lang),
        label("orderCount", lang),
        label("lastTransaction", lang),
      ],
      rows: customers.map((c) => [c.customer, c.annualAmount, c.orderCount, c.lastDate]),
    },
    linesAfterAsOf,
    issues,
  });
};

/** The segment names' test double: the segment id with the language, so a test sees which language was asked for. */
export const testSegmentName = (segment: string, lang: Lang): string => `${segment}/${lang}`;
