/**
 * Freezing the table's header, without undoing the analyst's own frozen panes: frozen columns are kept,
 * rows already frozen down to (or past) the header are left as they are, and a header far down the sheet is
 * not frozen at all (it would pin most of the screen).
 */

/** A header below this many sheet rows is not frozen. */
export const FREEZE_ROW_LIMIT = 10;
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export type FreezeOutcome = "frozen" | "kept" | "header too far down";

export interface FrozenNow {
  readonly rows: number;
  readonly columns: number;
}

/** Queues reading what is frozen on `sheet`; call the result after the sync. */
export function queueFrozenRead(sheet: Excel.Worksheet): () => FrozenNow {
  const location = sheet.freezePanes.getLocationOrNullObject().load("rowCount,columnCount");
  return () => {
    if (location.isNullObject) return { rows: 0, columns: 0 };
    // Only columns frozen: the location is whole columns (every row), and the other way round.
    return {
      rows: location.rowCount >= SHEET_ROWS ? 0 : location.rowCount,
      columns: location.columnCount >= SHEET_COLUMNS ? 0 : location.columnCount,
    };
  };
}

export function freezeOutcome(rows: number, now: FrozenNow): FreezeOutcome {
  if (rows > FREEZE_ROW_LIMIT) return "header too far down";
  return now.rows >= rows ? "kept" : "frozen";
}

/** Queues freezing the top `rows`, keeping the frozen columns; returns what was decided. */
export function queueFreezeHeader(sheet: Excel.Worksheet, rows: number, now: FrozenNow): FreezeOutcome {
  const outcome = freezeOutcome(rows, now);
  if (outcome !== "frozen") return outcome;
  if (now.columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, now.columns));
  else sheet.freezePanes.freezeRows(rows);
  return outcome;
}
