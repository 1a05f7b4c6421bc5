/**
 * The header row of the English CRM export the grading issue describes (a Superstore-style customer extract),
 * shared by the tests that write their own small tables of that shape.
 */
export const CRM_EXPORT_HEADERS: readonly string[] = [
  "Customer ID",
  "Customer Name",
  "Segment",
  "Region",
  "Sales (2017)",
  "Profit (2017)",
  "Orders (2017)",
  "First Order Date",
  "Last Order Date",
  "Ship Mode",
];
