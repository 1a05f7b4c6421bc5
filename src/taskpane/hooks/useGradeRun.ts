/** Grade all from the pane: the confirmation, progress, Cancel (between chunks) and the summary. */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from "react";
import type { Localized } from "../../engine";
import type { GradeTotals } from "../../excel";
import { describeError } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import {
  type GradeRunState,
  type GradeRunSummary,
  gradeRunReducer,
  initialGradeRun,
  needsConfirmation,
} from "./gradeRunState";

export interface GradeRunControls {
  readonly state: GradeRunState;
  /** Presses Grade all: checks the output columns, asks if needed, else runs. */
  readonly request: () => void;
  readonly confirm: () => void;
  readonly decline: () => void;
  readonly cancel: () => void;
  /** Rows were graded again since the summary (auto-grade): show the table's totals as they now are. */
  readonly regraded: (totals: GradeTotals) => void;
}

/**
 * Remembers that the add-in may write the bound table's output columns. A failure only means the next run asks
 * again, so it comes back as a warning (never thrown): the run that already wrote the table still finishes.
 */
export async function claimOutputsOrWarn(adapter: PaneAdapter): Promise<Localized | string | null> {
  try {
    const claimed = await adapter.claimOutputs();
    return claimed.ok ? null : claimed.error.message;
  } catch (error) {
    return describeError(error);
  }
}

/**
 * @param tableId the bound table (null for none): when another is bound, the last run's summary and messages
 *   go, since they were the other table's.
 */
export function useGradeRun(
  adapter: PaneAdapter,
  onFinished: (summary: GradeRunSummary) => void,
  tableId: string | null,
): GradeRunControls {
  const [state, dispatch] = useReducer(gradeRunReducer, initialGradeRun);
  const controller = useRef<AbortController | null>(null);
  const claimNeeded = useRef(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      controller.current?.abort(); // a pane closing mid-run stops at the next chunk
    };
  }, []);
  const send: typeof dispatch = useCallback((action) => {
    if (live.current) dispatch(action);
  }, []);
  // Before paint: a summary of the table just left never shows under the new one.
  const boundTable = useRef(tableId);
  useLayoutEffect(() => {
    if (boundTable.current === tableId) return;
    boundTable.current = tableId;
    dispatch({ type: "reset" });
  }, [tableId]);

  const run = useCallback(async () => {
    const abort = new AbortController();
    controller.current = abort;
    const tableId = adapter.bound()?.binding.tableId ?? null;
    send({ type: "start" });
    let result: Awaited<ReturnType<PaneAdapter["gradeAll"]>>;
    try {
      // The columns then hold the add-in's output: later runs need not ask. Remembered in Grade all's own run,
      // so that one Ctrl+Z takes back the grading.
      result = await adapter.gradeAll({
        signal: abort.signal,
        onProgress: (progress) => send({ type: "progress", progress }),
        claimOutputs: claimNeeded.current,
      });
    } finally {
      // Also when gradeAll throws: a stale controller would be aborted by a later Cancel or by closing the pane.
      controller.current = null;
    }
    if (!result.ok) return send({ type: "failed", error: result.error.message });
    const { claimError } = result.value;
    const warning = claimError === undefined ? null : describeError(claimError);
    send({ type: "finished", summary: result.value, tableId, warning });
    if (live.current) finished.current(result.value);
  }, [adapter, send]);

  const fail = useCallback((error: unknown) => send({ type: "failed", error: describeError(error) }), [send]);

  const request = useCallback(() => {
    send({ type: "check" });
    (async () => {
      const inUse = await adapter.outputsInUse();
      if (!inUse.ok) return send({ type: "failed", error: inUse.error.message });
      claimNeeded.current = !inUse.value.owned;
      if (needsConfirmation(inUse.value)) return send({ type: "ask", inUse: inUse.value });
      await run();
    })().catch(fail);
  }, [adapter, run, send, fail]);

  const confirm = useCallback(() => void run().catch(fail), [run, fail]);
  const decline = useCallback(() => send({ type: "decline" }), [send]);
  const cancel = useCallback(() => controller.current?.abort(), []);

  const regraded = useCallback((totals: GradeTotals) => send({ type: "regraded", totals }), [send]);

  return { state, request, confirm, decline, cancel, regraded };
}
