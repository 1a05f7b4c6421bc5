/** A hard rule's fields and conditions named in the analyst's language, for the pane and the sheets the add-in writes. */
import { type Condition, DERIVED_FIELDS, FIELDS, type FieldRef, type Lang, isFieldId } from "../engine";
import { PLAN_MESSAGES } from "./i18n";

/** A field a rule reads (a column field or a derived one); a custom field by its own name. */
export function fieldLabel(field: FieldRef, locale: Lang): string {
  if (isFieldId(field)) return FIELDS[field].label[locale];
  return field in DERIVED_FIELDS ? DERIVED_FIELDS[field as keyof typeof DERIVED_FIELDS].label[locale] : field;
}

const OPERATORS: Readonly<Record<string, string>> = { gt: ">", gte: "≥", lt: "<", lte: "≤", eq: "=", ne: "≠" };

export function operatorSymbol(op: string): string {
  return OPERATORS[op] ?? op;
}

/** A rule's conditions as one line: "逾期天数 > 90 且 未结余额 > 0", "Days overdue > 90 and Outstanding balance > 0". */
export function conditionText(conditions: readonly Condition[], locale: Lang): string {
  const words = PLAN_MESSAGES[locale].conditions;
  return conditions
    .map(({ field, op, value }) => {
      const name = fieldLabel(field, locale);
      if (op === "missing") return words.missing(name);
      if (op === "present") return words.present(name);
      const right = typeof value === "object" ? fieldLabel(value.field, locale) : String(value ?? "");
      return `${name} ${operatorSymbol(op)} ${right}`;
    })
    .join(words.and);
}
