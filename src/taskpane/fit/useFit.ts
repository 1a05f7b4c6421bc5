/**
 * Learning a rule set from the analyst's grades, in the pane: read the bound table, fit in slices (progress and
 * Cancel), then preview what publishing would change. The learned rule set is a draft until the analyst
 * publishes it (saved in the workbook as the rules editor saves) or discards it; nothing is written to the
 * table either way.
 */
import { useCallback, useRef, useState } from "react";
import {
  type Localized,
  type MappingOverrides,
  type RuleSetProblem,
  type Table,
  loadRuleSet,
  serialFromLocalDate,
} from "../../engine";
import { type FitProblem, type FitReport, fitRuleSet } from "../../engine/fit";
import { type GradeChanges, gradeChanges } from "../../plan";
import { describeError } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import { nextTask, runInSlices } from "./slices";

export type FitState =
  | { readonly phase: "idle" }
  | { readonly phase: "reading"; readonly done: number; readonly total: number }
  | { readonly phase: "learning"; readonly percent: number }
  | { readonly phase: "cancelled" }
  | { readonly phase: "failed"; readonly message: Localized | string }
  | {
      readonly phase: "draft";
      readonly report: FitReport;
      /** What publishing would change; null when the table could not be graded for the preview. */
      readonly preview: GradeChanges | null;
      readonly publishing: boolean;
      readonly refused: readonly RuleSetProblem[] | null;
    }
  | { readonly phase: "published" }
  | { readonly phase: "discarded" };

export interface FitControls {
  readonly state: FitState;
  readonly learn: (gradeColumn: string) => void;
  readonly cancel: () => void;
  readonly publish: () => void;
  readonly discard: () => void;
}

/** The clock a host without its own uses (one function, so the callbacks below stay the same between renders). */
const now = (): Date => new Date();

/** Fit steps between two hand-backs to the pane: a few milliseconds of work on a 1,000-row table. */
const STEPS_PER_SLICE = 25;

/** The add-in's own output columns (grade, score, remark) are never read as the analyst's inputs. */
function ownColumnsLeftOut(adapter: PaneAdapter, table: Table, gradeColumn: string): MappingOverrides {
  const bound = adapter.bound();
  const overrides: Record<string, null> = {};
  for (const column of Object.values(bound?.outputColumns ?? {})) {
    const header = String(table.headers[column] ?? "").trim();
    if (header !== "" && header !== gradeColumn.trim()) overrides[header] = null;
  }
  return { ...bound?.binding.overrides, ...overrides };
}

export function useFit(adapter: PaneAdapter, onPublished: () => void, today: () => Date = now): FitControls {
  const [state, setState] = useState<FitState>({ phase: "idle" });
  const cancelled = useRef(false);

  const learn = useCallback(
    (gradeColumn: string) => {
      cancelled.current = false;
      setState({ phase: "reading", done: 0, total: 0 });
      void (async () => {
        const read = await adapter.readTable((done, total) => setState({ phase: "reading", done, total }));
        if (!read.ok) return setState({ phase: "failed", message: read.error.message });
        if (cancelled.current) return setState({ phase: "cancelled" });
        const table: Table = { headers: read.value.headers, rows: read.value.rows };
        const asOf = serialFromLocalDate(today());
        const overrides = ownColumnsLeftOut(adapter, table, gradeColumn);
        const start = adapter.ruleSet();
        setState({ phase: "learning", percent: 0 });
        const result = await runInSlices(
          fitRuleSet(table, start, { gradeColumn, asOf, asOfIsToday: true, overrides }),
          {
            stepsPerSlice: STEPS_PER_SLICE,
            pause: nextTask,
            cancelled: () => cancelled.current,
            onProgress: (p) => {
              // Only a new whole percent re-renders the pane.
              const now = Math.floor((100 * p.done) / Math.max(1, p.total));
              setState((s) => (s.phase === "learning" && s.percent === now ? s : { phase: "learning", percent: now }));
            },
          },
        );
        if (result === null) return setState({ phase: "cancelled" });
        if (!result.ok) return setState({ phase: "failed", message: (result.error as FitProblem).message });
        const fitted = loadRuleSet(result.value.ruleSet);
        const preview = fitted.ok ? gradeChanges(table, start, fitted.value, { asOf, overrides }) : null;
        setState({ phase: "draft", report: result.value, preview, publishing: false, refused: null });
      })().catch((error: unknown) => setState({ phase: "failed", message: describeError(error) }));
    },
    [adapter, today],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const publish = useCallback(() => {
    if (state.phase !== "draft") return;
    const draft = state;
    setState({ ...draft, publishing: true, refused: null });
    adapter
      .saveRuleSet(draft.report.ruleSet)
      .then((saved) => {
        if (!saved.ok) return setState({ ...draft, publishing: false, refused: saved.error });
        setState({ phase: "published" });
        onPublished();
      })
      .catch((error: unknown) => setState({ phase: "failed", message: describeError(error) }));
  }, [adapter, onPublished, state]);

  const discard = useCallback(() => setState({ phase: "discarded" }), []);

  return { state, learn, cancel, publish, discard };
}
