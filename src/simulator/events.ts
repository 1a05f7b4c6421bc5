/**
 * Table events: which handlers are registered (registration takes effect at sync, as in Excel), building the
 * event args, and delivering them asynchronously after the change, one handler at a time, each awaited.
 */
import { type Rect, intersect, rectAddress } from "./address";
import { type Stored, cellValueOf, valueTypeOf } from "./cells";
import type { Selection, TableModel, WorkbookModel } from "./model";
import type { SimStats } from "./stats";

export type ChangedHandler = (args: Excel.TableChangedEventArgs) => Promise<unknown>;
export type SelectionHandler = (args: Excel.TableSelectionChangedEventArgs) => Promise<unknown>;
export type WorksheetChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/** `tableId` is the table's id, or the worksheet's for worksheet events (the key handlers are counted by). */
type Registration =
  | { readonly kind: "TableChanged"; readonly tableId: string; readonly handler: ChangedHandler }
  | { readonly kind: "TableSelectionChanged"; readonly tableId: string; readonly handler: SelectionHandler }
  | { readonly kind: "WorksheetChanged"; readonly tableId: string; readonly handler: WorksheetChangedHandler };

/** Who made a change, as `WorksheetChangedEventArgs.triggerSource` (ExcelApi 1.14) tells it. */
export type TriggerSource = "ThisLocalAddin" | "Unknown";

/** What the simulator puts in `WorksheetChangedEventArgs` (no `details`, no `getRange`: absent, so they fail loudly). */
export interface SimWorksheetChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly address: string;
  readonly changeType: SimChangeType;
  readonly source: "Local";
  readonly worksheetId: string;
  readonly triggerSource: TriggerSource;
}

/**
 * How a change came about (`Excel.DataChangeType`, the part simulated). Assumed, since Microsoft documents the
 * values, not which action raises which: a table's rows added at its bottom raise "RowInserted" and rows deleted
 * "RowDeleted", each with the address of those rows (the deleted ones as they were), on the table and on its
 * worksheet; a column added to a table raises "ColumnInserted" on the table only; everything else written is
 * "RangeEdited".
 */
export type SimChangeType = "RangeEdited" | "ColumnInserted" | "RowInserted" | "RowDeleted";

/**
 * What the simulator puts in `TableChangedEventArgs`. `getRange`/`getRangeOrNullObject` and the `valueAsJson*`
 * members of `details` are not simulated (absent, so using them fails loudly); `details` is present only when
 * the changed area is one cell, as Excel documents.
 */
export interface SimTableChangedEventArgs {
  readonly type: "TableChanged";
  readonly address: string;
  readonly changeType: SimChangeType;
  readonly source: "Local";
  readonly tableId: string;
  readonly worksheetId: string;
  readonly details?: {
    readonly valueBefore: string | number | boolean;
    readonly valueAfter: string | number | boolean;
    readonly valueTypeBefore: ReturnType<typeof valueTypeOf>;
    readonly valueTypeAfter: ReturnType<typeof valueTypeOf>;
  };
}

export interface SimTableSelectionChangedEventArgs {
  readonly type: "TableSelectionChanged";
  readonly address: string;
  readonly isInsideTable: boolean;
  readonly tableId: string;
  readonly worksheetId: string;
}

/** One changed area of one table, with the cell's content before and after when the area is one cell. */
export interface TableChange {
  readonly table: TableModel;
  readonly area: Rect;
  readonly single?: { readonly before: Stored; readonly after: Stored };
}

export class EventHub {
  private registrations: Registration[] = [];
  private delivering: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(
    private readonly model: WorkbookModel,
    private readonly stats: SimStats,
  ) {}

  register(registration: Registration): void {
    this.registrations.push(registration);
  }

  unregister(
    kind: Registration["kind"],
    tableId: string,
    handler: ChangedHandler | SelectionHandler | WorksheetChangedHandler,
  ): void {
    const at = this.registrations.findIndex((r) => r.kind === kind && r.tableId === tableId && r.handler === handler);
    if (at >= 0) this.registrations.splice(at, 1);
  }

