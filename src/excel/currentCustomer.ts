/**
 * The customer under the selection right now (the score card when the pane opens, and after a grading), where
 * `watchSelection` only reports later moves.
 */
import { parseAddress } from "../plan";
import type { BoundTable } from "./bound";
import type { RunBatch } from "./host";
import { type SelectedCustomer, type WholeTableReport, selectedCustomer } from "./selection";

/** The sheet part of an address ("'My sheet'!B2" → "My sheet"), or null without one. */
function sheetOf(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const quoted = address.slice(0, bang);
  return quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
}

export async function currentCustomer(
  run: RunBatch,
  bound: BoundTable,
  asOf: number,
  wholeTable?: WholeTableReport,
): Promise<SelectedCustomer | null> {
  const address = await run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return selected.address;
  });
  const block = parseAddress(address);
  const sheet = sheetOf(address);
  const { meta } = bound;
  if (block === null || sheet === null || sheet.toLowerCase() !== meta.sheetName.toLowerCase()) return null;
  const insideColumns =
    block.column < meta.firstColumn + meta.columnCount && block.column + block.columnCount > meta.firstColumn;
  const row = Math.max(block.row, meta.firstDataRow);
  if (!insideColumns || row >= block.row + block.rowCount || row >= meta.firstDataRow + meta.rowCount) return null;
  // The same path as a selection event's: the row's first cell inside the table.
  return selectedCustomer(run, bound, { address: `A${row + 1}`, isInsideTable: true }, asOf, wholeTable);
}
