/**
 * The auto-grade switch: while on (and a table is bound), the adapter re-grades edited rows. Off by default
 * each session; a new binding stops the adapter's watch, so it is started again for the new one. Turning it on
 * asks the same question as Grade all before the add-in first writes over what the analyst typed into the
 * grade / remark columns; declining leaves it off.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Localized } from "../../engine";
import type { GradeTotals, OutputsInUse } from "../../excel";
import { describeError } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import { needsConfirmation } from "./gradeRunState";
import { claimOutputsOrWarn } from "./useGradeRun";

export interface AutoGradeControls {
  readonly on: boolean;
  /** Reading what the output columns hold, before switching on. */
  readonly checking: boolean;
  /**
   * The adapter's watch is registered: an edit from now on is re-graded. False while the switch is on but the
   * watch is still starting (an edit in that window would be missed).
   */
  readonly watching: boolean;
  /** What the output columns hold, while the analyst is asked; null otherwise. */
  readonly asking: OutputsInUse | null;
  readonly setOn: (on: boolean) => void;
  /** The analyst agreed to replace what the columns hold: the columns become the add-in's, and the switch goes on. */
  readonly confirm: () => void;
  readonly decline: () => void;
  /** Why switching on or the last re-grade failed, or null. */
  readonly error: Localized | string | null;
  /** The switch is on, but the columns could not be remembered as the add-in's (the next Grade all asks). */
  readonly warning: Localized | string | null;
}

const messageOf = (problem: unknown): Localized | string => {
  const message = (problem as { message?: unknown } | null)?.message;
  return typeof message === "object" && message !== null ? (message as Localized) : describeError(problem);
};

/**
 * @param onRowsGraded each round of re-grading, with the table's totals as they now are (`null` before this
 *   session's first Grade all of the table)
 */
export function useAutoGrade(
  adapter: PaneAdapter,
  bindCount: number,
  onRowsGraded: (totals: GradeTotals | null) => void,
): AutoGradeControls {
  const [on, setOnState] = useState(false);
  const [checking, setChecking] = useState(false);
  const [asking, setAsking] = useState<OutputsInUse | null>(null);
  const [error, setError] = useState<Localized | string | null>(null);
  const [warning, setWarning] = useState<Localized | string | null>(null);
  const [watching, setWatchingState] = useState(false);
  const graded = useRef(onRowsGraded);
  graded.current = onRowsGraded;
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  /** Makes the columns the add-in's (if they are not yet), then switches on. */
  const claimAndTurnOn = useCallback(
    async (owned: boolean) => {
      const claimWarning = owned ? null : await claimOutputsOrWarn(adapter);
      if (!live.current) return;
      setWarning(claimWarning);
      setChecking(false);
      setOnState(true);
    },
    [adapter],
  );

  const setOn = useCallback(
    (next: boolean) => {
      setError(null);
      if (!next) {
        setOnState(false);
        return;
      }
      setChecking(true);
      (async () => {
        const inUse = await adapter.outputsInUse();
        if (!live.current) return;
        if (!inUse.ok) {
          setChecking(false);
          return setError(inUse.error.message);
        }
        if (needsConfirmation(inUse.value)) return setAsking(inUse.value);
        await claimAndTurnOn(inUse.value.owned);
      })().catch((problem: unknown) => {
        if (!live.current) return;
        setChecking(false);
        setError(messageOf(problem));
      });
    },
    [adapter, claimAndTurnOn],
  );

  const confirm = useCallback(() => {
    setAsking(null);
    claimAndTurnOn(false).catch((problem: unknown) => live.current && setError(messageOf(problem)));
  }, [claimAndTurnOn]);

  const decline = useCallback(() => {
    setAsking(null);
    setChecking(false);
  }, []);

  useEffect(() => {
    if (!on || bindCount === 0) return undefined;
    let watching = true;
    let stop: (() => Promise<void>) | null = null;
    const report = (problem: unknown): void => {
      if (watching) setError(messageOf(problem));
    };
    setError(null);
    adapter
      .startAutoGrade({ onRowsGraded: (totals) => watching && graded.current(totals), onError: report })
      .then((watch) => {
        if (!watch.ok) return report(watch.error);
        if (!watching) return void watch.value.stop();
        stop = () => watch.value.stop();
        setWatchingState(true);
      })
      .catch(report);
    return () => {
      watching = false;
      setWatchingState(false);
      void stop?.();
    };
  }, [adapter, on, bindCount]);

  return { on, checking, watching, asking, setOn, confirm, decline, error, warning };
}
