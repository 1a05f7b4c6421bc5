/**
 * Measures each customer from its lines in one pass (see `CustomerMeasures`). A line counts when its customer,
 * date and amount can be read: an unreadable date or amount, or a blank customer or date, is an issue with its
 * row and column and the line is left out (a blank amount is 0: the line still counts as an order). Lines dated
 * on or after the as-of date are counted in `linesAfterAsOf` and read no further. Blank rows and totals rows
 * (合计, 总计, Total) are skipped without an issue. Negative amounts (credit notes, returns) are summed as they
 * are. An unreadable profit, cost, weight or volume cell is an issue too, and only that figure is left out.
 *
 * Built for 100,000 lines well under a second: each distinct customer, date text and lane or cargo text is read
 * once (Maps), the month of a date comes from a table of the window's days, and nothing is allocated per line
 * beyond the order-number set and issues.
 */
import { cellIssueMessage } from "../values/messages";
import { parseDate, partsFromSerial } from "../values/date";
import { parseNumber } from "../values/number";
import type { CellProblem } from "../values/problem";
import { columnIndex, rowIndex, type CellIssue, type CellIssueCode, type CellValue, type Table } from "../types";
import { compareCodePoints } from "./codePoints";
import { isBlankRow, isErrorCell, isTotalLabel, lineKey } from "./lineText";
import type { CustomerMeasures, LineColumn, LineField, LinesMapping, MeasureWindow, Receivable } from "./types";

export interface MeasuredCustomers {
  /** One per customer with at least one line read before the as-of date, by customer name (code points). */
  readonly customers: CustomerMeasures[];
  readonly issues: CellIssue[];
  /** Lines dated on or after the as-of date (left out of every measure). */
  readonly linesAfterAsOf: number;
}

/** What is summed for one customer while the lines are read. */
interface Account {
  /** The key lines are grouped by (`lineKey`). */
  readonly name: string;
  /** What the customer table shows (`displayName`). */
  readonly display: string;
  readonly months: number[];
  /** Lines read before the as-of date (any year); an account with none is not a customer of the result. */
  kept: number;
  windowLines: number;
  readonly orders: Set<string> | null;
  blankOrders: number;
  first: number;
  last: number;
  profit: number;
  cost: number;
  weight: number;
  volume: number;
  readonly lanes: Map<string, number> | null;
  readonly cargos: Map<string, number> | null;
  /** Open amounts: not yet due, 1–30, 31–60, 61–90, over 90 days past due (all in [0] without a due date). */
  readonly open: number[];
  oldestDaysPastDue: number;
}

/** The upper bounds (days past due) of the ageing buckets but the last, as ERPs' ageing reports draw them. */
const BUCKET_ENDS = [0, 30, 60, 90] as const;

function bucketOf(daysPastDue: number): number {
  let bucket = 0;
  while (bucket < BUCKET_ENDS.length && daysPastDue > (BUCKET_ENDS[bucket] as number)) bucket++;
  return bucket;
}

/** An account for a cell that holds no customer (blank, an error value, a totals label). */
const NO_CUSTOMER = "";

const isProblem = (value: number | null | CellProblem): value is CellProblem =>
  value !== null && typeof value === "object";

const rawText = (cell: CellValue): string => (cell === null || cell === undefined ? "" : String(cell));

/**
 * Measures every customer's lines in the window.
 * @example measureCustomers(lines, mapLineColumns(lines.headers), measureWindow(asOf)).customers[0].annualAmount
 */
