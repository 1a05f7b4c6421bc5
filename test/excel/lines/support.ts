/** A workbook with a lines table (运单明细) for the customers-from-lines tests, and what they read back. */
import { createExcelAdapter } from "../../../src/excel";
import { type CellInput, createWorkbook } from "../../../src/simulator";
import { testBuildCustomers } from "../../support/testCustomersBuilder";
import { TODAY, type Workbook, hostOf } from "../fixtures";

const LINES_HEADERS = ["运单号", "日期", "客户", "金额"];
/** As of 2026-11-22 (TODAY): the window is 2025-11-22 … 2026-11-21. */
export const LINES: CellInput[][] = [
  ["Y001", "2026-01-10", "华通电子", 1000],
  ["Y002", "2026-03-02", "申达物资", 250],
  ["Y003", "2026-05-20", "华通电子", 500],
  ["Y004", "2026-07-01", "联运纺织", 80],
  ["Y005", "2026-11-30", "申达物资", 999], // after the as-of date
];

export function linesWorkbook(rows: CellInput[][] = LINES): Workbook {
  return createWorkbook({
    sheets: [{ name: "运单明细" }, { name: "Notes", cells: [["keep me"]] }],
    tables: [{ name: "运单明细", sheet: "运单明细", topRow: 0, leftColumn: 0, headers: LINES_HEADERS, rows }],
  });
}

export function adapterOn(workbook: Workbook) {
  return createExcelAdapter(hostOf(workbook), { today: TODAY });
}

export const AS_OF = 46348; // 2026-11-22

/** Builds (or refreshes) from 运单明细 with the test builder, in zh-CN. */
export async function buildFrom(adapter: ReturnType<typeof adapterOn>, lang: "zh-CN" | "zh-TW" | "en" = "zh-CN") {
  const result = await adapter.buildCustomerTable("运单明细", testBuildCustomers, { asOf: AS_OF, lang });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

/** The analyst appends lines at the end of the lines table, as pasting below a table does. */
export async function appendLines(workbook: Workbook, rows: (string | number)[][]): Promise<void> {
  await workbook.run(async (context) => {
    context.workbook.tables.getItem("运单明细").rows.add(undefined, rows);
    await context.sync();
  });
}

/** The analyst adds a column of their own at the table's right end. */
export async function addColumn(
  workbook: Workbook,
  table: string,
  header: string,
  values: (string | number)[],
): Promise<void> {
  await workbook.run(async (context) => {
    context.workbook.tables.getItem(table).columns.add(undefined, [[header], ...values.map((v) => [v])]);
    await context.sync();
  });
}
