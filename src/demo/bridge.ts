/**
 * What the demo page (demo.html, the grid) and the pane inside its frame (demo-taskpane.html) share. The
 * workbook is made inside the pane's frame, so everything the add-in touches (arrays, promises, objects zod
 * checks) belongs to the pane's own JavaScript realm; the grid only reads cell values and makes edits.
 */
import type { SimWorkbook, WorkbookSpec } from "../simulator";

export interface DemoBridge {
  /** The workbook to open in the pane that is loading. */
  workbookSpec(): WorkbookSpec;
  /** The pane's stand-in hands over the workbook it opened, for the grid to draw and edit. */
  attach(workbook: SimWorkbook): void;
}

/** The name of the demo page's global the pane's frame looks for in its parent. */
const BRIDGE_GLOBAL = "customerGraderDemo";

/** The demo page's bridge when this frame is the pane inside demo.html; undefined when opened on its own. */
export function parentBridge(): DemoBridge | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as Record<string, DemoBridge | undefined>)[BRIDGE_GLOBAL];
  } catch {
    return undefined; // a parent from another origin
  }
}

export function publishBridge(bridge: DemoBridge): void {
  (window as unknown as Record<string, DemoBridge>)[BRIDGE_GLOBAL] = bridge;
}
