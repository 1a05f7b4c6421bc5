/**
 * Reading and freezing panes in Excel, as `freezeOutcome` (`src/plan/freezeHeader.ts`) decides: frozen
 * columns are kept, rows already frozen down to the header stay.
 */
import { type FreezeOutcome, type FrozenNow, SHEET_COLUMNS, freezeOutcome } from "../../plan";

const SHEET_ROWS = 1_048_576;

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

/** Queues freezing the top `rows`, keeping the frozen columns; returns what was decided. */
export function queueFreezeHeader(sheet: Excel.Worksheet, rows: number, now: FrozenNow): FreezeOutcome {
  const outcome = freezeOutcome(rows, now);
  if (outcome !== "frozen") return outcome;
  if (now.columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, now.columns));
  else sheet.freezePanes.freezeRows(rows);
  return outcome;
}
