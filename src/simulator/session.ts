/**
 * One request context's queue and its `sync()`: queued actions run in order against the workbook, loaded values
 * reach the proxies only when the whole request succeeded, and Excel on the web's size limits are enforced.
 */
import type { EventHub } from "./events";
import { SimulatorError, invalidObjectPath } from "./errors";
import { LIMITS, toJson, utf8Length } from "./limits";
import type { WorkbookModel } from "./model";
import { type RequestStats, type SimStats, emptyRequest } from "./stats";

/** What every context of one simulated workbook shares. */
export interface Host {
  readonly model: WorkbookModel;
  readonly stats: SimStats;
  readonly events: EventHub;
  /** Requests still to succeed before one fails as a lost connection (`SimWorkbook.failRequestAfter`); null: none. */
  readonly faults?: { requestsBeforeFailure: number | null };
}

/** One queued action. */
export interface Action {
  /** Data the action sends (written values and the like); measured against the request limit. */
  readonly payload?: unknown;
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

  constructor(readonly host: Host) {}

  get isOpen(): boolean {
    return this.open;
  }

  /** Excel.run ends: objects of this context can no longer queue anything. */
  close(): void {
    this.open = false;
    this.queue = [];
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
      const tx = new Transaction(this.host, stats);
      // Like Excel, actions before a failing one stay applied; only the loaded values are lost.
      actions.forEach((action, i) => action.run(tx, sent[i]));
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
