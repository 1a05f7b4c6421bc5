/** Where a criterion's values came from, in the analyst's words, when they are not simply its own column. */
import { FIELDS, MONTH_FIELDS, type FieldId, fieldSpec, isFieldId } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import { perYearFactor } from "../headers/periods";
import { engineText } from "../i18n";
import type { FieldRef } from "../rules/schema";
import { type Localized, assertNever } from "../types";
import { AGEING_FIELDS, type FieldSource, FIELD_SOURCES, OVERDUE_AGEING_FIELDS, sourceAvailable } from "./fieldSources";

function headerOf(field: FieldId, mapping: ColumnMapping): (lang: keyof Localized) => string {
  const column = mapping.columns[field];
  return (lang) => column?.header ?? FIELDS[field].label[lang];
}

function headersOf(fields: readonly FieldId[], mapping: ColumnMapping): string[] {
  return fields.flatMap((f) => mapping.columns[f]?.header ?? []);
}

function noteOfSource(source: FieldSource, mapping: ColumnMapping): Localized {
  switch (source.kind) {
    case "months":
      return engineText((m) => m.sources.fromMonths(MONTH_FIELDS.filter((f) => mapping.columns[f]).length));
    case "ratio": {
      const top = headerOf(source.numerator, mapping);
      const bottom = headerOf(source.denominator, mapping);
      return engineText((m, lang) => m.sources.ratio(top(lang), bottom(lang)));
    }
    case "phrase":
      return engineText((m, lang) => m.sources.phrase(headerOf(source.from, mapping)(lang)));
    case "count":
      return engineText((m, lang) => m.sources.count(headerOf(source.from, mapping)(lang)));
    case "ageingDays":
      return engineText((m) => m.sources.ageingDays(headersOf(AGEING_FIELDS, mapping)));
    case "ageingSum":
      return engineText((m) => m.sources.ageingSum(headersOf(AGEING_FIELDS, mapping)));
    case "ageingOverdue":
      return engineText((m) => m.sources.ageingOverdue(headersOf(OVERDUE_AGEING_FIELDS, mapping)));
    default:
      return assertNever(source, "field source");
  }
}

/**
 * The note for a criterion's field in this table: a period's figure scaled to a year, or the source a value
 * is derived from when the table has no column for it; null when the field is its own column as written.
 */
export function sourceNote(ref: FieldRef, mapping: ColumnMapping, dayOfYear: number): Localized | null {
  if (!isFieldId(ref)) return null;
  const own = mapping.columns[ref];
  if (own) {
    if (!fieldSpec(ref).flow || own.period === null || perYearFactor(own.period, dayOfYear) === 1) return null;
    return engineText((m) => m.sources.annualised(own.header, own.periodText));
  }
  const source = (FIELD_SOURCES[ref] ?? []).find((s) => sourceAvailable(s, mapping));
  return source ? noteOfSource(source, mapping) : null;
}
