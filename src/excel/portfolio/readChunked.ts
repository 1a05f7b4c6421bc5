/** Reads a block of a sheet in chunks sized by the bytes already seen (one sync each), for read-only views. */
import type { CellValue } from "../../engine";
import { jsonBytes, nextChunkRows } from "../payload";

export interface Block {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly width: number;
}

export async function readChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: Block,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let bytesPerRow: number | null = null;
  while (rows.length < block.rowCount) {
    const n = nextChunkRows(block.width, bytesPerRow, block.rowCount - rows.length);
    const range = sheet
      .getRangeByIndexes(block.firstRow + rows.length, block.firstColumn, n, block.width)
      .load("values");
    await context.sync();
    const values = range.values as CellValue[][];
    bytesPerRow = jsonBytes(values) / Math.max(1, values.length);
    for (const row of values) rows.push(row); // a loop: spreading 100k rows overflows the stack
  }
  return rows;
}
