/** Customers from order lines: English. */
import { formatList } from "../../../engine";
import type { LinesStrings } from "./catalog";

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const en: LinesStrings = {
  loadingTables: "Reading the workbook's tables…",
  tableLabel: "Order or shipment lines table",
  tablePlaceholder: "Choose the lines table",
  tableOption: (table, sheet) => `${table} (${sheet})`,
  looksLikeLines: "looks like lines",
  builtFromLines: "customer table built from lines",
  hasCustomerTable: (table) => `built: ${table}`,
  notLikeLines: "This table does not look like order lines: it needs customer, date and amount columns.",
  asOfLabel: "As of",
  asOfHint: "Measures cover the twelve months before this date (the date itself not included).",
  badDate: "Enter a date.",
  build: "Build customer table",
  refresh: "Refresh customer table",
  buildHint:
    "Writes a customer table on a new sheet, one row per customer: amount per month, annual amount, orders, first and last dates.",
  refreshHint: (table) =>
    `Rewrites only the measure columns of ${table}; your own columns, grades and scores stay, new customers are appended.`,
  reading: (done, total) => `Reading lines: ${done} of ${total} rows`,
  writing: (done, total) => `Writing the customer table: ${done} of ${total} rows`,
  failed: "Customer table not built",
  created: (table, sheet) => `Customer table ${table} built on sheet ${sheet}.`,
  refreshed: (table, sheet) => `Customer table ${table} on sheet ${sheet} refreshed.`,
  window: (from, to, lines) => `From ${from} to ${to}; ${plural(lines, "line", "lines")} read`,
  added: (count) => `New customers: ${count}`,
  updated: (count) => `Customers whose measures changed: ${count}`,
  unchanged: (count) => `Customers whose measures did not change: ${count}`,
  kept: (count) => `Customers no longer in the lines: ${count} (rows kept, measures blank)`,
  afterAsOf: (count) => `Lines on or after the as-of date: ${count} (not counted)`,
  newMeasures: (headers) => `New measure columns: ${formatList("en", headers)}`,
  staleMeasures: (headers) => `Measure columns no longer computed (left as they were): ${formatList("en", headers)}`,
  keptColumns: "Your own columns, the grades, the scores and the grade history were not touched.",
  issuesHeading: (count) => `Unreadable cells in the lines: ${count}`,
  gradeThis: "Grade this table",
  gradeHint: "Chooses the customer table for grading; then press Grade all.",
  graded: (table) => `${table} is chosen: press Grade all under Grade above.`,
  rfmHeading: "RFM customer types",
  rfmCaption:
    "Eight types, by whether recency (R), frequency (F) and monetary value (M) are better than the mean of all customers",
  rfmSegment: "Type",
  rfmCustomers: "Customers",
  rfmAmount: "Amount",
  rfmTotal: "Total",
  rfmScoresHeading: "R, F and M scores",
  rfmScoresCaption: "Customers per score (1–5, quintiles)",
  rfmScore: "Score",
  rfmRecency: "R (recency)",
  rfmFrequency: "F (frequency)",
  rfmMonetary: "M (monetary)",
};
