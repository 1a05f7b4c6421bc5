/**
 * Other names for a table's columns, for the synonym property tests: each mapped column's field's aliases
 * (src/engine/fields.ts) written in the column's own period and unit, kept only when the renamed header maps to
 * the same field, scale and period on its own (so a synonym the header matcher does not yet read alone is
 * left out rather than reported as a grading difference).
 */
import { type CellValue, FIELDS, type FieldId, type Table, mapColumns } from "../../src/engine";

/** How a column's header wraps a field name: its period and its unit ("本年" + name + "(万元)"). */
export type HeaderShape = (name: string) => string;

/** A table column that can be renamed: its index, its field, and the headers it may be given. */
export interface RenamableColumn {
  readonly index: number;
  readonly field: FieldId;
  readonly names: readonly string[];
}

const hasCjk = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

/**
 * Bucket headers as receivables reports write them: the ageing fields have no aliases, their headers are read
 * as ranges of days (src/engine/headers/ageing.ts).
 */
const BUCKET_NAMES: Partial<Record<FieldId, readonly string[]>> = {
  ageingCurrent: ["0-30天", "0~30天", "账龄0-30天", "30天以内", "未到期", "Current", "Not due", "0-30 days", "0 - 30"],
  ageing31to60: ["31-60天", "31~60天", "账龄31-60天", "逾期31-60天", "31-60 days", "31 - 60 Days Past Due", "31 to 60"],
  ageing61to90: [
    "61-90天",
    "61~90天",
    "账龄61-90天",
    "帳齡 61-90天",
    "61-90 days",
    "61 - 90 Days Past Due",
    "61 to 90",
  ],
  ageingOver90: ["90天以上", "91天以上", "超过90天", "账龄90天以上", "91 and over", "Over 90", "90+ days", "> 90 days"],
};

/** The names a field may be written with in a table of the given script. */
function namesOf(field: FieldId, cjk: boolean): readonly string[] {
  const names = BUCKET_NAMES[field] ?? FIELDS[field].aliases;
  return names.filter((name) => hasCjk(name) === cjk);
}

/** The headers with one replaced. */
function withHeader(headers: readonly CellValue[], index: number, header: string): CellValue[] {
  return headers.map((h, i) => (i === index ? header : h));
}

/**
 * Every mapped column of the table with the other headers it may carry. `shapes` gives, by header as written,
 * how a column with a period or a unit wraps a name; a column without one is renamed to the bare name.
 * Throws when a column has a period or a unit and no shape, so a golden with a new shape is not silently
 * renamed to a different period or scale.
 */
export function renamableColumns(
  headers: readonly CellValue[],
  shapes: Readonly<Record<string, HeaderShape>> = {},
): RenamableColumn[] {
  const mapping = mapColumns(headers);
  const placed = Object.values(mapping.columns).flatMap((c) => (c && c.via !== "override" ? [c] : []));
  return placed
    .filter((column) => FIELDS[column.field].role === "input")
    .map((column) => {
      const shape = shapes[column.header];
      if (!shape && (column.period !== null || column.unit !== ""))
        throw new Error(`"${column.header}" has a period or a unit: give its shape`);
      const wrap = shape ?? ((name: string) => name);
      const names = namesOf(column.field, hasCjk(column.header))
        .map(wrap)
        .filter((header) => {
          const renamed = mapColumns(withHeader(headers, column.index, header));
          const again = renamed.columns[column.field];
          const sameOthers = placed.every((other) => renamed.columns[other.field]?.index === other.index);
          return (
            again !== undefined &&
            sameOthers &&
            again.scale === column.scale &&
            JSON.stringify(again.period) === JSON.stringify(column.period)
          );
        });
      return { index: column.index, field: column.field, names: [...new Set([column.header, ...names])] };
    });
}

/** The table with its columns renamed (index → header) and reordered: new column j is old column `order[j]`. */
export function renamedAndReordered(table: Table, names: ReadonlyMap<number, string>, order: readonly number[]): Table {
  return {
    headers: order.map((i) => names.get(i) ?? table.headers[i] ?? null),
    rows: table.rows.map((row) => order.map((i) => row[i] ?? null)),
  };
}
