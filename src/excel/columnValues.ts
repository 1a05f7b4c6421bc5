/**
 * What one column of the bound table holds, for the pane's "new indicator" dialog: how many cells are numbers
 * and their range, and the distinct texts with how often each occurs. The column is read in chunks sized like
 * Grade all's (never a whole huge table in one request); only the tally is kept, not the cells.
 */
import { type CellValue, type Result, err, ok, parseNumber } from "../engine";
import { type AdapterError, adapterErrors } from "./errors";
import { jsonBytes, nextChunkRows } from "./payload";
import type { Binding } from "./settings";
import { syncTableMeta } from "./syncTableMeta";

/** Distinct texts returned, most frequent first. */
export const TEXTS_SHOWN = 30;
/** Distinct texts counted: past this many, further new texts are only counted as "more". */
const TEXTS_COUNTED = 1000;

export interface ColumnText {
  readonly value: string;
  readonly count: number;
}

export interface ColumnValues {
  readonly header: string;
  /** Data rows read (the table's). */
  readonly rowCount: number;
  readonly blank: number;
  /** Cells that read as a number (Excel numbers and numbers typed as text: "85", "¥1,200"). */
  readonly numbers: { readonly count: number; readonly min: number; readonly max: number } | null;
  /** Cells holding TRUE or FALSE. */
  readonly booleans: number;
  /** Other cells (text that is not a number), as distinct trimmed texts, most frequent first. */
  readonly texts: readonly ColumnText[];
  /** Cells whose text is not in `texts` (rarer ones, past the first `TEXTS_SHOWN` distinct texts). */
  readonly otherTextCells: number;
  /** Distinct texts not in `texts` (at least; counting stops at a thousand). */
  readonly otherTexts: number;
}

/** Adds cells up chunk by chunk. */
export class ColumnTally {
  private rows = 0;
  private blank = 0;
  private booleans = 0;
  private numberCount = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly counts = new Map<string, number>();
  private uncountedCells = 0;
  private uncountedTexts = 0;

  add(cells: readonly CellValue[]): void {
    for (const cell of cells) {
      this.rows++;
      if (typeof cell === "boolean") {
        this.booleans++;
        continue;
      }
      const text = typeof cell === "string" ? cell.trim() : cell;
      if (text === null || text === undefined || text === "") {
        this.blank++;
        continue;
      }
      const number = parseNumber(text);
      if (typeof number === "number") {
        this.numberCount++;
        if (number < this.min) this.min = number;
        if (number > this.max) this.max = number;
        continue;
      }
      const key = String(text);
      const seen = this.counts.get(key);
      if (seen !== undefined) this.counts.set(key, seen + 1);
      else if (this.counts.size < TEXTS_COUNTED) this.counts.set(key, 1);
      else {
        this.uncountedCells++;
        this.uncountedTexts++; // may count one text twice: "at least" is all the dialog says
      }
    }
  }

  result(header: string): ColumnValues {
    // Most frequent first; a Map keeps first-seen order, and sort is stable, so ties stay in table order.
    const all = [...this.counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
    const texts = all.slice(0, TEXTS_SHOWN);
    const rest = all.slice(TEXTS_SHOWN);
    return {
      header,
      rowCount: this.rows,
      blank: this.blank,
      numbers: this.numberCount > 0 ? { count: this.numberCount, min: this.min, max: this.max } : null,
      booleans: this.booleans,
      texts,
      otherTextCells: rest.reduce((sum, t) => sum + t.count, 0) + this.uncountedCells,
      otherTexts: rest.length + this.uncountedTexts,
    };
  }
}

/**
 * Reads the column headed `header` of the bound table: one sync for the table's bounds and header (the column
 * is found by its header, wherever it is now), then one per chunk of rows.
 */
export async function readColumnValues(
  context: Excel.RequestContext,
  binding: Binding,
  header: string,
): Promise<Result<ColumnValues, AdapterError>> {
  const synced = await syncTableMeta(context, binding);
  if (!synced.ok) return synced;
  const { meta } = synced.value;
  const index = meta.headers.findIndex((h) => String(h ?? "").trim() === header.trim());
  if (index < 0) return err(adapterErrors.columnNotFound(header));
  const worksheet = context.workbook.worksheets.getItem(meta.sheetName);
  const tally = new ColumnTally();
  let bytesPerRow: number | null = null;
  for (let start = 0; start < meta.rowCount;) {
    const count = nextChunkRows(1, bytesPerRow, meta.rowCount - start);
    const range = worksheet
      .getRangeByIndexes(meta.firstDataRow + start, meta.firstColumn + index, count, 1)
      .load("values");
    await context.sync();
    const values = range.values as CellValue[][];
    tally.add(values.map((row) => row[0] ?? null));
    bytesPerRow = Math.max(1, jsonBytes(values) / Math.max(1, count));
    start += count;
  }
  return ok(tally.result(header));
}
