/** The RFM view's figures: customers and amount per type (the eight, in their fixed order), customers per score. */
import { RFM_SEGMENTS, type RfmRow, type RfmSegment } from "../../engine/lines/types";

export interface SegmentFigures {
  readonly segment: RfmSegment;
  readonly customers: number;
  readonly amount: number;
}

export interface ScoreCounts {
  readonly score: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

export interface RfmBreakdown {
  readonly segments: readonly SegmentFigures[];
  readonly scores: readonly ScoreCounts[];
  readonly customers: number;
  readonly amount: number;
}

export function rfmBreakdown(rows: readonly RfmRow[]): RfmBreakdown {
  const bySegment = new Map<RfmSegment, { customers: number; amount: number }>();
  const scores = [1, 2, 3, 4, 5].map((score) => ({ score, r: 0, f: 0, m: 0 }));
  let amount = 0;
  for (const row of rows) {
    const figures = bySegment.get(row.segment) ?? { customers: 0, amount: 0 };
    figures.customers += 1;
    figures.amount += row.monetary;
    bySegment.set(row.segment, figures);
    amount += row.monetary;
    const [r, f, m] = [scores[row.r - 1], scores[row.f - 1], scores[row.m - 1]];
    if (r) r.r += 1;
    if (f) f.f += 1;
    if (m) m.m += 1;
  }
  return {
    segments: RFM_SEGMENTS.map((segment) => ({ segment, customers: 0, amount: 0, ...bySegment.get(segment) })),
    scores,
    customers: rows.length,
    amount,
  };
}
