/** `Worksheet.freezePanes` (ExcelApi 1.7): frozen top rows and left columns of a sheet. */
import { SHEET_COLUMNS, SHEET_ROWS } from "./address";
import { SimBag } from "./bag";
import { invalidArgument } from "./errors";
import { formattingOf } from "./formatting";
import type { SheetModel } from "./model";
import { SimRange, rangeAtAddress } from "./range";
import type { Session, Transaction } from "./session";

function count(value: number | undefined, limit: number, at: string): number {
  const n = value ?? 1;
  if (!Number.isInteger(n) || n < 0 || n >= limit) throw invalidArgument(at, `count ${String(value)}`);
  return n;
}

export class SimWorksheetFreezePanes extends SimBag<SheetModel> {
  constructor(session: Session, path: string, resolver: (tx: Transaction) => SheetModel | null) {
    super(session, path, resolver, { entity: "WorksheetFreezePanes", properties: {} });
  }

  /** Freezes the top `count` rows (1 if omitted; 0 unfreezes rows), keeping frozen columns. */
  freezeRows(rows?: number): void {
    this.method(`freezeRows(${String(rows)})`, (sheet, _tx, at) => {
      formattingOf(sheet).frozenRows = count(rows, SHEET_ROWS, at);
    });
  }

  freezeColumns(columns?: number): void {
    this.method(`freezeColumns(${String(columns)})`, (sheet, _tx, at) => {
      formattingOf(sheet).frozenColumns = count(columns, SHEET_COLUMNS, at);
    });
  }

  /** Freezes the rows and columns down to and right of `frozen`'s bottom-right cell (ExcelApi 1.7). */
  freezeAt(frozen: SimRange | string): void {
    this.session.assertOpen(this.path);
    const at = `${this.path}.freezeAt()`;
    this.queue("freezeAt()", {
      payload: typeof frozen === "string" ? frozen : null,
      run: (tx) => {
        const sheet = this.existing(tx);
        const rect = typeof frozen === "string" ? rangeAtAddress(sheet, frozen, at).rect : frozen.target(tx)?.rect;
        if (rect === undefined) throw invalidArgument(at, "the range does not exist");
        if (typeof frozen !== "string" && frozen.target(tx)?.sheet !== sheet)
          throw invalidArgument(at, "the range must be on this sheet");
        formattingOf(sheet).frozenRows = rect.row + rect.rowCount;
        formattingOf(sheet).frozenColumns = rect.column + rect.columnCount;
      },
    });
  }

  unfreeze(): void {
    this.method("unfreeze()", (sheet) => {
      formattingOf(sheet).frozenRows = 0;
      formattingOf(sheet).frozenColumns = 0;
    });
  }

  /** The frozen cells (top-left block), or a null object when nothing is frozen. */
  getLocationOrNullObject(): SimRange {
    this.session.assertOpen(this.path);
    const range = new SimRange(this.session, `${this.path}.getLocationOrNullObject()`, (tx) => {
      const sheet = this.target(tx);
      if (sheet === null) return null;
      const { frozenRows, frozenColumns } = formattingOf(sheet);
      if (frozenRows === 0 && frozenColumns === 0) return null;
      return {
        sheet,
        rect: {
          row: 0,
          column: 0,
          rowCount: frozenRows === 0 ? SHEET_ROWS : frozenRows,
          columnCount: frozenColumns === 0 ? SHEET_COLUMNS : frozenColumns,
        },
      };
    });
    range.resolveAtNextSync();
    return range;
  }
}
