/** A field a rule reads (a column field or a derived one), named in the analyst's language. */
import { DERIVED_FIELDS, FIELDS, type FieldRef, type Lang, isFieldId } from "../../engine";

export function fieldLabel(field: FieldRef, locale: Lang): string {
  if (isFieldId(field)) return FIELDS[field].label[locale];
  return field in DERIVED_FIELDS ? DERIVED_FIELDS[field as keyof typeof DERIVED_FIELDS].label[locale] : field;
}

const OPERATORS: Readonly<Record<string, string>> = { gt: ">", gte: "≥", lt: "<", lte: "≤", eq: "=", ne: "≠" };

export function operatorSymbol(op: string): string {
  return OPERATORS[op] ?? op;
}