  /** A deleted table takes its handlers with it. */
  dropTable(tableId: string): void {
    this.registrations = this.registrations.filter((r) => r.tableId !== tableId);
  }

  handlerCount(tableId: string): number {
    return this.registrations.filter((r) => r.tableId === tableId).length;
  }

  /** Called when a change is applied; `runtime.enableEvents` at that moment decides whether anything fires. */
  tableChanged(changes: readonly TableChange[], changeType: SimTableChangedEventArgs["changeType"]): void {
    if (!this.model.enableEvents) return;
    for (const change of changes) {
      const args: SimTableChangedEventArgs = {
        type: "TableChanged",
        address: rectAddress(change.area),
        changeType,
        source: "Local",
        tableId: change.table.id,
        worksheetId: change.table.sheet.id,
        ...(change.single === undefined
          ? {}
          : {
              details: {
                valueBefore: cellValueOf(change.single.before),
                valueAfter: cellValueOf(change.single.after),
                valueTypeBefore: valueTypeOf(change.single.before),
                valueTypeAfter: valueTypeOf(change.single.after),
              },
            }),
      };
      for (const r of this.registrations) {
        if (r.kind !== "TableChanged" || r.tableId !== change.table.id) continue;
        // The boundary cast: the simulator's args are the documented subset of Excel's (see SimTableChangedEventArgs).
        this.deliver("TableChanged", r.tableId, () => r.handler(args as unknown as Excel.TableChangedEventArgs));
      }
    }
  }

  /**
   * A worksheet's change event for a written area: `triggerSource` says whether this add-in made the change
   * ("ThisLocalAddin") or someone else did ("Unknown"), as Excel reports it from ExcelApi 1.14.
   */
  worksheetChanged(
    sheetId: string,
    area: Rect,
    triggerSource: TriggerSource,
    changeType: SimChangeType = "RangeEdited",
  ): void {
    if (!this.model.enableEvents) return;
    const args: SimWorksheetChangedEventArgs = {
      type: "WorksheetChanged",
      address: rectAddress(area),
      changeType,
      source: "Local",
      worksheetId: sheetId,
      triggerSource,
    };
    for (const r of this.registrations) {
      if (r.kind !== "WorksheetChanged" || r.tableId !== sheetId) continue;
      // The boundary cast: the simulator's args are the documented subset of Excel's (see SimWorksheetChangedEventArgs).
      this.deliver("WorksheetChanged", r.tableId, () => r.handler(args as unknown as Excel.WorksheetChangedEventArgs));
    }
  }

  /** Fires for every table the new selection is in (with the part inside it), or that the old selection left. */
  selectionChanged(before: Selection | null, after: Selection): void {
    if (!this.model.enableEvents) return;
    for (const table of this.model.tables) {
      const inside = table.sheet === after.sheet ? intersect(table.rect, after.rect) : null;
      const wasInside = before !== null && before.sheet === table.sheet && intersect(table.rect, before.rect) !== null;
      if (inside === null && !wasInside) continue;
      const args: SimTableSelectionChangedEventArgs = {
        type: "TableSelectionChanged",
        address: inside === null ? "" : rectAddress(inside),
        isInsideTable: inside !== null,
        tableId: table.id,
        worksheetId: table.sheet.id,
      };
      for (const r of this.registrations) {
        if (r.kind !== "TableSelectionChanged" || r.tableId !== table.id) continue;
        this.deliver("TableSelectionChanged", r.tableId, () => r.handler(args));
      }
    }
  }

  /** Resolves once every event raised so far, and any raised by its handlers, has been handled. */
  async settled(): Promise<void> {
    while (this.pending > 0) await this.delivering;
  }

  /**
   * Excel raises events after the request that caused them has returned, on a later turn of the event loop:
   * a macrotask puts the handler after the code awaiting `sync()`.
   */
  private deliver(event: Registration["kind"], tableId: string, call: () => Promise<unknown>): void {
    this.pending += 1;
    this.delivering = this.delivering
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(async () => {
        this.stats.handlerCalls += 1;
        try {
          await call();
        } catch (error) {
          this.stats.handlerErrors.push({ event, tableId, error });
        } finally {
          this.pending -= 1;
        }
      });
  }
}
