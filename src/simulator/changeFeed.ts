/**
 * A way to watch a simulated workbook change, for a page that draws it (the local demo's grid). Unlike Excel's
 * events it ignores `runtime.enableEvents` and who made the change: the add-in's own writes, with events off,
 * are exactly what the grid must show. Each report says what kind of change it was, so a page can tell a new
 * selection (to bring into view) from new content.
 */
import { EventHub, type SimTableChangedEventArgs, type TableChange } from "./events";
import type { Selection, WorkbookModel } from "./model";
import type { SimStats } from "./stats";

/**
 * - "cells": values, formulas or number formats written, rows or columns inserted, a table renamed or deleted,
 *   an undo (the user's or the add-in's).
 * - "selection": the selection moved (a click, `Range.select()`, `Worksheet.activate()`), even to where it was.
 * - "request": a request set a property or called a method of a simulated object (conditional formats,
 *   validation, frozen panes, charts, fonts, widths among them), reported once at its sync; it may have changed
 *   nothing a page shows. Loads, and settings added, are not reported.
 */
export type WorkbookChange = "cells" | "selection" | "request";

export type ChangeListener = (change: WorkbookChange) => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  /** Calls `listener` after each change (see `WorkbookChange`); returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(change: WorkbookChange): void {
    for (const listener of this.listeners) listener(change);
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
    this.feed.notify("cells");
  }

  override worksheetChanged(...args: Parameters<EventHub["worksheetChanged"]>): void {
    super.worksheetChanged(...args);
    this.feed.notify("cells");
  }

  override selectionChanged(before: Selection | null, after: Selection): void {
    super.selectionChanged(before, after);
    this.feed.notify("selection");
  }
}
