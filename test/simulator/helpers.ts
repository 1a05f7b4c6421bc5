/** A small workbook the simulator tests share: table "Customers" with its header at B2 of "Data". */
import { type CellInput, SimulatorError, createWorkbook } from "../../src/simulator";

export const HEADERS = ["Name", "Amount", "Grade"];
export const ROWS: CellInput[][] = [
  ["Alpha", 120, "A"],
  ["Beta", 80, "B"],
  ["Gamma", null, "C"],
];

export function smallWorkbook() {
  return createWorkbook({
    sheets: [{ name: "Data" }, { name: "Notes", cells: [["keep"], [null, 2]] }],
    tables: [{ name: "Customers", sheet: "Data", topRow: 1, leftColumn: 1, headers: HEADERS, rows: ROWS }],
  });
}

/** The Excel error code a promise rejected with (fails the test if it resolved or threw something else). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SimulatorError) return error.code;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

/** The Excel error code a synchronous call threw. */
export function thrownCode(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof SimulatorError) return error.code;
    throw error;
  }
  throw new Error("expected the call to throw");
}
