/** The history sheet's rows: one per grade change, text kept as text, and how they are cut into requests. */
import type { GradeChange } from "../../engine";
import { asCellText } from "../../plan";
import { TARGET_BYTES, jsonBytes } from "../payload";

export const HISTORY_FORMATS = ["yyyy-mm-dd hh:mm", "General", "General", "General", "General", "0.0"] as const;

export function historyRow(change: GradeChange): (string | number)[] {
  return [
    change.date,
    asCellText(change.customer),
    asCellText(change.customerId),
    asCellText(change.from ?? ""),
    asCellText(change.to ?? ""),
    change.score ?? "",
  ];
}

/** Consecutive slices of `rows` of at most ~2.5 MB each, sized from the first rows' bytes. */
export function historyChunks<T>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const sample = rows.slice(0, 200);
  const perRow = Math.max(1, jsonBytes(sample) / sample.length) * 1.5; // headroom for longer names further down
  const size = Math.max(1, Math.floor(TARGET_BYTES / perRow));
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
