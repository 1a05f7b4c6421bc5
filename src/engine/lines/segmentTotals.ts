/** How many customers, and how much of the year's amount, each RFM type holds: the pane's view and `rfm`'s lines. */
import { LANGS, type Localized } from "../types";
import { rfmSegmentName } from "./rfm";
import { RFM_SEGMENTS, type RfmRow, type RfmSegment } from "./types";

export interface SegmentTotal {
  readonly segment: RfmSegment;
  readonly name: Localized;
  readonly customers: number;
  /** Sum of the customers' monetary values (the window's amount). */
  readonly amount: number;
}

/** All eight types in their fixed order (best first), empty ones included, so views never change shape. */
export function segmentTotals(rows: readonly RfmRow[]): SegmentTotal[] {
  const totals = new Map<RfmSegment, { customers: number; amount: number }>(
    RFM_SEGMENTS.map((segment) => [segment, { customers: 0, amount: 0 }]),
  );
  for (const row of rows) {
    const total = totals.get(row.segment);
    if (total) {
      total.customers++;
      total.amount += row.monetary;
    }
  }
  return RFM_SEGMENTS.map((segment) => {
    const total = totals.get(segment) ?? { customers: 0, amount: 0 };
    const name = Object.fromEntries(LANGS.map((lang) => [lang, rfmSegmentName(segment, lang)])) as Localized;
    return { segment, name, customers: total.customers, amount: Math.round(total.amount * 100) / 100 };
  });
}
