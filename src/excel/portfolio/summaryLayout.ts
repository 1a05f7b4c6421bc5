/**
 * The summary sheet's cells, worked out before anything is written: a title and time, one row per grade
 * (customers, annual amount, their shares), the ungraded, a total, then the issue counts. The chart reads
 * the grade rows' first three columns. The block always has the same height, so a shorter summary blanks out
 * what a longer one left below it.
 */
import type { GradeBreakdown } from "../../engine";
import type { PortfolioLabels } from "../i18n/catalog";

/** Rows the block takes (rule sets have far fewer grades). */
export const SUMMARY_ROWS = 40;
export const SUMMARY_COLUMNS = 5;
/** 0-based sheet row of the table's header row. */
export const SUMMARY_HEADER_ROW = 3;

export interface SummaryLayout {
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  /** Header row plus one row per grade (the ungraded included), columns A:C: what the chart shows. */
  readonly chartRows: number;
}

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const SHARE = "0.0%";
const TIME = "yyyy-mm-dd hh:mm";

export function summaryLayout(breakdown: GradeBreakdown, labels: PortfolioLabels, updated: number): SummaryLayout {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const push = (row: (string | number)[], format: string[]): void => {
    values.push([...row, ...new Array<string>(SUMMARY_COLUMNS - row.length).fill("")]);
    formats.push([...format, ...new Array<string>(SUMMARY_COLUMNS - format.length).fill("General")]);
  };
  push([labels.summaryTitle], []);
  push([labels.updated, updated], ["General", TIME]);
  push([], []);
  push([labels.grade, labels.customers, labels.amount, labels.customerShare, labels.amountShare], []);
  // The letters as text ("'A"): a grade named "1" must not become a number.
  for (const share of breakdown.grades) {
    push(
      [
        share.grade === null ? labels.ungraded : `'${share.grade}`,
        share.customers,
        share.amount,
        share.customerShare,
        share.amountShare,
      ],
      ["General", COUNT, MONEY, SHARE, SHARE],
    );
  }
  push(
    [
      labels.total,
      breakdown.customers,
      breakdown.amount,
      breakdown.customers === 0 ? 0 : 1,
      breakdown.amount === 0 ? 0 : 1,
    ],
    ["General", COUNT, MONEY, SHARE, SHARE],
  );
  push([], []);
  push([labels.issues, breakdown.issues], ["General", COUNT]);
  push([labels.withoutAmount, breakdown.withoutAmount], ["General", COUNT]);
  while (values.length < SUMMARY_ROWS) push([], []);
  return { values, numberFormats: formats, chartRows: breakdown.grades.length + 1 };
}
