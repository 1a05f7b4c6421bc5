/** Rows cut into pieces a request can carry (Excel on the web refuses requests over 5 MB), sized by their bytes. */
import type { CellValue } from "../../engine";
import { jsonBytes, nextChunkRows } from "../payload";

/** How many rows the byte size per row is estimated from. */
const SAMPLE_ROWS = 200;

export function rowChunks<T extends readonly CellValue[]>(rows: readonly T[], width: number): T[][] {
  if (rows.length === 0) return [];
  const sample = rows.slice(0, SAMPLE_ROWS);
  const bytesPerRow = jsonBytes(sample) / sample.length;
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length;) {
    const n = nextChunkRows(width, bytesPerRow, rows.length - start);
    chunks.push(rows.slice(start, start + n));
    start += n;
  }
  return chunks;
}
