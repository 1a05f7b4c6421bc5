/**
 * A criterion's value as the analyst reads it (88%, 45 天, 3.2 years, 1,200,000), for the score card's
 * explanation and what would lift a grade.
 */
import { VALUE_TYPE_OF, type CustomField } from "../customFields";
import type { DerivedFieldId } from "../derived";
import { FIELDS, isFieldId } from "../fields";
import type { FieldRef } from "../rules/schema";
import type { Lang, Localized } from "../types";
import { isoDateOfSerial } from "../values/date";
import { explainText } from "./messages";

/** What a number of a field counts, so it can be shown with its unit and rounded to a step that means something. */
export type ValueUnit = "money" | "count" | "percent" | "days" | "date" | "frequency" | "boolean" | "years" | "months";

const DERIVED_UNITS: Readonly<Record<DerivedFieldId, ValueUnit>> = {
  relationshipYears: "years",
  daysSinceLastTransaction: "days",
  activeMonths: "months",
  creditUsage: "percent",
  exposure: "money",
  overdueShare: "percent",
};

/** The unit of a field's numbers; null for a words field. */
export function unitOf(ref: FieldRef, custom: readonly CustomField[]): ValueUnit | null {
  if (Object.prototype.hasOwnProperty.call(DERIVED_UNITS, ref)) return DERIVED_UNITS[ref as DerivedFieldId];
  const type = isFieldId(ref) ? FIELDS[ref].type : VALUE_TYPE_OF[custom.find((f) => f.id === ref)?.type ?? "number"];
  switch (type) {
    case "text":
    case "grade":
      return null;
    default:
      return type;
  }
}

/** The step a suggested value is rounded to (in the direction that still reaches the points). */
export function unitStep(unit: ValueUnit): number {
  switch (unit) {
    case "percent":
      return 0.001;
    case "years":
      return 0.1;
    case "money":
    case "count":
    case "days":
    case "date":
    case "frequency":
    case "boolean":
    case "months":
      return 1;
  }
}

const LOCALES: Readonly<Record<Lang, string>> = { "zh-CN": "zh-CN", "zh-TW": "zh-TW", en: "en-US" };

function grouped(value: number, lang: Lang, digits: number): string {
  return value.toLocaleString(LOCALES[lang], { maximumFractionDigits: digits });
}

/** A number without its unit: grouped, at most two decimals (one for a per cent, as points). */
export function plainNumber(value: number, unit: ValueUnit, lang: Lang): string {
  switch (unit) {
    case "percent":
      return `${grouped(Number((value * 100).toPrecision(12)), lang, 1)}%`;
    case "date":
      return isoDateOfSerial(Math.round(value));
    case "years":
      return grouped(value, lang, 1);
    case "money":
    case "count":
    case "days":
    case "frequency":
    case "boolean":
    case "months":
      return grouped(value, lang, 2);
  }
}

/** A number with its unit, in every language: "45 天", "45 days", "88%", "每年 24 次". */
export function valueText(value: number, unit: ValueUnit): Localized {
  return explainText((m, lang) => {
    const n = plainNumber(value, unit, lang);
    switch (unit) {
      case "days":
        return m.days(n);
      case "years":
        return m.years(n);
      case "months":
        return m.months(n);
      case "frequency":
        return m.perYear(n);
      case "boolean":
        return value > 0 ? m.yes : m.no;
      case "money":
      case "count":
      case "percent":
      case "date":
        return n;
    }
  });
}
