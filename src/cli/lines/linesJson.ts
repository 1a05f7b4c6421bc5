/** The `--json` documents of `customers` and `rfm`: stable shapes that other tools read. */
import { type CustomersFromLines, type Lang, isoDateOfSerial } from "../../engine";
import { rfmSegmentName } from "../../engine/lines";

const cents = (n: number): number => Math.round(n * 100) / 100;

export interface RfmJson {
  readonly rows: readonly {
    readonly customer: string;
    readonly recency: number;
    readonly frequency: number;
    readonly monetary: number;
    readonly r: number;
    readonly f: number;
    readonly m: number;
    /** The type's zh-CN name (重要价值客户 …), whatever the messages' language. */
    readonly segment: string;
  }[];
}

export function rfmJson(build: CustomersFromLines): RfmJson {
  return {
    rows: build.rfm.map((row) => ({
      customer: row.customer,
      recency: row.recency,
      frequency: row.frequency,
      monetary: cents(row.monetary),
      r: row.r,
      f: row.f,
      m: row.m,
      segment: rfmSegmentName(row.segment, "zh-CN"),
    })),
  };
}

/** What `customers --json` prints: the window, how each line column was read, and what was left out. */
export function customersJson(build: CustomersFromLines, lang: Lang, written: string) {
  return {
    asOf: isoDateOfSerial(build.window.asOf),
    window: { from: isoDateOfSerial(build.window.from), to: isoDateOfSerial(build.window.to) },
    columns: Object.fromEntries(Object.entries(build.mapping.columns).map(([field, column]) => [field, column.header])),
    customers: build.customers.length,
    linesAfterAsOf: build.linesAfterAsOf,
    issues: build.issues.map((issue) => ({
      row: issue.row + 1, // 1-based data row, as `grade --json` counts them
      column: issue.header,
      code: issue.code,
      message: issue.message[lang],
    })),
    headers: build.table.headers,
    written,
  };
}
