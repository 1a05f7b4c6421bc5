/**
 * Freezing the table's header, without undoing the analyst's own frozen panes: frozen columns are kept,
 * rows already frozen down to (or past) the header are left as they are, and a header far down the sheet is
 * not frozen at all (it would pin most of the screen). The decision only; each host reads what is frozen
 * and freezes in its own way.
 */

/** A header below this many sheet rows is not frozen. */
export const FREEZE_ROW_LIMIT = 10;

export type FreezeOutcome = "frozen" | "kept" | "header too far down";

export interface FrozenNow {
  readonly rows: number;
  readonly columns: number;
}

export function freezeOutcome(rows: number, now: FrozenNow): FreezeOutcome {
  if (rows > FREEZE_ROW_LIMIT) return "header too far down";
  return now.rows >= rows ? "kept" : "frozen";
}