export function measureCustomers(lines: Table, mapping: LinesMapping, window: MeasureWindow): MeasuredCustomers {
  const { customer, date, amount } = mapping.columns;
  if (!customer || !date || !amount) {
    throw new Error("measureCustomers needs the customer, date and amount columns (check the mapping first)");
  }
  const { profit, cost, orderNo, weight, volume, lane, cargo, openAmount, dueDate } = mapping.columns;
  const origin = lane ? mapping.laneOrigin : undefined;
  const issues: CellIssue[] = [];
  const report = (row: number, column: LineColumn, code: CellIssueCode, cell: CellValue): void => {
    issues.push({
      row: rowIndex(row),
      column: columnIndex(column.index),
      header: column.header,
      code,
      message: cellIssueMessage(code, column.header, rawText(cell)),
    });
  };
  /** A figure of an optional column: its value, 0 when blank; an unreadable cell is reported and counts 0. */
  const figure = (row: readonly CellValue[], r: number, column: LineColumn): number => {
    const cell = row[column.index];
    const value = typeof cell === "number" && Number.isFinite(cell) ? cell : parseNumber(cell);
    if (value === null) return 0;
    if (isProblem(value)) {
      report(r, column, value.problem, cell);
      return 0;
    }
    return value * column.scale;
  };

  const accounts = new Map<CellValue, Account>();
  const byName = new Map<string, Account>();
  const accountOf = (cell: CellValue): Account => {
    let account = accounts.get(cell);
    if (account === undefined) {
      const name = isErrorCell(cell) || isTotalLabel(cell) ? NO_CUSTOMER : lineKey(cell);
      account = byName.get(name);
      if (account === undefined) {
        account = newAccount(name, displayName(cell), orderNo !== undefined, lane !== undefined, cargo !== undefined);
        byName.set(name, account);
      }
      accounts.set(cell, account);
    }
    return account;
  };
  const dates = new Map<string, number | null | CellProblem>();
  const dateOf = (cell: CellValue): number | null | CellProblem => {
    if (typeof cell !== "string") {
      const serial = parseDate(cell);
      return typeof serial === "number" ? Math.floor(serial) : serial;
    }
    let serial = dates.get(cell);
    if (serial === undefined) {
      const parsed = parseDate(cell);
      serial = typeof parsed === "number" ? Math.floor(parsed) : parsed;
      dates.set(cell, serial);
    }
    return serial;
  };
  const texts = new Map<CellValue, string>();
  const textOf = (cell: CellValue): string => {
    let text = texts.get(cell);
    if (text === undefined) {
      text = lineKey(cell);
      texts.set(cell, text);
    }
    return text;
  };
  const monthOf = windowMonths(window);
  const { asOf, from } = window;
  let linesAfterAsOf = 0;

  for (let r = 0; r < lines.rows.length; r++) {
    const row = lines.rows[r] as readonly CellValue[];
    const customerCell = row[customer.index];
    const account = accountOf(customerCell);
    if (account.name === NO_CUSTOMER) {
      if (isBlankRow(row) || isTotalLabel(customerCell) || row.some(isTotalLabel)) continue;
      report(r, customer, isErrorCell(customerCell) ? "excel-error" : "missing-value", customerCell);
      continue;
    }
    const dateCell = row[date.index];
    const day = dateOf(dateCell);
    if (day === null || isProblem(day)) {
      report(r, date, day === null ? "missing-value" : day.problem, dateCell);
      continue;
    }
    if (day >= asOf) {
      linesAfterAsOf++;
      continue;
    }
    const amountCell = row[amount.index];
    const value = typeof amountCell === "number" && Number.isFinite(amountCell) ? amountCell : parseNumber(amountCell);
    if (isProblem(value)) {
      report(r, amount, value.problem, amountCell);
      continue;
    }
    account.kept++;
    if (day < account.first) account.first = day;
    if (day > account.last) account.last = day;
    // What is still owed counts whenever the line was dated: an unpaid invoice of two years ago is owed today.
    if (openAmount) {
      const open = figure(row, r, openAmount);
      const due = dueDate ? dateOf(row[dueDate.index]) : null;
      if (dueDate && isProblem(due)) report(r, dueDate, due.problem, row[dueDate.index]);
      // A line without a due date is taken as due on its own date (cash on delivery, 现结).
      const daysPastDue = dueDate ? asOf - (typeof due === "number" ? due : day) : 0;
      account.open[bucketOf(daysPastDue)] = (account.open[bucketOf(daysPastDue)] as number) + open;
      if (open > 0 && daysPastDue > account.oldestDaysPastDue) account.oldestDaysPastDue = daysPastDue;
    }
    if (day < from) continue;
    account.windowLines++;
    const month = monthOf[day - from] as number;
    account.months[month] = (account.months[month] as number) + (value === null ? 0 : value * amount.scale);
    if (account.orders && orderNo) {
      const order = lineKey(row[orderNo.index]);
      if (order === "") account.blankOrders++;
      else account.orders.add(order);
    }
    if (profit) account.profit += figure(row, r, profit);
    if (cost) account.cost += figure(row, r, cost);
    if (weight) account.weight += figure(row, r, weight);
    if (volume) account.volume += figure(row, r, volume);
    if (account.lanes && lane) {
      const to = textOf(row[lane.index]);
      const at = origin ? textOf(row[origin.index]) : "";
      const text = to !== "" && at !== "" ? `${at}→${to}` : to || at;
      if (text !== "") account.lanes.set(text, (account.lanes.get(text) ?? 0) + 1);
    }
    if (account.cargos && cargo) {
      const text = textOf(row[cargo.index]);
      if (text !== "") account.cargos.set(text, (account.cargos.get(text) ?? 0) + 1);
    }
  }

  const has = (field: LineField): boolean => mapping.columns[field] !== undefined;
  const customers = [...byName.values()]
    .filter((account) => account.kept > 0)
    .sort((a, b) => compareCodePoints(a.display, b.display))
    .map((account) => measuresOf(account, has));
  return { customers, issues, linesAfterAsOf };
}

