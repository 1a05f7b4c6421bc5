/**
 * What the customers-from-lines part needs of the engine, handed in rather than imported: the builder and the
 * RFM types' names. `loadLinesEngine` below is the wiring point: the pane's entry (`src/taskpane/index.tsx`)
 * passes it to `App`; tests pass their own. It is loaded only when the analyst opens the part, with the part's
 * code, so neither is in the pane's first load.
 */
import type { BuildCustomers, SegmentName } from "../../engine/lines/types";

export interface LinesEngine {
  readonly build: BuildCustomers;
  readonly segmentName: SegmentName;
}

export type LinesEngineLoader = () => Promise<LinesEngine>;

/** The builder and the names, in their own chunk: loaded when the analyst opens the part, not with the pane. */
export const loadLinesEngine: LinesEngineLoader | null = async () => {
  const [{ buildCustomers }, { rfmSegmentName }] = await Promise.all([
    import("../../engine/lines/buildCustomers"),
    import("../../engine/lines/rfm"),
  ]);
  return { build: buildCustomers, segmentName: rfmSegmentName };
};
