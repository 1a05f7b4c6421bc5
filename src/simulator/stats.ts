/** Counters a test reads to assert how the adapter talks to Excel: round trips, bytes and cells per request. */
import type { SimErrorCode } from "./errors";

export interface RequestStats {
  /** UTF-8 bytes of the JSON of everything written (values, formulas, number formats, column values, settings). */
  bytesSent: number;
  /** UTF-8 bytes of the JSON of everything loaded. */
  bytesReceived: number;
  /** Cells of every grid property loaded (`values`, `formulas`, `numberFormat` each count). */
  cellsRead: number;
  /** Cells of every grid property written, and of the data of added columns. */
  cellsWritten: number;
  /** `application.suspendApiCalculationUntilNextSync()` was queued in this request. */
  suspendedCalculation: boolean;
  /** `application.calculate(type)` was queued in this request: its type. */
  calculation: string | null;
  /** The code the sync failed with ("UnexpectedError" for a non-Excel error, i.e. a simulator bug), or null. */
  error: SimErrorCode | "UnexpectedError" | null;
}

export interface HandlerError {
  readonly event: "TableChanged" | "TableSelectionChanged" | "WorksheetChanged";
  readonly tableId: string;
  readonly error: unknown;
}

export interface SimStats {
  /** Round trips: `context.sync()` calls that had something queued (an empty sync sends nothing, as in office.js). */
  syncs: number;
  /** One entry per round trip, in order. */
  requests: RequestStats[];
  /** Event handler calls made. */
  handlerCalls: number;
  /** Errors thrown (or rejected) by event handlers: caught so other handlers still run, and kept here to assert on. */
  handlerErrors: HandlerError[];
}

export function emptyStats(): SimStats {
  return { syncs: 0, requests: [], handlerCalls: 0, handlerErrors: [] };
}

export function emptyRequest(): RequestStats {
  return {
    bytesSent: 0,
    bytesReceived: 0,
    cellsRead: 0,
    cellsWritten: 0,
    suspendedCalculation: false,
    calculation: null,
    error: null,
  };
}
