/** `Excel.Table`, `Excel.TableCollection` and `Excel.TableRowCollection` (count only). */
import type { Rect } from "./address";
import { SimClientObject } from "./clientObject";
import { SimCollection } from "./collection";
import { itemNotFound, valueNotLoaded } from "./errors";
import { SimEventHandlers } from "./eventHandlers";
import type { TableModel, WorkbookModel } from "./model";
import { SimRange } from "./range";
import type { Session, Transaction } from "./session";
import { SimTableColumnCollection } from "./tableColumns";
import { SimWorksheet } from "./worksheet";
import { addTable, appendRows, queueCreation, renameTable, setTableStyle, tableStyle, tableTarget } from "./structure";

/** `OfficeExtension.ClientResult`: `value` is readable after the sync that answered it. */
export class SimClientResult<T> {
  private result: { readonly value: T } | undefined;

  constructor(private readonly location: string) {}

  get value(): T {
    if (this.result === undefined) throw valueNotLoaded(this.location);
    return this.result.value;
  }

  /** @internal */
  settle(value: T): void {
    this.result = { value };
  }
}

export class SimTable extends SimClientObject<TableModel> {
  protected readonly entity = "Table";
  protected readonly properties = ["name", "id", "style"] as const;
  private children: {
    worksheet?: SimWorksheet;
    columns?: SimTableColumnCollection;
    rows?: SimTableRowCollection;
    onChanged?: SimEventHandlers<Excel.TableChangedEventArgs>;
    onSelectionChanged?: SimEventHandlers<Excel.TableSelectionChangedEventArgs>;
  } = {};

  constructor(session: Session, path: string, resolver: (tx: Transaction) => TableModel | null) {
    super(session, path, resolver);
  }

  get name(): string {
    return this.read("name");
  }

  /** Renames the table at sync (Excel's rules on names: see structure.ts). */
  set name(value: string) {
    this.writeTable("name", value, (tx, table, sent, at) => renameTable(tx.model, table, sent, at));
  }

  get id(): string {
    return this.read("id");
  }

  /** A built-in table style ("TableStyleMedium2" for a new table). */
  get style(): string {
    return this.read("style");
  }

  set style(value: string) {
    this.writeTable("style", value, (_tx, table, sent, at) => setTableStyle(table, sent, at));
  }

  private writeTable(
    name: string,
    value: unknown,
    apply: (tx: Transaction, table: TableModel, sent: unknown, location: string) => void,
  ): void {
    this.session.assertOpen(this.path);
    this.keep(name, value);
    this.queue(name, { payload: value, run: (tx, sent) => apply(tx, this.existing(tx), sent, `${this.path}.${name}`) });
  }

  get worksheet(): SimWorksheet {
    this.children.worksheet ??= new SimWorksheet(
      this.session,
      `${this.path}.worksheet`,
      (tx) => this.target(tx)?.sheet ?? null,
    );
    return this.children.worksheet;
  }

  get columns(): SimTableColumnCollection {
    this.children.columns ??= new SimTableColumnCollection(this.session, `${this.path}.columns`, (tx) =>
      this.target(tx),
    );
    return this.children.columns;
  }

  get rows(): SimTableRowCollection {
    this.children.rows ??= new SimTableRowCollection(this.session, `${this.path}.rows`, (tx) => this.target(tx));
    return this.children.rows;
  }

  get onChanged(): SimEventHandlers<Excel.TableChangedEventArgs> {
    this.children.onChanged ??= new SimEventHandlers<Excel.TableChangedEventArgs>(
      this.session,
      `${this.path}.onChanged`,
      (tx, handler) => tx.host.events.register({ kind: "TableChanged", tableId: this.existing(tx).id, handler }),
      (tx, handler) => tx.host.events.unregister("TableChanged", this.existing(tx).id, handler),
    );
    return this.children.onChanged;
  }

  get onSelectionChanged(): SimEventHandlers<Excel.TableSelectionChangedEventArgs> {
    this.children.onSelectionChanged ??= new SimEventHandlers<Excel.TableSelectionChangedEventArgs>(
      this.session,
      `${this.path}.onSelectionChanged`,
      (tx, handler) =>
        tx.host.events.register({ kind: "TableSelectionChanged", tableId: this.existing(tx).id, handler }),
      (tx, handler) => tx.host.events.unregister("TableSelectionChanged", this.existing(tx).id, handler),
    );
    return this.children.onSelectionChanged;
  }

