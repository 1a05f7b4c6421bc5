/**
 * The add-in's own columns (grade, score, remark): found by header, or appended with headers in the table's
 * language. Only these columns are ever written.
 */
import { FIELDS, type ColumnMapping, type Lang } from "../engine";

export const OUTPUT_FIELDS = ["grade", "score", "remark"] as const;
export type OutputField = (typeof OUTPUT_FIELDS)[number];

/** 0-based table column of each output field. */
export type OutputColumns = Readonly<Record<OutputField, number>>;

export interface OutputPlan {
  readonly columns: OutputColumns;
  /** Headers of the columns to append, in order, right of the table's last column. */
  readonly toAdd: readonly string[];
}

export function planOutputColumns(mapping: ColumnMapping, columnCount: number, language: Lang): OutputPlan {
  const toAdd: string[] = [];
  const index = (field: OutputField): number => {
    const found = mapping.columns[field];
    if (found) return found.index;
    toAdd.push(FIELDS[field].label[language]);
    return columnCount + toAdd.length - 1;
  };
  const columns = { grade: index("grade"), score: index("score"), remark: index("remark") };
  return { columns, toAdd };
}

/** Whether the output columns sit side by side in grade, score, remark order (one 2-D write per row run). */
export function outputsAdjacent(columns: OutputColumns): boolean {
  return columns.score === columns.grade + 1 && columns.remark === columns.score + 1;
}
