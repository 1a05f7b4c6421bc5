/**
 * How each column of the table was read, in column order: the `--json` document's `mapping` and the
 * `--explain-columns` listing are both made from this, so they never tell two stories.
 */
import {
  type CellValue,
  type ColumnMapping,
  FIELDS,
  type FieldId,
  type MappedColumn,
  type Table,
  isoDateOfSerial,
} from "../engine";

/** Why a column is not used. */
export type ColumnNote = "unrecognised" | "ambiguous" | "duplicate" | "older-period";

export interface ColumnReading {
  /** 1-based, as the analyst counts columns. */
  readonly column: number;
  readonly header: string;
  /** The field it is read as; null when not used. */
  readonly field: FieldId | null;
  readonly via: MappedColumn["via"] | null;
  /** 0–1, two decimals; null when not used. */
  readonly confidence: number | null;
  /** The period qualifier as written ("2017年", "(2017)"), null when none. */
  readonly period: string | null;
  /** The unit as written ("万元", "USD"), null when none. */
  readonly unit: string | null;
  /** Up to `SAMPLE_COUNT` distinct non-blank values, as text, from the top of the table. */
  readonly samples: readonly string[];
  readonly note: ColumnNote | null;
  /** ambiguous: the fields it could be. */
  readonly candidates?: readonly FieldId[];
  /** duplicate, older-period: the field and the column it is read from instead. */
  readonly readFrom?: { readonly field: FieldId; readonly header: string };
}

const SAMPLE_COUNT = 3;

const headerText = (cell: CellValue): string => (cell === null || cell === undefined ? "" : String(cell).trim());

/** A cell as the analyst would recognise it: a date field's serial as YYYY-MM-DD, anything else as typed. */
function cellText(cell: CellValue, field: FieldId | null): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number" && field !== null && FIELDS[field].type === "date" && cell > 0)
    return isoDateOfSerial(cell);
  return String(cell).trim();
}

/** The first few distinct values of a column; stops reading as soon as it has them. */
function samplesOf(table: Table, index: number, field: FieldId | null): string[] {
  const found = new Set<string>();
  for (const row of table.rows) {
    const text = cellText(row[index], field);
    if (text !== "") found.add(text);
    if (found.size === SAMPLE_COUNT) break;
  }
  return [...found];
}

type Unused = Pick<ColumnReading, "note" | "candidates" | "readFrom">;

/** Why each column the mapping leaves out is not used, by 0-based index. */
function unusedColumns(mapping: ColumnMapping): Map<number, Unused> {
  const readFrom = (field: FieldId) => ({ field, header: mapping.columns[field]?.header ?? "" });
  const out = new Map<number, Unused>();
  for (const column of mapping.ignored)
    out.set(
      column.index,
      column.olderPeriodOf
        ? { note: "older-period", readFrom: readFrom(column.olderPeriodOf) }
        : { note: "unrecognised" },
    );
  for (const issue of mapping.issues) {
    if (issue.code === "ambiguous-header") out.set(issue.index, { note: "ambiguous", candidates: issue.fields });
    const [field] = issue.fields;
    if (issue.code === "duplicate-field" && field)
      out.set(issue.index, { note: "duplicate", readFrom: readFrom(field) });
  }
  return out;
}

/**
 * One reading per column of the table, in column order.
 * @example columnReadings({ headers: ["客户名称", "备注说明"], rows: [["甲公司", ""]] }, mapping)[0]?.field // "customerName"
 */
export function columnReadings(table: Table, mapping: ColumnMapping): ColumnReading[] {
  const placed = new Map<number, MappedColumn>();
  for (const column of Object.values(mapping.columns)) if (column) placed.set(column.index, column);
  const unused = unusedColumns(mapping);
  return table.headers.map((cell, i): ColumnReading => {
    const column = placed.get(i);
    const field = column?.field ?? null;
    const base = {
      column: i + 1,
      header: column?.header ?? headerText(cell),
      field,
      via: column?.via ?? null,
      confidence: column ? Math.round(column.confidence * 100) / 100 : null,
      period: column?.periodText || null,
      unit: column?.unit || null,
      samples: samplesOf(table, i, field),
    };
    return column ? { ...base, note: null } : { ...base, ...(unused.get(i) ?? { note: "unrecognised" }) };
  });
}
