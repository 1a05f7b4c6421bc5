/** The customer under the selection, for the score card: its cells by header and its full result. */
import type { CellValue, RowResult } from "../engine";
import { parseAddress } from "./addresses";
import type { BoundTable } from "./bound";
import { gradeRows } from "./gradeChunk";
import type { RunBatch } from "./host";
import { readRows } from "./readRows";

export interface SelectedCustomer {
  /** 0-based data row. */
  readonly row: number;
  /** The row's cells by header, as read. */
  readonly record: Readonly<Record<string, CellValue>>;
  readonly result: RowResult;
}

/** The selected row's record and result, or `null` when the selection is outside the table's data rows. */
export async function selectedCustomer(
  run: RunBatch,
  bound: BoundTable,
  args: Pick<Excel.TableSelectionChangedEventArgs, "address" | "isInsideTable">,
  asOf: number,
): Promise<SelectedCustomer | null> {
  const block = parseAddress(args.address);
  if (!args.isInsideTable || block === null) return null;
  const row = block.row - bound.meta.firstDataRow;
  if (row < 0 || row >= bound.meta.rowCount) return null;
  if (bound.lastReport) {
    // Rank criteria: the row's result depends on every row, so it comes from the last full grading.
    const values = await run(async (context) => {
      const read = await readRows(context, bound.meta, [{ start: row, count: 1 }], bound.meta.columnCount);
      return read.rows[0]?.values[0] ?? [];
    });
    return { row, record: recordOf(bound.meta.headers, values), result: bound.lastReport.row(row) };
  }
  return run(async (context) => {
    const read = await readRows(context, bound.meta, [{ start: row, count: 1 }], bound.meta.columnCount);
    const span = read.rows[0];
    const values = span?.values[0];
    if (!span || !values) return null;
    const graded = gradeRows(read.meta.headers, [values], { ruleSet: bound.ruleSet, mapping: bound.mapping, asOf });
    if ("code" in graded) return null;
    return { row: span.start, record: recordOf(read.meta.headers, values), result: graded.report.row(0) };
  });
}

function recordOf(headers: readonly CellValue[], values: readonly CellValue[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  headers.forEach((h, i) => {
    record[String(h ?? "")] = values[i] ?? null;
  });
  return record;
}
