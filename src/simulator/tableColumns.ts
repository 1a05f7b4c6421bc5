/**
 * `Excel.TableColumn` and `Excel.TableColumnCollection`. `add` only appends at the right end of the table and
 * only into empty cells: inserting inside a table, or shifting cells right, is not simulated (it fails loudly).
 */
import { type Rect, SHEET_COLUMNS } from "./address";
import { Formula, contentOfWritten } from "./cells";
import { SimCollection } from "./collection";
import { SimClientObject } from "./clientObject";
import { SimulatorError, invalidArgument, itemNotFound, notSimulated } from "./errors";
import { type TableModel, sameName } from "./model";
import { SimRange } from "./range";
import type { Session, Transaction } from "./session";

export interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

export class SimTableColumn extends SimClientObject<ColumnTarget> {
  protected readonly entity = "TableColumn";
  protected readonly properties = ["name", "index"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => ColumnTarget | null) {
    super(session, path, resolver);
  }

  get name(): string {
    return this.read("name");
  }

  get index(): number {
    return this.read("index");
  }

  getDataBodyRange(): SimRange {
    return this.range("getDataBodyRange()", ({ table, index }) => ({
      ...table.bodyRect,
      column: table.left + index,
      columnCount: 1,
    }));
  }

  /** Header and data body of the column. */
  getRange(): SimRange {
    return this.range("getRange()", ({ table, index }) => ({
      ...table.rect,
      column: table.left + index,
      columnCount: 1,
    }));
  }

  protected readProperty({ table, index }: ColumnTarget, name: string): unknown {
    return name === "name" ? table.columnName(index) : index;
  }

  protected override stillThere(target: ColumnTarget, tx: Transaction): ColumnTarget {
    if (!tx.model.tables.includes(target.table) || target.index >= target.table.columnCount)
      throw itemNotFound(this.path, "column");
    return target;
  }

  private range(what: string, rect: (target: ColumnTarget) => Rect): SimRange {
    this.session.assertOpen(this.path);
    return new SimRange(this.session, `${this.path}.${what}`, (tx) => {
      const target = this.target(tx);
      return target === null ? null : { sheet: target.table.sheet, rect: rect(target) };
    });
  }
}

type ColumnValues = (boolean | string | number)[][] | boolean | string | number;

export class SimTableColumnCollection extends SimCollection<TableModel, SimTableColumn> {
  protected readonly entity = "TableColumnCollection";
  protected readonly itemProperties = ["name", "index"] as const;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => TableModel | null) {
    super(session, path, resolver);
  }

  getItem(key: number | string): SimTableColumn {
    return this.item(key, false);
  }

  getItemOrNullObject(key: number | string): SimTableColumn {
    return this.item(key, true);
  }

  /**
   * Appends a column at the right end. `values`, if given as an array, has the header as its first row (as in
   * Excel's own example); `name`, if given, is the header. A name already used gets a number appended.
   */
  add(index?: number | null, values?: ColumnValues | null, name?: string | null): SimTableColumn {
    const path = `${this.path}.add()`;
    this.session.assertOpen(path);
    let added: ColumnTarget | undefined;
    this.queue("add()", {
      payload: { index: index ?? null, values: values ?? null, name: name ?? null },
      run: (tx, sent) => {
        const request = sent as { index: number | null; values: unknown; name: string | null };
        const table = this.existing(tx);
        if (request.index !== null && request.index !== table.columnCount) {
          throw notSimulated("TableColumnCollection.add at an index other than the end of the table");
        }
        added = appendColumn(table, request.values, request.name, path, tx);
      },
    });
    return new SimTableColumn(this.session, path, () => {
      if (added === undefined) throw itemNotFound(path, "the column was not added");
      return added;
    });
  }

  protected itemsOf(table: TableModel): SimTableColumn[] {
    return table
      .columnNames()
      .map((_, index) => new SimTableColumn(this.session, `${this.path}.items[${index}]`, () => ({ table, index })));
  }

  protected countOf(table: TableModel): number {
    return table.columnCount;
  }

  private item(key: number | string, orNull: boolean): SimTableColumn {
    const path = `${this.path}.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(key)})`;
    this.session.assertOpen(path);
    if (typeof key === "number") throw notSimulated("TableColumnCollection.getItem by column id");
    const column = new SimTableColumn(this.session, path, (tx) => {
      const table = this.target(tx);
      if (table === null) return null;
      const index = table.columnNames().findIndex((n) => sameName(n, key));
      if (index >= 0) return { table, index };
      if (orNull) return null;
      throw itemNotFound(path, key);
    });
    if (orNull) column.resolveAtNextSync();
    return column;
  }
}

function appendColumn(
  table: TableModel,
  values: unknown,
  name: string | null,
  path: string,
  tx: Transaction,
): ColumnTarget {
  const column = table.left + table.columnCount;
  if (column >= SHEET_COLUMNS) {
    throw new SimulatorError(
      "InvalidOperation",
      "A table column can't be added beyond the last column of the sheet.",
      path,
    );
  }
  const rect = { row: table.top, column, rowCount: table.rowCount + 1, columnCount: 1 };
  if (table.sheet.hasContent(rect))
    throw notSimulated("adding a table column over non-empty cells (Excel would shift them right)");

  let data: unknown[];
  let headerFromValues: unknown = null;
  if (Array.isArray(values)) {
    if (values.length !== table.rowCount + 1 || values.some((line) => !Array.isArray(line) || line.length !== 1)) {
      throw invalidArgument(path, `values must be ${table.rowCount + 1} rows (header first) of 1 column`);
    }
    const cells = (values as unknown[][]).map((line) => line[0]);
    headerFromValues = cells[0];
    data = cells.slice(1);
  } else {
    data = new Array<unknown>(table.rowCount).fill(values);
  }
  const contents = data.map((item) => {
    const content = contentOfWritten(item);
    if (typeof content === "object" && !(content instanceof Formula) && content !== undefined) {
      if ("error" in content) throw invalidArgument(path, content.error);
    }
    return content;
  });
  const wanted = name ?? (headerFromValues === null || headerFromValues === "" ? null : String(headerFromValues));
  const header = uniqueName(wanted ?? `Column${table.columnCount + 1}`, table.columnNames());

  table.sheet.set(table.top, column, header);
  contents.forEach((content, i) => {
    if (content !== "skip") table.sheet.set(table.top + 1 + i, column, content);
  });
  table.columnCount += 1;
  if (table.onlyInsertRow && table.sheet.hasContent(table.bodyRect)) table.onlyInsertRow = false;
  tx.stats.cellsWritten += rect.rowCount;
  tx.host.events.tableChanged([{ table, area: rect }], "ColumnInserted");
  return { table, index: table.columnCount - 1 };
}

function uniqueName(wanted: string, taken: readonly string[]): string {
  if (!taken.some((t) => sameName(t, wanted))) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}${n}`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}
