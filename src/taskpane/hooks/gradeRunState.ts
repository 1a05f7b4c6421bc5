/**
 * The Grade all button's states, as a pure reducer: checking what the output columns hold, asking before the
 * first write over the analyst's own text, running with progress, then the summary (kept while the next run
 * starts) or a message.
 */
import type { Localized } from "../../engine";
import type { GradeAllDone, GradeProgress, GradeTotals, OutputsInUse } from "../../excel";

/** What Grade all answers: its summary and, with the summary sheet and history on, how their refresh went. */
export type GradeRunSummary = GradeAllDone;

export type GradePhase = "idle" | "checking" | "confirming" | "running";

export interface GradeRunState {
  readonly phase: GradePhase;
  /** What the output columns hold, while the analyst is asked. */
  readonly inUse: OutputsInUse | null;
  readonly progress: GradeProgress | null;
  readonly summary: GradeRunSummary | null;
  /** The table the summary (and its issues' rows and columns) belongs to. */
  readonly tableId: string | null;
  /** Something after a finished run that did not work but spoils nothing (remembering the columns as the add-in's). */
  readonly warning: Localized | string | null;
  /** Why the last run was refused (a data problem, in every language), or an unexpected failure's text. */
  readonly error: Localized | string | null;
}

export type GradeRunAction =
  | { readonly type: "check" }
  | { readonly type: "ask"; readonly inUse: OutputsInUse }
  | { readonly type: "decline" }
  | { readonly type: "start" }
  | { readonly type: "progress"; readonly progress: GradeProgress }
  | {
      readonly type: "finished";
      readonly summary: GradeRunSummary;
      readonly tableId: string | null;
      readonly warning?: Localized | string | null;
    }
  | { readonly type: "failed"; readonly error: Localized | string }
  /** Rows were graded again since (auto-grade): the table's totals as they now are. */
  | { readonly type: "regraded"; readonly totals: GradeTotals }
  /** Another table is bound: the last run's summary, issues and messages were the other table's. */
  | { readonly type: "reset" };

export const initialGradeRun: GradeRunState = {
  phase: "idle",
  inUse: null,
  progress: null,
  summary: null,
  tableId: null,
  warning: null,
  error: null,
};

export function gradeRunReducer(state: GradeRunState, action: GradeRunAction): GradeRunState {
  switch (action.type) {
    case "check":
      return state.phase === "idle" ? { ...state, phase: "checking", error: null, warning: null } : state;
    case "ask":
      return { ...state, phase: "confirming", inUse: action.inUse };
    case "decline":
      return { ...state, phase: "idle", inUse: null };
    case "start":
      return { ...state, phase: "running", inUse: null, progress: null, error: null };
    case "progress":
      return state.phase === "running" ? { ...state, progress: action.progress } : state;
    case "finished":
      return {
        ...state,
        phase: "idle",
        progress: null,
        summary: action.summary,
        tableId: action.tableId,
        warning: action.warning ?? null,
      };
    case "failed":
      return { ...state, phase: "idle", inUse: null, progress: null, error: action.error };
    case "regraded":
      // A run under way reports its own totals when it ends; a summary of another table is not this one's.
      return state.phase === "idle" && state.summary
        ? { ...state, summary: { ...state.summary, ...action.totals } }
        : state;
    case "reset":
      // The pane locks the table picker while a run is under way: a run is never reset mid-way.
      return state.phase === "idle" ? initialGradeRun : state;
  }
}

/** Whether the analyst must be asked before writing: the columns hold something and were never agreed to. */
export function needsConfirmation(inUse: OutputsInUse): boolean {
  return !inUse.owned && inUse.filledCells > 0;
}
