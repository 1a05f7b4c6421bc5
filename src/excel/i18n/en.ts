/** The Excel adapter's texts in English. */
import { FIELDS, type FieldId } from "../../engine";
import type { AdapterMessages } from "./catalog";

const quote = (s: string): string => `"${s}"`;
const field = (id: FieldId): string => FIELDS[id].label.en;

export const en: AdapterMessages = {
  errors: {
    "host-too-old": (set) =>
      `This version of Excel lacks features the add-in needs (${set}). Update Office, or use Microsoft 365 or Excel on the web.`,
    "no-tables":
      "The workbook has no tables. Select the customer data, press Ctrl+T to make it a table, and try again.",
    "table-not-found": (name) =>
      `Table ${quote(name)} was not found. Choose the customer table again in the task pane.`,
    "table-renamed": (oldName, newName) =>
      `Table ${quote(oldName)} was renamed to ${quote(newName)}. Confirm by choosing it again.`,
    "table-deleted": (name) => `Table ${quote(name)} was deleted. Choose another customer table.`,
    "not-bound": "No customer table has been chosen yet.",
    "table-changed": "That cell belongs to the table chosen before. Grade the current table again.",
    "column-not-found": (header) =>
      `The table has no column "${header}" any more. Choose the table again to see its columns.`,
    "name-in-use": (wanted) =>
      `${quote(wanted)} and its numbered variants are all in use. The add-in never overwrites your sheets; rename one and try again.`,
    "portfolio-failed": (detail) =>
      `The table was graded, but the grade summary or grade history could not be updated (${detail}). Grade all tries again next time.`,
    "lines-unusable": (detail) => `No customer table can be built from these lines: ${detail}`,
    "measure-columns-missing": (headers) =>
      `The customer table no longer has the measure column${headers.length > 1 ? "s" : ""} ${headers.map((h) => `"${h}"`).join(", ")} (renamed or deleted?). The add-in does not guess where they went: rename them back, or delete the customer table and build it again.`,
    "measure-column-taken": (header) =>
      `The customer table already has a column of yours headed "${header}"; the add-in does not overwrite it. Rename that column, then refresh.`,
  },
  linesNames: { sheet: "Customers from lines", table: "CustomersFromLines" },
  portfolioNames: {
    summarySheet: "Grade summary",
    historySheet: "Grade history",
    historyTable: "GradeHistory",
    reviewSheet: "Year-end review",
    chart: "Grade summary chart",
  },
  portfolioLabels: {
    summaryTitle: (table) => `Customer grade summary: table ${table}`,
    historyTitle: (table) => `Grade changes: table ${table}`,
    updated: "Updated",
    grade: "Grade",
    customers: "Customers",
    amount: "Annual amount",
    customerShare: "Share of customers",
    amountShare: "Share of amount",
    ungraded: "Not graded",
    total: "Total",
    issues: "Unreadable cells",
    withoutAmount: "Customers without an annual amount",
    chartTitle: "Customers and annual amount per grade",
    balance: field("outstandingBalance"),
    overdue: field("overdueAmount"),
    overdueShare: "Overdue share",
    ageing: ["Not yet due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days"],
    history: ["Date", "Customer", "Customer ID", "Old grade", "New grade", "Score"],
  },
  review: {
    title: (table) => `Year-end review: table ${table}`,
    since: "Since",
    migration: "Tier migration (rows: old grade, columns: new grade)",
    fromTo: "Old \\ new grade",
    noGrade: "No grade",
    customersMoved: "Customers whose grade changed",
    keyAccounts: "Key accounts: assign each a dedicated representative",
    keyHeaders: [field("customerName"), "Grade", field("score"), "Dedicated representative"],
    unassigned: "(none yet: assign one)",
    unsettled: "Customers who must settle this year's balance first",
    unsettledHeaders: [field("customerName"), "Grade", field("outstandingBalance"), field("overdueDays")],
    unsettledWhen: (condition) => `Listed by the rule set's cap: ${condition}`,
    unsettledAnyOverdue: "Listed when: a balance is owed and past due (any number of days)",
    dropCandidates:
      "Candidates to drop (lowest grade, no margin, no prospects): for you to decide; the add-in deletes no customer",
    dropHeaders: [field("customerName"), "Grade", field("grossMargin"), "Prospects points"],
    none: "(none)",
  },
};
