/**
 * `OfficeExtension.EventHandlers` / `EventHandlerResult` for table events: `add` and `remove` are queued and take
 * effect at the next sync, as Excel registers handlers with the host during the request.
 */
import { SimulatorError } from "./errors";
import type { Session, Transaction } from "./session";

type Handler<T> = (args: T) => Promise<unknown>;

export class SimEventHandlerResult<T> {
  constructor(
    private readonly session: Session,
    private readonly path: string,
    private readonly unregister: (tx: Transaction, handler: Handler<T>) => void,
    private readonly handler: Handler<T>,
  ) {}

  /** The context to pass to `run(context, batch)` to remove the handler in a later run, as Excel's docs do. */
  get context(): Excel.RequestContext {
    if (this.session.requestContext === undefined) throw new Error("simulator: session has no request context");
    return this.session.requestContext;
  }

  /**
   * Queued on the context the handler was added in. In Excel a removal queued after that run ended waits,
   * silently, for a sync of that context; the simulator refuses it instead and names the documented way.
   */
  remove(): void {
    if (!this.session.isOpen) {
      throw new SimulatorError(
        "InvalidObjectPath",
        `${this.path}: the run that added this handler has ended, so remove() would never reach Excel. Remove it inside run(result.context, async (context) => { result.remove(); await context.sync(); }).`,
        `${this.path}.remove()`,
      );
    }
    this.session.enqueue(`${this.path}.remove()`, { run: (tx) => this.unregister(tx, this.handler) });
  }
}

export class SimEventHandlers<T> {
  constructor(
    private readonly session: Session,
    private readonly path: string,
    private readonly register: (tx: Transaction, handler: Handler<T>) => void,
    private readonly unregister: (tx: Transaction, handler: Handler<T>) => void,
  ) {}

  add(handler: Handler<T>): SimEventHandlerResult<T> {
    this.session.enqueue(`${this.path}.add()`, { run: (tx) => this.register(tx, handler) });
    return new SimEventHandlerResult(this.session, this.path, this.unregister, handler);
  }

  remove(handler: Handler<T>): void {
    this.session.enqueue(`${this.path}.remove()`, { run: (tx) => this.unregister(tx, handler) });
  }
}
