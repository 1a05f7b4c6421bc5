/**
 * A write action as one step of Excel's Undo. From ExcelApi 1.20, `Excel.run({ mergeUndoGroup: true }, batch)`
 * merges every `context.sync()` of the batch into one undo group (Excel.RunOptions; without it "each
 * `context.sync()` call creates an undo record"). "If an API within the group doesn't offer undo support, the
 * `UndoNotSupported` error is thrown" (learn.microsoft.com, "Undo support with the Excel JavaScript API", which
 * lists those APIs: protection, styles, Worksheet.delete/copy, Worksheet.name on Windows and Mac, …; none of them
 * is in Grade all or the template formatting today). Below 1.20 an add-in's writes are not kept in Excel's undo
 * history at all. One group is one `Excel.run`: an action made of several runs is several steps.
 */
import type { ExcelHost, RunBatch } from "./host";

/** Where a write action stands in Excel's undo history. */
export type UndoOutcome =
  /** One Ctrl+Z takes the whole action back. */
  | "one-step"
  /**
   * The host refused to group it (UndoNotSupported): it ran again without the option, so nothing is lost, but
   * Excel's undo history was cleared at the API that has no undo; Ctrl+Z cannot be relied on to take it back.
   */
  | "not-grouped"
  /** A host below ExcelApi 1.20: Excel keeps no undo history of the add-in's writes. */
  | "unavailable";

/** What a batch returned, and where it stands in Excel's undo history. */
export interface Undoable<T> {
  readonly value: T;
  readonly undo: UndoOutcome;
}

/** Which run of a batch this is: the grouped one, the run again after a refusal, or the only one (below 1.20). */
export type UndoAttempt = "grouped" | "again" | "plain";

/** Whether the host can make a write action one undo step. */
export function undoesAsOneStep(host: ExcelHost): boolean {
  return host.isSetSupported("ExcelApi", "1.20");
}

/**
 * The error a grouped batch fails with. Matched on `code`, as Excel's other errors: the documentation names the
 * error `UndoNotSupported`, and @types/office-js (1.0.612) has no `Excel.ErrorCodes` member for it yet.
 */
export function isUndoNotSupported(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "UndoNotSupported";
}

/**
 * Runs `batch` as one undo step where the host can. When the host refuses to group it, `batch` runs again
 * without the option: the request that failed applied nothing, and what earlier requests of the batch wrote is
 * still there, so `batch` must be one that can run again (Grade all and the template formatting write only what
 * differs). `batch` is told which attempt it is in, to carry over what the first attempt committed.
 */
export async function runUndoable<T>(
  host: ExcelHost,
  batch: (context: Excel.RequestContext, attempt: UndoAttempt) => Promise<T>,
): Promise<Undoable<T>> {
  const run = (as: RunBatch, attempt: UndoAttempt) => as((context) => batch(context, attempt));
  if (!undoesAsOneStep(host)) return { value: await run(host.run, "plain"), undo: "unavailable" };
  try {
    return { value: await run(host.runAsOneUndoStep, "grouped"), undo: "one-step" };
  } catch (error) {
    if (!isUndoNotSupported(error)) throw error;
  }
  return { value: await run(host.run, "again"), undo: "not-grouped" };
}
