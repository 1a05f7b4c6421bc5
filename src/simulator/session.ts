/**
 * One request context's queue and its `sync()`: queued actions run in order against the workbook, loaded values
 * reach the proxies only when the whole request succeeded, and Excel on the web's size limits are enforced.
 */
import type { EventHub } from "./events";
import { SimulatorError, invalidObjectPath, undoNotSupported } from "./errors";
import { LIMITS, toJson, utf8Length } from "./limits";
import type { WorkbookModel } from "./model";
import { type RequestStats, type SimStats, emptyRequest } from "./stats";

/**
 * What a session needs of the undo history (`UndoHistory` in undo.ts), declared here so that imports stay
 * one-way; a captured state is opaque to it.
 */
export interface UndoRecorder {
  readonly recording: boolean;
  capture(): object;
  commit(before: object): void;
  clear(): void;
}

/** What every context of one simulated workbook shares. */
export interface Host {
  readonly model: WorkbookModel;
  readonly stats: SimStats;
  readonly events: EventHub;
  /** Requests still to succeed before one fails as a lost connection (`SimWorkbook.failRequestAfter`); null: none. */
  readonly faults?: { requestsBeforeFailure: number | null };
  /** The newest ExcelApi minor version the simulated host advertises (`1.<excelApiMinor>`). */
  readonly excelApiMinor: number;
  /** Excel's undo history (see undo.ts); records nothing below ExcelApi 1.20. */
  readonly undo: UndoRecorder;
  /** `Entity.member` names a grouped batch may not call (see `APIS_WITHOUT_UNDO` in undo.ts). */
  readonly apisWithoutUndo: ReadonlySet<string>;
  /**
   * Told once at the end of a sync that set a property or called a method (an action naming its API), whether
   * or not it then failed: for a page that draws the workbook (`SimWorkbook.onChange`), not for the add-in.
   */
  readonly requestApplied?: () => void;
}

/** One queued action. */
export interface Action {
  /** Data the action sends (written values and the like); measured against the request limit. */
  readonly payload?: unknown;
  /** The API the action calls, as `Entity.member` (set for the simulated objects' own writes and methods). */
  readonly api?: string;
  /** Runs at sync; `sent` is `payload` after the JSON round trip office.js puts it through. */
  run(tx: Transaction, sent: unknown): void;
}

/** The state of one request while it runs. */
export class Transaction {
  /** Applied to the proxies only if the whole request succeeds (Excel returns no loaded values on failure). */
  readonly deliveries: (() => void)[] = [];

  constructor(
    readonly host: Host,
    readonly stats: RequestStats,
  ) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** Counts a loaded value as received, and keeps it for `into` once the request succeeds. */
  deliver(value: unknown, into: (value: unknown) => void): void {
    this.stats.bytesReceived += utf8Length(toJson(value));
    this.deliveries.push(() => into(value));
  }
}

export class Session {
  private queue: Action[] = [];
  private open = true;
  /** The `Excel.RequestContext` this session backs (set by the context), for `EventHandlerResult.context`. */
  requestContext: Excel.RequestContext | undefined;
  /**
   * `mergeUndoGroup: true`: every request of the run is one undo entry; `undefined` until the run's first
   * request, then the state before it.
   */
  private group: { before: object | undefined } | null;

  constructor(
    readonly host: Host,
    options: { readonly mergeUndoGroup?: boolean } = {},
  ) {
    this.group = options.mergeUndoGroup === true ? { before: undefined } : null;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Excel.run ends: objects of this context can no longer queue anything. */
  close(): void {
    this.open = false;
    this.queue = [];
    // The grouped run ends: what its requests changed is one entry.
    if (this.group?.before !== undefined) this.host.undo.commit(this.group.before);
    this.group = null; // a context reused by `run(context, batch)` runs without the option
  }

  /** `run(context, batch)` reuses a context (how Excel removes an event handler added in an earlier run). */
  reopen(): void {
    if (this.open)
      throw new SimulatorError("InvalidOperation", "This request context is already in use by a running batch.");
    this.open = true;
  }

  /** Throws Excel's InvalidObjectPath if the context's run has ended. */
  assertOpen(path: string): void {
    if (!this.open) throw invalidObjectPath(path);
  }

  enqueue(path: string, action: Action): void {
    this.assertOpen(path);
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    this.assertOpen("context.sync()");
    const actions = this.queue;
    this.queue = [];
    // A round trip is asynchronous: let the caller's synchronous code finish first, as with a real request.
    await Promise.resolve();
    if (actions.length === 0) return;

    const { stats: all } = this.host;
    const stats = emptyRequest();
    all.syncs += 1;
    all.requests.push(stats);
    try {
      const sent = actions.map((action) => {
        if (action.payload === undefined) return undefined;
        const json = toJson(action.payload);
        stats.bytesSent += utf8Length(json);
        return JSON.parse(json) as unknown;
      });
      const faults = this.host.faults;
      if (faults && faults.requestsBeforeFailure !== null && faults.requestsBeforeFailure-- === 0) {
        faults.requestsBeforeFailure = null;
        throw new SimulatorError(
          "GeneralException",
          "The request could not be completed (the connection was lost). Nothing was applied.",
        );
      }
      if (stats.bytesSent > LIMITS.requestBytes) {
        throw new SimulatorError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${stats.bytesSent} > ${LIMITS.requestBytes} bytes). Nothing was applied.`,
        );
      }
      const { undo, apisWithoutUndo } = this.host;
      const withoutUndo = actions.find((action) => action.api !== undefined && apisWithoutUndo.has(action.api));
      if (this.group !== null && withoutUndo?.api !== undefined) throw undoNotSupported(withoutUndo.api);
      if (this.group !== null && undo.recording) this.group.before ??= undo.capture();
      const before = this.group === null && undo.recording ? undo.capture() : null;
      const tx = new Transaction(this.host, stats);
      try {
        // Like Excel, actions before a failing one stay applied; only the loaded values are lost.
        actions.forEach((action, i) => action.run(tx, sent[i]));
      } finally {
        if (before !== null) {
          if (withoutUndo === undefined) undo.commit(before);
          else undo.clear();
        }
        if (actions.some((action) => action.api !== undefined)) this.host.requestApplied?.();
      }
      if (stats.bytesReceived > LIMITS.responseBytes) {
        throw new SimulatorError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${stats.bytesReceived} > ${LIMITS.responseBytes} bytes).`,
        );
      }
      for (const deliver of tx.deliveries) deliver();
    } catch (error) {
      stats.error = error instanceof SimulatorError ? error.code : "UnexpectedError";
      throw error;
    }
  }
}
