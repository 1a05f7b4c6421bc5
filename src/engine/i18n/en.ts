/** The engine's texts in English. */
import { formatList } from "../lang";
import type { EngineMessages } from "./catalog";

const quote = (s: string): string => `"${s}"`;

export const en: EngineMessages = {
  cellIssues: {
    "unreadable-number": (h, r) => `"${r}" in column "${h}" is not a number or amount`,
    "unreadable-percent": (h, r) => `"${r}" in column "${h}" is not a percentage`,
    "unreadable-days": (h, r) => `"${r}" in column "${h}" is not a number of days`,
    "unreadable-date": (h, r) => `"${r}" in column "${h}" is not a date (use 2026-03-01)`,
    "unreadable-frequency": (h, r) => `"${r}" in column "${h}" is not a frequency (e.g. "twice a month", "weekly")`,
    "unreadable-boolean": (h, r) => `"${r}" in column "${h}" should be yes or no`,
    "unrecognised-words": (h, r) => `"${r}" in column "${h}" has no word the rule set knows`,
    "unknown-grade": (h, r) => `"${r}" in column "${h}" is not one of the rule set's grades`,
    "excel-error": (h, r) => `the cell in column "${h}" holds the error ${r}`,
    "out-of-range": (h, r) => `"${r}" in column "${h}" is out of range`,
    "missing-value": (h) => `column "${h}" is blank on this line, so the line is left out`,
  },
  headerIssues: {
    "duplicate-field": (header, field, first) =>
      `Columns "${first}" and "${header}" both mean "${field}"; only "${first}" is used. Delete or rename one of them.`,
    "ambiguous-header": (header, fields) =>
      `Column "${header}" could mean ${formatList("en", fields.map(quote), "disjunction")}; rename it or choose its field in the mapping.`,
    "unknown-field": (header, field) =>
      `Column "${header}" is mapped to an unknown field "${field}"; the mapping is ignored.`,
  },
  tableProblems: {
    "no-header": 'The table has no header row: put column names such as "Customer" in its first row.',
    "no-recognised-columns": (examples) =>
      `No column the grading can use was recognised: add or rename columns, e.g. ${formatList("en", examples, "disjunction")}.`,
  },
  notAssessed: {
    table: (d) =>
      `The table has no data for ${formatList("en", d.map(quote))}: not assessed; grades are weighted over the other dimensions`,
    howToAdd: (d, f) => `add a column such as ${formatList("en", f.map(quote), "disjunction")} to assess ${quote(d)}`,
    rules: (r) => `The table lacks whole columns, so these checks were not run: ${r.join("; ")}`,
    row: (d) => `not assessed (no data in the table): ${formatList("en", d)}`,
  },
  sources: {
    annualised: (h, p) => `from "${h}" (${p}), scaled to a year`,
    fromMonths: (n) => `the sum of ${n} months`,
    ratio: (a, b) => `"${a}" ÷ "${b}"`,
    phrase: (h) => `from the frequency written in "${h}"`,
    count: (h) => `from "${h}", as a number a year`,
    ageingDays: (h) => `the oldest ageing bucket holding a balance (${h.map(quote).join(", ")})`,
    ageingSum: (h) => `the sum of the ageing buckets (${h.map(quote).join(", ")})`,
    ageingOverdue: (h) => `the sum of the overdue buckets (${h.map(quote).join(", ")})`,
  },
  moneyScale: {
    relative: (c, t, p) =>
      `${c} is scored by rank in this table (top ${t}% get ${p} points), whatever the currency or unit`,
    absolute: (c, a, p) => `${c} is scored in fixed amount bands (at least ${a} gets ${p} points)`,
  },
  asOfFromPeriod: (h, d) =>
    `The table's figures are of a closed year (from "${h}"): days and years are counted to ${d}`,
  remarks: {
    separator: "; ",
    incompletePrefix: "Data incomplete: ",
    nothingToScore: "no data the rule set can score",
    unreadableCells: "some cells could not be read; check them and grade again",
  },
  rfmSegments: {
    importantValue: "Important value customer",
    importantDevelop: "Important development customer",
    importantKeep: "Important retention customer",
    importantRetain: "Important win-back customer",
    generalValue: "General value customer",
    generalDevelop: "General development customer",
    generalKeep: "General retention customer",
    generalRetain: "General win-back customer",
  },
  lines: {
    fields: {
      customer: "customer name",
      date: "date",
      amount: "amount",
      profit: "profit",
      cost: "cost",
      orderNo: "order number",
      weight: "weight",
      volume: "volume",
      lane: "lane",
      cargo: "cargo",
      dueDate: "due date",
      openAmount: "open amount",
    },
    missingColumns: (fields, headers) =>
      `The lines table has no ${fields.join(", ")} column (its columns: ${headers.join(", ")}): every line needs at least a customer name, a date and an amount. Add those columns, or rename their headers to common names (such as Customer Name, Ship Date, Freight).`,
    noLines: (afterAsOf) =>
      afterAsOf > 0
        ? `No line is dated before the as-of date: all ${afterAsOf} lines are dated on or after it. Choose a later as-of date.`
        : "The lines table has no usable line: each needs a customer name, a readable date and an amount.",
  },
};