  getHeaderRowRange(): SimRange {
    return this.range("getHeaderRowRange()", (t) => t.headerRect);
  }

  getDataBodyRange(): SimRange {
    return this.range("getDataBodyRange()", (t) => t.bodyRect);
  }

  /** Header and data body (the simulator has no totals row). */
  getRange(): SimRange {
    return this.range("getRange()", (t) => t.rect);
  }

  protected readProperty(table: TableModel, name: string): unknown {
    if (name === "style") return tableStyle(table);
    return name === "name" ? table.name : table.id;
  }

  protected override navigation(name: string): SimClientObject<unknown> | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  protected override stillThere(table: TableModel, tx: Transaction): TableModel {
    if (!tx.model.tables.includes(table)) throw itemNotFound(this.path, table.name);
    return table;
  }

  private range(what: string, rect: (table: TableModel) => Rect): SimRange {
    this.session.assertOpen(this.path);
    return new SimRange(this.session, `${this.path}.${what}`, (tx) => {
      const table = this.target(tx);
      return table === null ? null : { sheet: table.sheet, rect: rect(table) };
    });
  }
}

export class SimTableRowCollection extends SimClientObject<TableModel> {
  protected readonly entity = "TableRowCollection";
  protected readonly properties = ["count"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => TableModel | null) {
    super(session, path, resolver);
  }

  get count(): number {
    return this.read("count");
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>(`${this.path}.getCount()`);
    this.queue("getCount()", {
      run: (tx) => {
        const count = this.existing(tx).dataRowCount;
        tx.deliver(count, () => result.settle(count));
      },
    });
    return result;
  }

  /** Appends rows at the end of the table (ExcelApi 1.1); see `appendRows` in structure.ts. */
  add(index?: number | null, values?: unknown): void {
    const location = `${this.path}.add()`;
    this.session.assertOpen(location);
    this.queue("add()", {
      payload: { index: index ?? null, values: values ?? null },
      run: (tx, sent) => {
        const request = sent as { index: number | null; values: unknown };
        appendRows(tx, this.existing(tx), request.index, request.values, location);
      },
    });
  }

  protected readProperty(table: TableModel): unknown {
    return table.dataRowCount;
  }
}

export class SimTableCollection extends SimCollection<WorkbookModel, SimTable> {
  protected readonly entity = "TableCollection";
  protected readonly itemProperties = ["name", "id"] as const;
  protected override readonly itemNavigations = ["worksheet"];

  constructor(session: Session) {
    super(session, "workbook.tables", (tx) => tx.model);
  }

  /** By name (any case) or id, as Excel's `getItem(key)`; a missing table fails the sync with ItemNotFound. */
  getItem(key: string): SimTable {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): SimTable {
    return this.item(key, true);
  }

  /** A table over a sheet-qualified address or a range, its first row the header (see structure.ts). */
  add(address: string | SimRange, hasHeaders: boolean): SimTable {
    const path = `${this.path}.add(${typeof address === "string" ? JSON.stringify(address) : address.path})`;
    this.session.assertOpen(path);
    const resolver = queueCreation(
      this.session,
      path,
      { address: typeof address === "string" ? address : null, hasHeaders },
      (tx) => {
        const target = typeof address === "string" ? tableTarget(tx.model, address, null, path) : address.target(tx);
        if (target === null) throw itemNotFound(path, "range");
        return addTable(tx.model, target, hasHeaders, path);
      },
    );
    return new SimTable(this.session, path, resolver);
  }

  protected itemsOf(model: WorkbookModel): SimTable[] {
    return model.tables.map(
      (table) => new SimTable(this.session, `${this.path}.getItem(${JSON.stringify(table.name)})`, () => table),
    );
  }

  protected countOf(model: WorkbookModel): number {
    return model.tables.length;
  }

  private item(key: string, orNull: boolean): SimTable {
    const path = `${this.path}.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(key)})`;
    this.session.assertOpen(path);
    const table = new SimTable(this.session, path, (tx) => {
      const found = tx.model.tableByName(key) ?? tx.model.tableById(key);
      if (found !== undefined) return found;
      if (orNull) return null;
      throw itemNotFound(path, key);
    });
    if (orNull) table.resolveAtNextSync();
    return table;
  }
}
