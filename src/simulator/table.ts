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
  protected readonly properties = ["name", "id"] as const;
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

  get id(): string {
    return this.read("id");
  }

  get worksheet(): SimWorksheet {
    this.children.worksheet ??= new SimWorksheet(this.session, `${this.path}.worksheet`, (tx) => this.target(tx)?.sheet ?? null);
    return this.children.worksheet;
  }

  get columns(): SimTableColumnCollection {
    this.children.columns ??= new SimTableColumnCollection(this.session, `${this.path}.columns`, (tx) => this.target(tx));
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
      (tx, handler) => tx.host.events.register({ kind: "TableSelectionChanged", tableId: this.existing(tx).id, handler }),
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

  protected itemsOf(model: WorkbookModel): SimTable[] {
    return model.tables.map((table) => new SimTable(this.session, `${this.path}.getItem(${JSON.stringify(table.name)})`, () => table));
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