/**
 * The name as the analyst wrote it (its first spelling), white space tidied: lines are grouped by `lineKey`, which
 * folds full-width brackets to half-width, but the customer table keeps "华东精密（上海）" as typed.
 */
const displayName = (cell: CellValue): string =>
  typeof cell === "string" ? cell.replace(/\s+/g, " ").trim() : lineKey(cell);

function newAccount(name: string, display: string, orders: boolean, lanes: boolean, cargos: boolean): Account {
  return {
    name,
    display,
    months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    kept: 0,
    windowLines: 0,
    orders: orders ? new Set() : null,
    blankOrders: 0,
    first: Infinity,
    last: -Infinity,
    profit: 0,
    cost: 0,
    weight: 0,
    volume: 0,
    lanes: lanes ? new Map() : null,
    cargos: cargos ? new Map() : null,
    open: [0, 0, 0, 0, 0],
    oldestDaysPastDue: 0,
  };
}

/** The calendar month (0 = January) of each day of the window, by its offset from `from`. */
function windowMonths(window: MeasureWindow): Uint8Array {
  const days = new Uint8Array(Math.max(0, window.to - window.from + 1));
  for (let i = 0; i < days.length; i++) days[i] = partsFromSerial(window.from + i).month - 1;
  return days;
}

/** The value seen most often; of equals, the first seen (a Map keeps insertion order). */
function mostFrequent(counts: ReadonlyMap<string, number> | null): string | null {
  if (counts === null) return null;
  let best: string | null = null;
  let most = 0;
  for (const [value, count] of counts)
    if (count > most) {
      best = value;
      most = count;
    }
  return best;
}

function measuresOf(account: Account, has: (field: LineField) => boolean): CustomerMeasures {
  let annualAmount = 0;
  for (const month of account.months) annualAmount += month;
  const profit = has("profit") ? account.profit : has("cost") ? annualAmount - account.cost : null;
  return {
    customer: account.display,
    months: account.months,
    annualAmount,
    orderCount: account.orders ? account.orders.size + account.blankOrders : account.windowLines,
    firstDate: account.first,
    lastDate: account.last,
    profit,
    margin: profit === null || annualAmount === 0 ? null : profit / annualAmount,
    weight: has("weight") ? account.weight : null,
    volume: has("volume") ? account.volume : null,
    mainLane: mostFrequent(account.lanes),
    mainCargo: mostFrequent(account.cargos),
    receivable: has("openAmount") ? receivableOf(account, has("dueDate")) : null,
  };
}

function receivableOf(account: Account, aged: boolean): Receivable {
  const [current = 0, d1to30 = 0, d31to60 = 0, d61to90 = 0, over90 = 0] = account.open;
  return {
    balance: current + d1to30 + d31to60 + d61to90 + over90,
    buckets: aged ? [current, d1to30, d31to60, d61to90, over90] : null,
    oldestDaysPastDue: aged ? account.oldestDaysPastDue : null,
  };
}
