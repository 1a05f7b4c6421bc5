/**
 * Errors shaped like office.js's `OfficeExtension.Error` (its runtime class is named "RichApi.Error"): a `code`
 * from `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, a message, and `debugInfo.errorLocation`.
 * Adapter code branches on `code`, so the codes are Excel's own; the messages copy Excel's where it matters.
 */

/** Excel's error codes the simulator raises, plus "NotImplemented" for API it deliberately does not simulate. */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "RunMustReturnPromise"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidSelection"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  /** A request that never reached the workbook (a lost connection); raised only when a test asks for it. */
  | "GeneralException"
  /** A request of a batch run with `mergeUndoGroup: true` calls an API without undo support (see undo.ts). */
  | "UndoNotSupported"
  /** An API or option of a newer requirement set than the simulated host advertises. */
  | "ApiNotFound"
  | "NotImplemented";

export class SimulatorError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { readonly code: SimErrorCode; readonly message: string; readonly errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Excel's exact text, so a test can compare with what a user of the real host would see. */
export function propertyNotLoaded(entity: string, property: string): SimulatorError {
  return new SimulatorError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function valueNotLoaded(location: string): SimulatorError {
  return new SimulatorError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    location,
  );
}

export function invalidObjectPath(path: string): SimulatorError {
  return new SimulatorError(
    "InvalidObjectPath",
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path,
  );
}

export function invalidArgument(location: string, detail: string): SimulatorError {
  return new SimulatorError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function itemNotFound(location: string, key: string): SimulatorError {
  return new SimulatorError("ItemNotFound", `The requested resource doesn't exist. ('${key}')`, location);
}

/** For Excel API the simulator leaves out on purpose: the adapter must not rely on it without extending the simulator. */
export function notSimulated(what: string): SimulatorError {
  return new SimulatorError(
    "NotImplemented",
    `Not simulated: ${what}. Extend src/simulator if the adapter needs it.`,
    what,
  );
}

/**
 * A grouped batch (`mergeUndoGroup: true`) called an API without undo support. The code is the error's name in
 * Microsoft's undo documentation; the message is the simulator's own (the documentation gives none).
 */
export function undoNotSupported(api: string): SimulatorError {
  return new SimulatorError(
    "UndoNotSupported",
    `This operation can't be grouped in one undo step: ${api} does not support undo. Nothing of this request was applied.`,
    api,
  );
}
