/**
 * What the customers-from-lines part needs of the engine, handed in rather than imported: the builder and the
 * RFM types' names. `loadLinesEngine` below is THE WIRING POINT: the pane's entry (`src/taskpane/index.tsx`)
 * passes it to `App`; tests pass their own. It is loaded only when the analyst opens the part, with the part's
 * code, so neither is in the pane's first load.
 */
import type { BuildCustomers, SegmentName } from "../../engine/lines/types";

export interface LinesEngine {
  readonly build: BuildCustomers;
  readonly segmentName: SegmentName;
}

export type LinesEngineLoader = () => Promise<LinesEngine>;

/**
 * `null` until the engine's builder is wired (the part is then not shown). Wired, it reads:
 *
 *   export const loadLinesEngine: LinesEngineLoader | null = async () => {
 *     const [{ buildCustomers }, { rfmSegmentName }] = await Promise.all([
 *       import("../../engine/lines/buildCustomers"),
 *       import("../../engine/lines/rfm"),
 *     ]);
 *     return { build: buildCustomers, segmentName: rfmSegmentName };
 *   };
 */
export const loadLinesEngine: LinesEngineLoader | null = null;
