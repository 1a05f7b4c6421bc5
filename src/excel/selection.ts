/** The customer under the selection, for the score card: its cells by header and its full result. */
import { type CellValue, type RowResult, isRelativeToTable } from "../engine";
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
  /**
   * The row's result; `null` under a rule set with rank criteria until Grade all has run in this session
   * (a rank depends on every row, so one row cannot be graded alone).
   */
  readonly result: RowResult | null;
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
  if (row < 0) return null; // the header row; rows past the end are clipped by readRows
  return run(async (context) => {
    const read = await readRows(context, bound.meta, [{ start: row, count: 1 }], bound.meta.columnCount);
    const span = read.rows[0];
    const values = span?.values[0];
    if (!span || !values || read.moved) return null;
    const record = recordOf(bound.meta.headers, values);
    if (isRelativeToTable(bound.ruleSet)) {
      const report = bound.lastReport;
      return {
        row: span.start,
        record,
        result: report && span.start < report.rowCount ? report.row(span.start) : null,
      };
    }
    const graded = gradeRows(bound.meta.headers, [values], { ruleSet: bound.ruleSet, mapping: bound.mapping, asOf });
    return { row: span.start, record, result: "code" in graded ? null : graded.report.row(0) };
  });
}

function recordOf(headers: readonly CellValue[], values: readonly CellValue[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  headers.forEach((h, i) => {
    record[String(h ?? "")] = values[i] ?? null;
  });
  return record;
}
