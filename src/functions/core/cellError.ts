/**
 * What a custom function returns instead of a wrong value: Excel's error kinds with a message. Kept apart from
 * `CustomFunctions.Error` so the functions' logic runs (and is tested) without Excel; `functions.ts` converts.
 */
export interface CellError {
  /** #VALUE! for unreadable input, #N/A for missing headers or data: the two errors Excel shows a message for. */
  readonly error: "value" | "na";
  readonly message: string;
}

export const cellError = (error: CellError["error"], message: string): CellError => ({ error, message });

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}
