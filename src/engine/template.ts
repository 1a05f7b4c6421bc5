/**
 * The company template's columns: seed 000's eight, then the structured columns the default rule set reads.
 * The template table uses this order, and the custom functions assume it when no header row is passed.
 */
import { FIELDS, type FieldId } from "./fields";
import type { Lang } from "./types";

const TEMPLATE_FIELDS: readonly FieldId[] = [
  "customerName",
  "contact",
  "phone",
  "transportNeeds",
  "servicePreferences",
  "financialStatus",
  "grade",
  "remark",
  "annualAmount",
  "grossMargin",
  "onTimePaymentRate",
  "overdueDays",
  "outstandingBalance",
  "creditLimit",
  "relationshipStart",
  "lastTransaction",
  "potential",
  "complaints",
  "manualGrade",
  "score",
];

/** The template's header row in a language (every label is also an alias, so it maps back to its field). */
export function templateHeaders(lang: Lang): string[] {
  return TEMPLATE_FIELDS.map((field) => FIELDS[field].label[lang]);
}
