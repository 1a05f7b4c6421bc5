/**
 * The template formatting, the template table, the summary-and-history switch and the year-end review,
 * from the pane. Each call goes to the adapter; data problems come back as the adapter's message, anything
 * thrown as its text, never as a dropped promise.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { SettleFirst } from "../../engine";
import { describeError } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import {
  type TemplateAction,
  type TemplateActionsState,
  initialTemplateActions,
  templateActionsReducer,
} from "./templateActionsState";

export interface TemplateActionsOptions {
  /** Counts the pane's binds: the adapter reads whether the views are on when it binds a table. */
  readonly bindCount: number;
  /** The adapter bound another table itself (the template table it inserted). */
  readonly onTableChanged: () => void;
  /** The bound table changed shape (output columns added by the formatting). */
  readonly onColumnsChanged: () => void;
}

export interface TemplateActionsControls {
  readonly state: TemplateActionsState;
  /** Whether Grade all refreshes the summary sheet and appends to the grade history. */
  readonly viewsOn: boolean;
  readonly applyFormatting: () => void;
  readonly insertTable: () => void;
  /** `settleFirst`: who must settle first; absent, the workbook's last pick (else the rule set's overdue cap). */
  readonly review: (since: Date, settleFirst?: SettleFirst) => void;
  readonly setViews: (on: boolean) => void;
}

export function useTemplateActions(adapter: PaneAdapter, options: TemplateActionsOptions): TemplateActionsControls {
  const [state, dispatch] = useReducer(templateActionsReducer, initialTemplateActions);
  const readViews = useCallback(() => adapter.portfolioViews()?.enabled === true, [adapter]);
  const [viewsOn, setViewsOn] = useState(readViews);
  const live = useRef(true);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => setViewsOn(readViews()), [readViews, options.bindCount]);
  const busy = useRef(false);
  const boundId = useCallback(() => adapter.bound()?.binding.tableId ?? null, [adapter]);

  /** Runs one action at a time; a press while another runs is ignored. */
  const perform = useCallback(
    (action: TemplateAction, work: () => Promise<void>) => {
      if (busy.current) return;
      busy.current = true;
      dispatch({ type: "start", action });
      work()
        .catch((error: unknown) => {
          if (live.current) dispatch({ type: "failed", error: describeError(error), tableId: boundId() });
        })
        .finally(() => {
          busy.current = false;
          if (live.current) setViewsOn(readViews());
        });
    },
    [readViews, boundId],
  );
  const send = useCallback((event: Parameters<typeof dispatch>[0]) => {
    if (live.current) dispatch(event);
  }, []);

  const applyFormatting = useCallback(
    () =>
      perform("apply", async () => {
        const result = await adapter.applyTemplateFormatting();
        if (!result.ok) return send({ type: "failed", error: result.error.message, tableId: boundId() });
        const tableId = adapter.bound()?.binding.tableId ?? "";
        send({ type: "formatted", formatted: { tableId, summary: result.value, inserted: null } });
        if (result.value.addedColumns.length > 0) latest.current.onColumnsChanged();
      }),
    [adapter, perform, send, boundId],
  );

  const insertTable = useCallback(
    () =>
      perform("insert", async () => {
        const before = adapter.bound()?.binding.tableId;
        // In the rule set's language: the language of everything else the add-in writes into the workbook.
        const result = await adapter.insertTemplateTable();
        // The adapter binds the new table before formatting it: follow it even if the formatting then failed.
        const after = adapter.bound()?.binding.tableId;
        if (after !== undefined && after !== before) latest.current.onTableChanged();
        // A failure after the adapter bound the new table belongs to that table.
        if (!result.ok) return send({ type: "failed", error: result.error.message, tableId: after ?? null });
        const { formatting, ...inserted } = result.value;
        send({ type: "formatted", formatted: { tableId: after ?? "", summary: formatting, inserted } });
      }),
    [adapter, perform, send],
  );

  const review = useCallback(
    (since: Date, settleFirst?: SettleFirst) =>
      perform("review", async () => {
        const result = await adapter.yearEndReview(since, settleFirst);
        if (!result.ok) return send({ type: "failed", error: result.error.message, tableId: boundId() });
        send({ type: "reviewed", reviewed: { tableId: adapter.bound()?.binding.tableId ?? "", review: result.value } });
      }),
    [adapter, perform, send, boundId],
  );

  const setViews = useCallback(
    (on: boolean) =>
      perform("views", async () => {
        await adapter.setPortfolioViews(on);
        send({ type: "done" });
      }),
    [adapter, perform, send],
  );

  return { state, viewsOn, applyFormatting, insertTable, review, setViews };
}
