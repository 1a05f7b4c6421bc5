/**
 * Customers built from order or shipment lines (订单明细 / 运单明细 / 发货记录): the vocabulary shared by the
 * line reader, the per-customer measures, RFM and every host that shows them. Plain data only.
 */
import type { ExcelSerial } from "../values/date";
import type { CellIssue, Lang, Localized, Result, Table } from "../types";

/** What a column of a lines table holds. Customer, date and amount are required; the rest are optional. */
export const LINE_FIELDS = [
  "customer",
  "date",
  "amount",
  "profit",
  "cost",
  "orderNo",
  "weight",
  "volume",
  "lane",
  "cargo",
  "dueDate",
  "openAmount",
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** One column of a lines table recognised as a line field. */
export interface LineColumn {
  readonly field: LineField;
  /** 0-based column index in the lines table. */
  readonly index: number;
  readonly header: string;
  /** Multiplier from the header's unit to the base unit (万元 → 10000, 千克 → 0.001 t); 1 when none. */
  readonly scale: number;
  /**
   * How the column was read where its header left a choice: the customer keyed by its number or e-mail because
   * the table has no name column ("customer-id"), an amount net of tax or with tax. Absent when there was none.
   */
  readonly basis?: LineColumnBasis;
}

/** See {@link LineColumn.basis}. */
export type LineColumnBasis = "customer-id" | "net-of-tax" | "with-tax";

export interface LinesMapping {
  readonly columns: Partial<Readonly<Record<LineField, LineColumn>>>;
  /** Headers no line field was found for, kept as they are (the builder ignores them). */
  readonly ignored: readonly { readonly index: number; readonly header: string }[];
  /**
   * When the lane is a destination column (目的地, POD) and the table also has an origin (起运地, POL): the
   * origin, so a lane reads "上海→北京". Absent otherwise.
   */
  readonly laneOrigin?: LineColumn;
}

/**
 * "The twelve months before the as-of date": the year up to the day before it. As of 2018-01-01 the window
 * is 2017-01-01 … 2017-12-31; as of 2018-07-15 it is 2017-07-15 … 2018-07-14.
 */
export interface MeasureWindow {
  readonly asOf: ExcelSerial;
  /** First day in the window (inclusive). */
  readonly from: ExcelSerial;
  /** Last day in the window (inclusive): the day before `asOf`. */
  readonly to: ExcelSerial;
}

/** Everything measured for one customer from its lines. Amounts are in the base unit (元, or the file's). */
export interface CustomerMeasures {
  readonly customer: string;
  /**
   * Amount per calendar month of the window, index 0 = January … 11 = December (the template's 1月…12月). When
   * the window does not start on the 1st, the as-of month's two partial months add up in one column, so the
   * twelve always sum to `annualAmount`.
   */
  readonly months: readonly number[];
  /** Sum of the amounts in the window. */
  readonly annualAmount: number;
  /** Distinct order numbers in the window when there is an order column, else lines in the window. */
  readonly orderCount: number;
  /** Earliest line date before the as-of date (any year). */
  readonly firstDate: ExcelSerial;
  /** Latest line date before the as-of date (any year). */
  readonly lastDate: ExcelSerial;
  /** Profit in the window: the profit column's sum, else amount − cost; null when neither column exists. */
  readonly profit: number | null;
  /** profit ÷ annualAmount (a fraction, 0.18 = 18 %); null without profit or with no amount. */
  readonly margin: number | null;
  /** Sums in the window, null when the lines have no such column. */
  readonly weight: number | null;
  readonly volume: number | null;
  /** The lane and cargo seen most often in the window (ties: the first in the lines), null without the column. */
  readonly mainLane: string | null;
  readonly mainCargo: string | null;
  /** What the customer still owes, when the lines carry an open (unpaid) amount; null without that column. */
  readonly receivable: Receivable | null;
}

/**
 * The open amounts of a customer's lines dated before the as-of date (any year), and, when the lines carry a due
 * date, how far past it: the buckets of an ERP's ageing report, days counted from the due date to the as-of date.
 */
export interface Receivable {
  /** Sum of the open amounts. */
  readonly balance: number;
  /** Open amounts not yet due, 1–30, 31–60, 61–90 and over 90 days past due; null without a due-date column. */
  readonly buckets: readonly [number, number, number, number, number] | null;
  /** Days past due of the oldest line still open (0 when none is past due); null without a due date. */
  readonly oldestDaysPastDue: number | null;
}

/** The eight RFM customer types, by which of R, F, M are above the mean of all customers. */
export const RFM_SEGMENTS = [
  "importantValue", // R F M high   重要价值客户
  "importantDevelop", // R M high, F low   重要发展客户
  "importantKeep", // F M high, R low   重要保持客户
  "importantRetain", // only M high   重要挽留客户
  "generalValue", // R F high, M low   一般价值客户
  "generalDevelop", // only R high   一般发展客户
  "generalKeep", // only F high   一般保持客户
  "generalRetain", // none high   一般挽留客户
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** One customer's RFM row, as `customer-grader rfm --json` prints it (segment there is the zh-CN name). */
export interface RfmRow {
  readonly customer: string;
  /** Days from the customer's last line before the as-of date to the as-of date. */
  readonly recency: number;
  /** Orders in the window (CustomerMeasures.orderCount). */
  readonly frequency: number;
  /** Amount in the window (CustomerMeasures.annualAmount). */
  readonly monetary: number;
  /** NTILE(5) scores: 5 is the most recent / most frequent / largest. */
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly segment: RfmSegment;
}

/** The customer table built from lines, ready to write and to grade. */
export interface CustomersFromLines {
  readonly window: MeasureWindow;
  readonly mapping: LinesMapping;
  /** One per customer with at least one line before the as-of date, ordered by customer name (code points). */
  readonly customers: readonly CustomerMeasures[];
  readonly rfm: readonly RfmRow[];
  /** Header row (field labels in the requested language, so the grader maps them back) and one row per customer. */
  readonly table: Table;
  /** Lines dated on or after the as-of date, left out of every measure. */
  readonly linesAfterAsOf: number;
  /** Lines without a customer name (left out) and unreadable date/amount cells, each with row and column. */
  readonly issues: readonly CellIssue[];
}

/** Why no customer table can be built from a lines table. */
export type LinesProblem =
  | { readonly kind: "missing-columns"; readonly missing: readonly LineField[]; readonly message: Localized }
  | { readonly kind: "no-lines"; readonly message: Localized };

/** What builds the customer table from a lines table; hosts receive it, so they need not import the builder. */
export type BuildCustomers = (
  lines: Table,
  options: { readonly asOf: ExcelSerial; readonly lang: Lang },
) => Result<CustomersFromLines, LinesProblem>;

/** An RFM type's name in a language (重要价值客户 / 重要價值客戶 / Champions …). */
export type SegmentName = (segment: RfmSegment, lang: Lang) => string;
