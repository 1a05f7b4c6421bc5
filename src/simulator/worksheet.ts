/** `Excel.Worksheet` and `Excel.WorksheetCollection` (getItem / getItemOrNullObject by name). */
import { SHEET_COLUMNS, SHEET_ROWS } from "./address";
import { SimClientObject } from "./clientObject";
import { SimEventHandlers } from "./eventHandlers";
import { itemNotFound } from "./errors";
import { SimChartCollection } from "./charts";
import { SimWorksheetFreezePanes } from "./freezePanes";
import { addSheet, queueCreation, renameSheet } from "./structure";
import type { SheetModel } from "./model";
import { SimRange, moveSelection, rangeAtAddress, rangeOn } from "./range";
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

  /** Renames the sheet at sync (Excel's rules on names: see structure.ts). */
  set name(value: string) {
    this.session.assertOpen(this.path);
    this.keep("name", value);
    this.queue("name", {
      payload: value,
      run: (tx, sent) => renameSheet(tx.model, this.existing(tx), sent, `${this.path}.name`),
    });
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

  /**
   * Makes the sheet the active one at sync, with the selection it had when last active (A1 if never), as Excel
   * restores each sheet's own selection. The simulator raises the selection events of that move; activating
   * the active sheet changes nothing and raises none.
   */
  activate(): void {
    this.session.assertOpen(this.path);
    this.queue("activate()", {
      run: (tx) => {
        const sheet = this.existing(tx);
        if (tx.model.selection?.sheet === sheet) return;
        const rect = tx.model.sheetSelections.get(sheet) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
        moveSelection(tx, { sheet, rect });
      },
    });
  }

  /** Frozen rows and columns (ExcelApi 1.7); see freezePanes.ts. */
  get freezePanes(): SimWorksheetFreezePanes {
    return new SimWorksheetFreezePanes(this.session, `${this.path}.freezePanes`, (tx) => this.target(tx));
  }

  /** The sheet's charts (ExcelApi 1.1); see charts.ts. */
  get charts(): SimChartCollection {
    return new SimChartCollection(this.session, `${this.path}.charts`, (tx) => this.target(tx));
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

  /** Adds a sheet at the end at sync (Excel's rules on names: see structure.ts). */
  add(name?: string): SimWorksheet {
    const path = `worksheets.add(${name === undefined ? "" : JSON.stringify(name)})`;
    return new SimWorksheet(
      this.session,
      path,
      queueCreation(this.session, path, { name: name ?? null }, (tx) => addSheet(tx.model, name, path)),
    );
  }

  private item(key: string, orNull: boolean): SimWorksheet {
    const path = `worksheets.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(key)})`;
    this.session.assertOpen(path);
    const sheet = new SimWorksheet(this.session, path, (tx) => {
      const found = tx.model.sheetByName(key) ?? tx.model.sheetById(key); // Excel's key is the name or the id
      if (found !== undefined) return found;
      if (orNull) return null;
      throw itemNotFound(path, key);
    });
    if (orNull) sheet.resolveAtNextSync();
    return sheet;
  }
}
