/**
 * The one place that reaches Excel. Everything else in src/excel takes an `ExcelHost`, so the same adapter
 * runs against real Excel (`officeHost()`) and against the simulator in tests and the local demo page.
 */

/** The batch form of `Excel.run`. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly run: RunBatch;
  /**
   * `Excel.run({ mergeUndoGroup: true }, batch)`: every `context.sync()` of the batch merged into one undo step
   * (`Excel.RunOptions.mergeUndoGroup`, ExcelApi 1.20; declared by @types/office-js). Only where
   * `isSetSupported("ExcelApi", "1.20")`: the adapter goes through `runUndoable` (undoStep.ts), never calls it alone.
   */
  readonly runAsOneUndoStep: RunBatch;
  /**
   * Removes an event handler. Excel wants this done in the context the handler was added with
   * (`Excel.run(result.context, …)`); a fresh context would silently leave the handler in place.
   */
  readonly removeHandler: (registration: OfficeExtension.EventHandlerResult<unknown>) => Promise<void>;
  /** `Office.context.requirements.isSetSupported`: false when the host cannot answer. */
  readonly isSetSupported: (name: string, version: string) => boolean;
}

/** The real host: Excel.run and Office's requirement-set check. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    runAsOneUndoStep: (batch) => Excel.run({ mergeUndoGroup: true }, batch),
    removeHandler: (registration) =>
      Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }),
    isSetSupported: (name, version) => {
      try {
        return Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false; // an old host without the requirements API supports none of the sets we need
      }
    },
  };
}
