/**
 * Requirement sets the adapter uses, checked before anything runs so an old host gets a message, not an
 * exception. ExcelApi 1.8 brings `runtime.enableEvents` (the add-in's writes must not trigger grading) on
 * top of 1.7's table events and `getRangeByIndexes`, and 1.4's workbook settings.
 */
import { type AdapterError, adapterErrors } from "./errors";
import type { ExcelHost } from "./host";

export const REQUIRED_SETS: readonly (readonly [string, string])[] = [["ExcelApi", "1.8"]];

export function checkRequirements(host: ExcelHost): AdapterError | null {
  for (const [name, version] of REQUIRED_SETS) {
    if (!host.isSetSupported(name, version)) return adapterErrors.hostTooOld(`${name} ${version}`);
  }
  return null;
}
