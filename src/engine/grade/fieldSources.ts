/**
 * Where a numeric field's values come from when its own column is absent or blank, in order: the year's amount
 * from the twelve months; the gross margin from profit and revenue; the frequency from the transport-needs text
 * or from an order count; the days overdue and the balance from ageing-bucket columns. Each source names the
 * fields it reads, so the table can say what it lacks and the reasons can say what a value came from.
 */
import { FALLBACKS } from "../derived";
import { FIELD_IDS, MONTH_FIELDS, type FieldId, fieldSpec } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import { assertNever } from "../types";

export type FieldSource =
  | { readonly kind: "months" }
  | { readonly kind: "ratio"; readonly numerator: FieldId; readonly denominator: FieldId }
  | { readonly kind: "phrase"; readonly from: FieldId }
  | { readonly kind: "count"; readonly from: FieldId }
  | { readonly kind: "ageingDays" }
  | { readonly kind: "ageingSum" }
  | { readonly kind: "ageingOverdue" };

/** The ageing-bucket fields, youngest first. */
export const AGEING_FIELDS: readonly FieldId[] = FIELD_IDS.filter((id) => fieldSpec(id).ageingFrom !== undefined).sort(
  (a, b) => (fieldSpec(a).ageingFrom ?? 0) - (fieldSpec(b).ageingFrom ?? 0),
);

/** The buckets past their due date (1 day and more): what the overdue amount sums. */
export const OVERDUE_AGEING_FIELDS: readonly FieldId[] = AGEING_FIELDS.filter(
  (id) => (fieldSpec(id).ageingFrom ?? 0) >= 1,
);

export const FIELD_SOURCES: Readonly<Partial<Record<FieldId, readonly FieldSource[]>>> = {
  annualAmount: [{ kind: "months" }],
  grossMargin: [{ kind: "ratio", numerator: "profit", denominator: "annualAmount" }],
  frequency: [
    { kind: "phrase", from: "transportNeeds" },
    { kind: "count", from: "orderCount" },
  ],
  overdueDays: [{ kind: "ageingDays" }],
  outstandingBalance: [{ kind: "ageingSum" }],
  overdueAmount: [{ kind: "ageingOverdue" }],
};

/** The fields a source reads. */
export function sourceInputs(source: FieldSource): readonly FieldId[] {
  switch (source.kind) {
    case "months":
      return MONTH_FIELDS;
    case "ratio":
      return [source.numerator, source.denominator];
    case "phrase":
    case "count":
      return [source.from];
    case "ageingDays":
    case "ageingSum":
      return AGEING_FIELDS;
    case "ageingOverdue":
      return OVERDUE_AGEING_FIELDS;
    default:
      return assertNever(source, "field source");
  }
}

/** Whether the table has what the source needs: any month or bucket, both sides of a ratio, the one field. */
export function sourceAvailable(source: FieldSource, mapping: ColumnMapping): boolean {
  switch (source.kind) {
    case "months":
    case "ageingDays":
    case "ageingSum":
    case "ageingOverdue":
      return sourceInputs(source).some((f) => mapping.columns[f] !== undefined);
    case "ratio":
      return fieldAvailable(source.numerator, mapping) && fieldAvailable(source.denominator, mapping);
    case "phrase":
    case "count":
      return fieldAvailable(source.from, mapping);
    default:
      return assertNever(source, "field source");
  }
}

/** Whether the table has a column for the field, its text fallback's, or what one of its sources needs. */
export function fieldAvailable(field: FieldId, mapping: ColumnMapping): boolean {
  if (mapping.columns[field]) return true;
  const fallback = FALLBACKS[field];
  if (fallback !== undefined && mapping.columns[fallback]) return true;
  return (FIELD_SOURCES[field] ?? []).some((s) => sourceAvailable(s, mapping));
}
