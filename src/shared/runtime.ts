/**
 * The one adapter of the shared runtime: the task pane, the custom functions and the ribbon's Grade all all
 * use it, so they grade with the same rule set. Created on first use, inside Office only.
 */
import { type ExcelAdapter, createExcelAdapter, officeHost } from "../excel";

let adapter: ExcelAdapter | undefined;

export function sharedAdapter(): ExcelAdapter {
  adapter ??= createExcelAdapter(officeHost());
  return adapter;
}
