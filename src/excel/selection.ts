/** The customer under the selection, for the score card: its cells by header and its full result. */
import { type CellValue, type GradeReport, type RowResult, isRelativeInTable } from "../engine";
import { parseAddress } from "../plan";
import type { BoundTable } from "./bound";
import { gradeRows } from "./gradeChunk";
import type { RunBatch } from "./host";
import { readRows } from "./readRows";

export interface SelectedCustomer {
  /** 0-based data row. */
  readonly row: number;
  /** The row's cells by header, as read. */
  readonly record: Readonly<Record<string, CellValue>>;
  /** The row's result; `null` when the table could not be graded. */
  readonly result: RowResult | null;
  /** The report the result is of, and the row's index in it, to explain it in detail (`explainRow`). */
  readonly graded: { readonly report: GradeReport; readonly row: number } | null;
}

/**
 * The whole table graded, for a rule set whose ranks compare every customer (one row cannot be graded alone):
 * the last Grade all's report, else one the caller reads and keeps until the table or the rules change.
 */
export type WholeTableReport = () => Promise<GradeReport | null>;

/** Rows read per sync when the whole table is graded for the score card. */
const ROWS_PER_READ = 5000;

/** Reads and grades the whole bound table (nothing is written), a few thousand rows per sync. */
export async function gradeWholeTable(run: RunBatch, bound: BoundTable, asOf: number): Promise<GradeReport | null> {
  const rows = await run(async (context) => {
    const out: CellValue[][] = [];
    for (let start = 0; start < bound.meta.rowCount; start += ROWS_PER_READ) {
      const count = Math.min(ROWS_PER_READ, bound.meta.rowCount - start);
      const read = await readRows(context, bound.meta, [{ start, count }], bound.meta.columnCount);
      if (read.moved) return null; // the table changed shape while it was read: no score card from it
      for (const row of read.rows[0]?.values ?? []) out.push([...row]);
    }
    return out;
  });
  if (rows === null) return null;
  const graded = gradeRows(bound.meta.headers, rows, { ruleSet: bound.ruleSet, mapping: bound.mapping, asOf });
  return "code" in graded ? null : graded.report;
}

/** The selected row's record and result, or `null` when the selection is outside the table's data rows. */
export async function selectedCustomer(
  run: RunBatch,
  bound: BoundTable,
  args: Pick<Excel.TableSelectionChangedEventArgs, "address" | "isInsideTable">,
  asOf: number,
  wholeTable: WholeTableReport = () => gradeWholeTable(run, bound, asOf),
): Promise<SelectedCustomer | null> {
  const block = parseAddress(args.address);
  if (!args.isInsideTable || block === null) return null;
  const row = block.row - bound.meta.firstDataRow;
  if (row < 0) return null; // the header row; rows past the end are clipped by readRows
  const read = await run(async (context) => {
    const rows = await readRows(context, bound.meta, [{ start: row, count: 1 }], bound.meta.columnCount);
    const span = rows.rows[0];
    const values = span?.values[0];
    return !span || !values || rows.moved ? null : { start: span.start, values };
  });
  if (read === null) return null;
  const record = recordOf(bound.meta.headers, read.values);
  if (isRelativeInTable(bound.ruleSet, bound.mapping)) {
    const report = await wholeTable();
    const found = report && read.start < report.rowCount ? { report, row: read.start } : null;
    return { row: read.start, record, result: found && found.report.row(found.row), graded: found };
  }
  const graded = gradeRows(bound.meta.headers, [read.values], { ruleSet: bound.ruleSet, mapping: bound.mapping, asOf });
  if ("code" in graded) return { row: read.start, record, result: null, graded: null };
  return { row: read.start, record, result: graded.report.row(0), graded: { report: graded.report, row: 0 } };
}

function recordOf(headers: readonly CellValue[], values: readonly CellValue[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  headers.forEach((h, i) => {
    record[String(h ?? "")] = values[i] ?? null;
  });
  return record;
}
