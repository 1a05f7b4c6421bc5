/** `Excel.Worksheet` and `Excel.WorksheetCollection` (getItem / getItemOrNullObject by name). */
import { SHEET_COLUMNS, SHEET_ROWS } from "./address";
import { SimClientObject } from "./clientObject";
import { SimEventHandlers } from "./eventHandlers";
import { itemNotFound } from "./errors";
import type { SheetModel } from "./model";
import { SimRange, rangeAtAddress, rangeOn } from "./range";
import type { Session, Transaction } from "./session";

export class SimWorksheet extends SimClientObject<SheetModel> {
  protected readonly entity = "Worksheet";
  protected readonly properties = ["name", "id"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => SheetModel | null) {
    super(session, path, resolver);
  }

  get name(): string {
    return this.read("name");
  }

  get id(): string {
    return this.read("id");
  }

  private changedHandlers?: SimEventHandlers<Excel.WorksheetChangedEventArgs>;

  /** The worksheet's change event, whose args carry `triggerSource` (ExcelApi 1.14). */
  get onChanged(): SimEventHandlers<Excel.WorksheetChangedEventArgs> {
    this.changedHandlers ??= new SimEventHandlers<Excel.WorksheetChangedEventArgs>(
      this.session,
      `${this.path}.onChanged`,
      (tx, handler) => tx.host.events.register({ kind: "WorksheetChanged", tableId: this.existing(tx).id, handler }),
      (tx, handler) => tx.host.events.unregister("WorksheetChanged", this.existing(tx).id, handler),
    );
    return this.changedHandlers;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`, (sheet, path) =>
      rangeOn(sheet, { row: startRow, column: startColumn, rowCount, columnCount }, path),
    );
  }

  /** An A1 address ("B2:D9" or "Sheet1!B2:D9"); without one, the whole sheet. */
  getRange(address?: string): SimRange {
    return this.range(`getRange(${address === undefined ? "" : JSON.stringify(address)})`, (sheet, path) =>
      address === undefined
        ? rangeOn(sheet, { row: 0, column: 0, rowCount: SHEET_ROWS, columnCount: SHEET_COLUMNS }, path)
        : rangeAtAddress(sheet, address, path),
    );
  }

  protected readProperty(sheet: SheetModel, name: string): unknown {
    return name === "name" ? sheet.name : sheet.id;
  }

  protected override stillThere(sheet: SheetModel, tx: Transaction): SheetModel {
    if (!tx.model.sheets.includes(sheet)) throw itemNotFound(this.path, sheet.name);
    return sheet;
  }

  private range(what: string, make: (sheet: SheetModel, path: string) => ReturnType<typeof rangeOn>): SimRange {
    this.session.assertOpen(this.path);
    const path = `${this.path}.${what}`;
    return new SimRange(this.session, path, (tx) => {
      const sheet = this.target(tx);
      return sheet === null ? null : make(sheet, path);
    });
  }
}

export class SimWorksheetCollection {
  constructor(private readonly session: Session) {}

  getItem(key: string): SimWorksheet {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return this.item(key, true);
  }

  private item(key: string, orNull: boolean): SimWorksheet {
    const path = `worksheets.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(key)})`;
    this.session.assertOpen(path);
    const sheet = new SimWorksheet(this.session, path, (tx) => {
      const found = tx.model.sheetByName(key);
      if (found !== undefined) return found;
      if (orNull) return null;
      throw itemNotFound(path, key);
    });
    if (orNull) sheet.resolveAtNextSync();
    return sheet;
  }
}
