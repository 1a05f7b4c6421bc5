/**
 * Finds the columns of the rule set's own fields (see `customFields.ts`). A header answers to an analyst's
 * field when it is one of its aliases, as written or once its period and unit are set aside; no partial
 * matches, so a field the analyst declared is found exactly where they expect. The analyst's fields are
 * looked for first: a header they declared is theirs even where a built-in field also knows it.
 */
import { type CustomField, VALUE_TYPE_OF } from "../customFields";
import type { ValueType } from "../fields";
import { type CellValue, type ColumnIndex, columnIndex } from "../types";
import type { MatchVia } from "./fieldMatch";
import type { Period } from "./periods";
import { readHeader } from "./readHeader";

export interface CustomColumn {
  /** The analyst's field id. */
  readonly field: string;
  readonly type: ValueType;
  readonly index: ColumnIndex;
  readonly header: string;
  readonly scale: number;
  readonly via: MatchVia;
  readonly confidence: number;
  readonly period: Period | null;
  readonly periodText: string;
  readonly unit: string;
  readonly alias: string;
}

/** Each declared field's column (the first header that answers to it), by field id. */
export function mapCustomColumns(
  headers: readonly CellValue[],
  fields: readonly CustomField[],
): Readonly<Record<string, CustomColumn>> {
  const out: Record<string, CustomColumn> = {};
  if (fields.length === 0) return out;
  const aliases = fields.flatMap((field) =>
    field.aliases.map((alias) => ({ field, alias, reading: readHeader(alias) })),
  );
  headers.forEach((cell, i) => {
    const header = cell === null || cell === undefined ? "" : String(cell).trim();
    if (header === "") return;
    const reading = readHeader(header);
    const exact = aliases.find((a) => a.reading.key === reading.key);
    const found = exact ?? aliases.find((a) => a.reading.core === reading.core);
    if (!found || out[found.field.id]) return;
    const type = VALUE_TYPE_OF[found.field.type];
    const unit = reading.unit ?? reading.glued?.unit ?? null;
    const scale =
      unit && ((type === "money" && unit.kind === "money") || (type === "percent" && unit.kind === "percent"))
        ? unit.scale
        : 1;
    out[found.field.id] = {
      field: found.field.id,
      type,
      index: columnIndex(i),
      header,
      scale,
      via: exact ? "alias" : "qualified",
      confidence: exact ? 1 : 0.95,
      period: reading.period,
      periodText: reading.periodText,
      unit: unit?.text ?? "",
      alias: found.alias,
    };
  });
  return out;
}
