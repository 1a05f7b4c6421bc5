/**
 * The demo's workbook: the 30-customer sample (samples/logistics-customers.json) on Sheet1, and seed 000's
 * worked example on Sheet2 with the analyst's own grades and remarks already typed in, as the source shows it;
 * on Sheet3 a ledger shaped like a TMS export, for the column review (tmsLedger.ts); on Sheet4 the waybill lines
 * of about 40 shippers over two years, for the customers-from-lines part (orderLines.ts). Sheets and tables the
 * add-in makes (a customer table built from the lines) are part of the workbook like these.
 */
import sample from "../../samples/logistics-customers.json";
import seed000 from "../../samples/seed-000.json";
import type { SimWorkbook, TableSpec, WorkbookSpec } from "../simulator";
import { demoOrderLines } from "./orderLines";
import { TMS_LEDGER } from "./tmsLedger";

/** Seed 000's worked example, as the source document writes it. */
const SEED_000: Pick<TableSpec, "headers" | "rows"> = { headers: seed000.headers, rows: seed000.rows };

/** Where each table sits: the grid draws these, and a snapshot reads them back. */
const DEMO_TABLES = [
  { name: "客户表", sheet: "Sheet1", topRow: 0, leftColumn: 0 },
  { name: "示例表", sheet: "Sheet2", topRow: 0, leftColumn: 0 },
  { name: "运输台账", sheet: "Sheet3", topRow: 0, leftColumn: 0 },
  { name: "运单明细", sheet: "Sheet4", topRow: 0, leftColumn: 0 },
] as const;

export const DEMO_SHEETS = ["Sheet1", "Sheet2", "Sheet3", "Sheet4"] as const;

/** The demo's workbook as it opens; the order lines run up to the day before `today`. */
export function sampleWorkbookSpec(today: Date = new Date()): WorkbookSpec {
  const [customers, seed, ledger, lines] = DEMO_TABLES;
  return {
    sheets: DEMO_SHEETS.map((name) => ({ name })),
    tables: [
      { ...customers, headers: sample.headers, rows: sample.rows },
      { ...seed, ...SEED_000 },
      { ...ledger, ...TMS_LEDGER },
      { ...lines, ...demoOrderLines(today) },
    ],
  };
}

/**
 * The workbook as it is now, as a spec to open it again (when the pane reloads, so the old pane's event
 * handlers go with the old workbook, as Excel drops a closed add-in's handlers). Keeps the tables' cells as
 * stored (formulas as formulas) and the settings; number formats and the selection start afresh.
 */
export function snapshotSpec(workbook: SimWorkbook): WorkbookSpec {
  return {
    sheets: workbook.sheetNames().map((name) => ({ name })),
    tables: workbook.tableLayouts().map((table) => {
      const { headers, rows } = workbook.tableValues(table.name);
      return { ...table, headers: headers.map(String), rows };
    }),
    settings: workbook.settings,
  };
}
