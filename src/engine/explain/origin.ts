/**
 * Which cell a row's value of a field came from, for the score card (to name the cell) and for what would lift
 * a grade (only a value typed in one cell is a change the analyst can make there).
 */
import { isDerivedField } from "../customFields";
import { DERIVED_FIELDS, FALLBACKS } from "../derived";
import { FIELDS, isFieldId } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import type { FieldRef } from "../rules/schema";
import { type CellValue, type Table, assertNever } from "../types";
import { frequencyInText } from "../values/frequency";
import { type TableColumns, readColumns } from "../grade/columns";
import { type FieldSource, FIELD_SOURCES, sourceAvailable, sourceInputs } from "../grade/fieldSources";

/** Where a row's value of a field came from. */
export interface ValueOrigin {
  /** 0-based column of the table. */
  readonly column: number;
  /**
   * True when the value is the cell's own, as read (and scaled by its header's unit or period); false when it
   * is computed from the cell (the years since a date, the frequency written in a phrase).
   */
  readonly direct: boolean;
}

const isBlank = (cell: CellValue): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim().length === 0);

/** The derived values computed from one column (a date); the others combine several. */
const ONE_INPUT: Partial<Record<string, FieldRef>> = {
  relationshipYears: "relationshipStart",
  daysSinceLastTransaction: "lastTransaction",
};

/** `asOf`: the date the table was graded to (a period's figure is scaled by it). */
export function valueOrigins(table: Table, mapping: ColumnMapping, columns: TableColumns, asOf: number) {
  /** Whether a source gave the row its value (sources are tried in order, as the reader tries them). */
  const gave = (source: FieldSource, row: number): ValueOrigin | null | undefined => {
    switch (source.kind) {
      case "phrase": {
        const text = columns.texts(source.from)[row];
        const own = mapping.columns[source.from];
        return text != null && own && frequencyInText(text) !== null ? { column: own.index, direct: false } : undefined;
      }
      case "count": {
        const own = mapping.columns[source.from];
        const v = columns.numbers(source.from)[row] as number;
        return own && v === v ? { column: own.index, direct: false } : undefined;
      }
      case "months":
      case "ratio":
      case "ageingDays":
      case "ageingSum":
      case "ageingOverdue":
        return null; // several columns
      default:
        return assertNever(source, "field source");
    }
  };

  /** The one column a row's value of the field came from; null when from several (a ratio, months) or none. */
  function origin(ref: FieldRef, row: number): ValueOrigin | null {
    if (isDerivedField(ref)) {
      const from = ONE_INPUT[ref];
      const found = from === undefined ? null : origin(from, row);
      return found && { column: found.column, direct: false };
    }
    if (!isFieldId(ref)) {
      const own = mapping.custom?.[ref];
      return own ? { column: own.index, direct: true } : null;
    }
    const own = mapping.columns[ref];
    if (FIELDS[ref].type === "text") {
      if (own && columns.ownTexts(ref)[row] != null) return { column: own.index, direct: true };
      const fallback = FALLBACKS[ref];
      if (fallback && mapping.columns[fallback] && columns.texts(fallback)[row] != null) return origin(fallback, row);
      return own ? { column: own.index, direct: true } : null;
    }
    if (own && !isBlank(table.rows[row]?.[own.index])) return { column: own.index, direct: true };
    for (const source of FIELD_SOURCES[ref] ?? []) {
      if (!sourceAvailable(source, mapping)) continue;
      const found = gave(source, row);
      if (found !== undefined) return found;
    }
    return own ? { column: own.index, direct: true } : null;
  }

  const columnCache = new Map<FieldRef, ReadonlySet<number>>();
  /** Every column the field's values may be read or computed from in this table. */
  function columnsOf(ref: FieldRef): ReadonlySet<number> {
    const cached = columnCache.get(ref);
    if (cached) return cached;
    const out = new Set<number>();
    columnCache.set(ref, out); // before recursing: a loop among sources ends here
    const add = (field: FieldRef): void => columnsOf(field).forEach((c) => out.add(c));
    if (isDerivedField(ref)) {
      DERIVED_FIELDS[ref].inputs.forEach(add);
      if (ref === "creditUsage") add("exposure"); // the limit is compared with the exposure, not the balance alone
    } else if (!isFieldId(ref)) {
      const own = mapping.custom?.[ref];
      if (own) out.add(own.index);
    } else {
      const own = mapping.columns[ref];
      if (own) out.add(own.index);
      const fallback = FALLBACKS[ref];
      if (fallback) add(fallback);
      for (const source of FIELD_SOURCES[ref] ?? [])
        if (sourceAvailable(source, mapping)) sourceInputs(source).forEach(add);
    }
    return out;
  }

  /**
   * The number a cell typed into the field's own column gives the field, as the column's reader reads it (its
   * unit, its period); NaN when unreadable.
   */
  function readCell(ref: FieldRef, column: number, cell: CellValue): number {
    const row = table.headers.map((_, c) => (c === column ? cell : null));
    return readColumns({ headers: table.headers, rows: [row] }, mapping, new Set(), asOf).numbers(ref)[0] as number;
  }

  return { origin, columnsOf, readCell };
}
