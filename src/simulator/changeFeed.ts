/**
 * A way to watch a simulated workbook change, for a page that draws it (the local demo's grid). Unlike Excel's
 * events it ignores `runtime.enableEvents` and who made the change: the add-in's own writes, with events off,
 * are exactly what the grid must show.
 */
import { EventHub, type SimTableChangedEventArgs, type TableChange } from "./events";
import type { Selection, WorkbookModel } from "./model";
import type { SimStats } from "./stats";

export type ChangeListener = () => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  /** Calls `listener` after each change (cells, tables or selection); returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * The event hub, also telling a `ChangeFeed` about every change it is told of. Every write of values or
 * formulas (the add-in's and the user's), every inserted column and every selection reaches the hub, so this is
 * the one place that sees them all. Listeners run synchronously, possibly in the middle of a sync: a page
 * should only schedule a redraw.
 */
export class NotifyingEventHub extends EventHub {
  constructor(
    model: WorkbookModel,
    stats: SimStats,
    private readonly feed: ChangeFeed,
  ) {
    super(model, stats);
  }

  override tableChanged(changes: readonly TableChange[], changeType: SimTableChangedEventArgs["changeType"]): void {
    super.tableChanged(changes, changeType);
    this.feed.notify();
  }

  override worksheetChanged(...args: Parameters<EventHub["worksheetChanged"]>): void {
    super.worksheetChanged(...args);
    this.feed.notify();
  }

  override selectionChanged(before: Selection | null, after: Selection): void {
    super.selectionChanged(before, after);
    this.feed.notify();
  }
}
