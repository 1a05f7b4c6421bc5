/**
 * The analyst's own indicators: fields a rule set declares beside the built-in ones ("结算方式", "客户评价",
 * "KPI得分"), each with an id, labels in the three languages, the headers it answers to and the kind of value
 * its cells hold. Criteria and hard rules use them as they use the built-in fields.
 */
import { DERIVED_FIELDS, type DerivedFieldId } from "./derived";
import { FIELDS, type ValueType, isFieldId } from "./fields";
import type { Localized } from "./types";

/** The kinds of value an analyst's field may hold, in the words a rule-set file uses. */
export const CUSTOM_FIELD_TYPES = ["number", "money", "percent", "days", "date", "words", "yesno"] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomField {
  readonly id: string;
  readonly label: Localized;
  /** Header texts it answers to, read like built-in aliases (period, unit, script and case set aside). */
  readonly aliases: readonly string[];
  readonly type: CustomFieldType;
}

/** How cells of each kind are read (the built-in fields' reader types). */
export const VALUE_TYPE_OF: Readonly<Record<CustomFieldType, ValueType>> = {
  number: "count",
  money: "money",
  percent: "percent",
  days: "days",
  date: "date",
  words: "text",
  yesno: "boolean",
};

export function isDerivedField(ref: string): ref is DerivedFieldId {
  return Object.prototype.hasOwnProperty.call(DERIVED_FIELDS, ref);
}

/** Whether an id is taken by a built-in or derived field (an analyst's field must use another). */
export function isBuiltInRef(ref: string): boolean {
  return isFieldId(ref) || isDerivedField(ref);
}

/** What a criterion or rule reads: a built-in field's type, a derived value (a number), or the analyst's field's. */
export function valueTypeOf(ref: string, custom: readonly CustomField[]): ValueType | null {
  if (isFieldId(ref)) return FIELDS[ref].type;
  if (isDerivedField(ref)) return "count";
  const own = custom.find((f) => f.id === ref);
  return own ? VALUE_TYPE_OF[own.type] : null;
}

/** The label of whatever a criterion or rule reads, for reasons and messages. */
export function labelOf(ref: string, custom: readonly CustomField[]): Localized {
  if (isFieldId(ref)) return FIELDS[ref].label;
  if (isDerivedField(ref)) return DERIVED_FIELDS[ref].label;
  return custom.find((f) => f.id === ref)?.label ?? { "zh-CN": ref, "zh-TW": ref, en: ref };
}
