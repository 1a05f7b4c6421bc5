/**
 * The request context and `run`. Only the members below exist; the context is cast to `Excel.RequestContext`
 * once, in `run`, so adapter code typed against Excel compiles, and anything it uses beyond this subset is
 * `undefined` at run time and fails loudly instead of silently doing nothing.
 */
import { SimClientObject } from "./clientObject";
import { SimulatorError, invalidArgument, notSimulated } from "./errors";
import type { WorkbookModel } from "./model";
import { SimRange } from "./range";
import { type Host, Session, type Transaction } from "./session";
import { SimNamedItemCollection } from "./names";
import { SimSettingCollection } from "./settings";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

export class SimRuntime extends SimClientObject<WorkbookModel> {
  protected readonly entity = "Runtime";
  protected readonly properties = ["enableEvents"] as const;

  constructor(session: Session) {
    super(session, "runtime", (tx) => tx.model);
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }

  /** Takes effect at sync, for the add-in's runtime: no table event reaches its handlers while false. */
  set enableEvents(value: boolean) {
    this.session.assertOpen(this.path);
    this.keep("enableEvents", value);
    this.queue("enableEvents", {
      payload: value,
      run: (tx, sent) => {
        if (typeof sent !== "boolean") throw invalidArgument("runtime.enableEvents", "must be a boolean");
        tx.model.enableEvents = sent;
      },
    });
  }

  protected readProperty(model: WorkbookModel): unknown {
    return model.enableEvents;
  }
}

export class SimApplication {
  constructor(private readonly session: Session) {}

  /** Recorded in the request's stats (`suspendedCalculation`); the simulator never calculates anyway. */
  suspendApiCalculationUntilNextSync(): void {
    this.session.enqueue("application.suspendApiCalculationUntilNextSync()", {
      run: (tx: Transaction) => {
        tx.stats.suspendedCalculation = true;
      },
    });
  }

  /** Recorded in the request's stats (`calculation`): there are no formulas to evaluate here. */
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.session.enqueue(`application.calculate(${calculationType})`, {
      run: (tx: Transaction) => {
        tx.stats.calculation = String(calculationType);
      },
    });
  }
}

export class SimWorkbookObject {
  readonly tables: SimTableCollection;
  readonly settings: SimSettingCollection;
  readonly worksheets: SimWorksheetCollection;
  /** Defined names (see names.ts). */
  readonly names: SimNamedItemCollection;

  constructor(
    private readonly session: Session,
    readonly application: SimApplication,
  ) {
    this.names = new SimNamedItemCollection(session);
    this.tables = new SimTableCollection(session);
    this.settings = new SimSettingCollection(session);
    this.worksheets = new SimWorksheetCollection(session);
  }

  getSelectedRange(): SimRange {
    this.session.assertOpen("workbook.getSelectedRange()");
    return new SimRange(this.session, "workbook.getSelectedRange()", (tx) => {
      const selection = tx.model.selection;
      if (selection === null) throw new SimulatorError("InvalidSelection", "Nothing is selected.");
      return { sheet: selection.sheet, rect: selection.rect };
    });
  }
}

export class SimRequestContext {
  readonly application: SimApplication;
  readonly workbook: SimWorkbookObject;
  readonly runtime: SimRuntime;

  constructor(/** @internal */ readonly session: Session) {
    this.application = new SimApplication(session);
    this.workbook = new SimWorkbookObject(session, this.application);
    this.runtime = new SimRuntime(session);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.session.sync();
    return passThroughValue as T;
  }
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * `Excel.run`: the batch form, `run(context, batch)` to reuse a context (for removing event handlers), and
 * `run(options, batch)` with `Excel.RunOptions`, of which only `mergeUndoGroup` (ExcelApi 1.20) is simulated.
 */
export interface RunFunction {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

/**
 * The run options the simulator takes. `mergeUndoGroup` is refused (ApiNotFound) on a host that does not
 * advertise ExcelApi 1.20: a real older host may just ignore it, but then the pane would promise an undo step
 * Excel does not keep, so a test must see the adapter pass it only where 1.20 is advertised.
 */
function runOptions(host: Host, options: object): { readonly mergeUndoGroup?: boolean } {
  const { mergeUndoGroup, ...rest } = options as Excel.RunOptions;
  const others = Object.keys(rest);
  if (others.length > 0) throw notSimulated(`Excel.run options ${others.join(", ")}`);
  if (mergeUndoGroup !== undefined && typeof mergeUndoGroup !== "boolean")
    throw invalidArgument("run", "mergeUndoGroup must be a boolean");
  if (mergeUndoGroup !== undefined && host.excelApiMinor < 20)
    throw new SimulatorError(
      "ApiNotFound",
      `The API you are trying to use could not be found. It may be available in a newer version of Excel. (RunOptions.mergeUndoGroup needs ExcelApi 1.20; this host has 1.${host.excelApiMinor})`,
      "Excel.run",
    );
  return mergeUndoGroup === undefined ? {} : { mergeUndoGroup };
}

export function makeRun(host: Host): RunFunction {
  async function run<T>(
    first: Batch<T> | OfficeExtension.ClientRequestContext | Excel.RunOptions,
    second?: Batch<T>,
  ): Promise<T> {
    let context: SimRequestContext;
    let batch: Batch<T>;
    if (typeof first === "function") {
      context = new SimRequestContext(new Session(host));
      batch = first;
    } else if (!(first instanceof SimRequestContext) && second !== undefined && isPlainObject(first)) {
      context = new SimRequestContext(new Session(host, runOptions(host, first)));
      batch = second;
    } else {
      const previous: unknown = first;
      if (!(previous instanceof SimRequestContext) || previous.session.host !== host || second === undefined) {
        throw invalidArgument("run", "run(context, batch) takes a context from an earlier run of this workbook");
      }
      previous.session.reopen();
      context = previous;
      batch = second;
    }
    // The one cast: see the file comment. Only the simulated subset exists behind this type.
    const excelContext = context as unknown as Excel.RequestContext;
    context.session.requestContext = excelContext;
    try {
      const pending: unknown = batch(excelContext);
      if (typeof (pending as { then?: unknown } | null)?.then !== "function") {
        throw new SimulatorError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
        );
      }
      const result = await (pending as Promise<T>);
      // Excel.run syncs once more after the batch resolves, so queued writes are not lost.
      return await context.sync(result);
    } finally {
      context.session.close();
    }
  }
  return run;
}

/** An options object, as opposed to a context or API object (class instances). */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
