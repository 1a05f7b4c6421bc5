/**
 * Values the engine computes from other fields, so rule sets can score what the sources talk about
 * ("how long have we worked together", "purchase rate") without the analyst keeping extra columns.
 */
import type { FieldId } from "./fields";
import type { Localized } from "./types";

export interface DerivedFieldSpec {
  readonly label: Localized;
  /** Fields it is computed from, for completeness checks and for explaining a missing value. */
  readonly inputs: readonly FieldId[];
  /**
   * Which inputs the table must have for the value to exist: "all" (a ratio needs both sides), "first" (the
   * others only add to it); any one of them when absent.
   */
  readonly needs?: "all" | "first";
}

export const DERIVED_FIELDS = {
  relationshipYears: {
    label: { "zh-CN": "合作年限", "zh-TW": "合作年限", en: "Years as customer" },
    inputs: ["relationshipStart"],
  },
  daysSinceLastTransaction: {
    label: { "zh-CN": "距最近交易天数", "zh-TW": "距最近交易天數", en: "Days since last transaction" },
    inputs: ["lastTransaction"],
  },
  activeMonths: {
    label: { "zh-CN": "有交易的月数", "zh-TW": "有交易的月數", en: "Months with business" },
    inputs: [
      "month1",
      "month2",
      "month3",
      "month4",
      "month5",
      "month6",
      "month7",
      "month8",
      "month9",
      "month10",
      "month11",
      "month12",
    ],
  },
  creditUsage: {
    label: { "zh-CN": "信用额度使用率", "zh-TW": "信用額度使用率", en: "Credit used" },
    // The exposure (balance plus shipments not yet invoiced, where the table has them) over the limit.
    inputs: ["outstandingBalance", "creditLimit"],
    needs: "all",
  },
  exposure: {
    label: { "zh-CN": "信用敞口", "zh-TW": "信用曝險", en: "Credit exposure" },
    // The balance plus what is delivered but not yet invoiced: it counts against the credit line already.
    inputs: ["outstandingBalance", "unbilledAmount"],
    needs: "first",
  },
  overdueShare: {
    label: { "zh-CN": "逾期金额占比", "zh-TW": "逾期金額占比", en: "Overdue share" },
    inputs: ["overdueAmount", "outstandingBalance"],
    needs: "all",
  },
} as const satisfies Record<string, DerivedFieldSpec>;

export type DerivedFieldId = keyof typeof DERIVED_FIELDS;

/**
 * Where a text field's value comes from when its own column is absent or blank: the packed transport-needs text
 * ("电子产品,每月两次,国内各地") holds cargo and destination (numeric fields' sources: `grade/fieldSources.ts`).
 */
export const FALLBACKS: Readonly<Partial<Record<FieldId, FieldId>>> = {
  cargoType: "transportNeeds",
  destination: "transportNeeds",
  // Seed 000 packs cooperation into the financial cell: "良好,长期合作".
  cooperationStatus: "financialStatus",
};
