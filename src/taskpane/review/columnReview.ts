/**
 * The column review's facts, one entry per column of the bound table in table order: what the column was read
 * as and how, or why it is not used; how sure the reading is, as one of three plain levels; and whether the
 * analyst should look at it. Pure: the components only lay it out.
 */
import {
  type CellValue,
  type ColumnMapping,
  FIELDS,
  type FieldId,
  type Localized,
  type MappingOverrides,
} from "../../engine";

/**
 * How sure a reading is, from the engine's confidence (0–1):
 * - "sure" (≥ 0.9): the header is a known name, alone or with a period or unit ("本年运费收入(万元)"), or the
 *   analyst chose the field;
 * - "fairlySure" (≥ 0.7): a known name makes up half the header or more ("客户名称(简称)");
 * - "check" (< 0.7): a known name is a smaller part of the header: it may be about something else.
 * A contained name scores 0.5 + 0.4 × its share of the header, so 0.7 is exactly "half the header".
 */
export type Certainty = "sure" | "fairlySure" | "check";

const SURE_FROM = 0.9;
const FAIRLY_SURE_FROM = 0.7;

export function certaintyOf(confidence: number): Certainty {
  return confidence >= SURE_FROM ? "sure" : confidence >= FAIRLY_SURE_FROM ? "fairlySure" : "check";
}

type MappedColumn = NonNullable<ColumnMapping["columns"][FieldId]>;

/** Why a column is not used. */
export type NotUsedReason =
  | { readonly kind: "unrecognised" }
  | { readonly kind: "ambiguous"; readonly fields: readonly FieldId[] }
  | { readonly kind: "duplicate"; readonly field: FieldId; readonly first: string }
  | { readonly kind: "olderPeriod"; readonly field: FieldId; readonly newer: string }
  | { readonly kind: "byYou" }
  /** An override naming a field this version does not have (a hand-edited or newer workbook). */
  | { readonly kind: "unknownField"; readonly message: Localized }
  | { readonly kind: "noHeader" };

interface ColumnBase {
  readonly index: number;
  readonly header: string;
  /** Up to three values from the table's first rows, as read. */
  readonly samples: readonly CellValue[];
}

export type ReviewColumn =
  | (ColumnBase & {
      readonly status: "read";
      readonly field: FieldId;
      /** A column the add-in writes (grade, score, remark), not read for grading. */
      readonly output: boolean;
      /** How it was read; an exact name with a period or unit in brackets ("Sales (2017)") counts as qualified. */
      readonly via: MappedColumn["via"];
      readonly alias: string;
      readonly certainty: Certainty;
      readonly periodText: string;
      readonly unit: string;
    })
  /** Read as one of the rule set's own indicators (it declares this header). */
  | (ColumnBase & {
      readonly status: "own";
      readonly field: string;
      readonly label: Localized;
      readonly certainty: Certainty;
      readonly periodText: string;
      readonly unit: string;
    })
  | (ColumnBase & { readonly status: "notUsed"; readonly reason: NotUsedReason });

/** What the review needs of the rule set's own fields: their ids and labels. */
export interface OwnField {
  readonly id: string;
  readonly label: Localized;
}

/** A choice saved as a mapping fix: an existing field, or not used. */
export type FieldChoice = { readonly kind: "field"; readonly field: FieldId } | { readonly kind: "notUsed" };

/**
 * What the analyst can make of a column: a mapping fix, or a new indicator of the rule set (its own id, labels
 * and value type; a words column's distinct values as its word list), saved with the rule set by the dialog.
 */
export type UseAs = FieldChoice | { readonly kind: "newIndicator" };

/** The mapping fix a choice is saved as (see `useWorkbook().setField`): header → field, or null for "not used". */
export function overrideFor(choice: FieldChoice): string | null {
  return choice.kind === "field" ? choice.field : null;
}

function reasonFor(
  mapping: ColumnMapping,
  overrides: MappingOverrides,
  column: ColumnMapping["ignored"][number],
): NotUsedReason {
  if (column.header === "") return { kind: "noHeader" };
  if (column.olderPeriodOf)
    return {
      kind: "olderPeriod",
      field: column.olderPeriodOf,
      newer: mapping.columns[column.olderPeriodOf]?.header ?? "",
    };
  const issue = mapping.issues.find((i) => i.index === column.index);
  const [field] = issue?.fields ?? [];
  if (issue?.code === "ambiguous-header") return { kind: "ambiguous", fields: issue.fields };
  if (issue?.code === "duplicate-field" && field)
    return { kind: "duplicate", field, first: mapping.columns[field]?.header ?? "" };
  if (issue?.code === "unknown-field") return { kind: "unknownField", message: issue.message };
  if (Object.entries(overrides).some(([header, f]) => f === null && header.trim() === column.header))
    return { kind: "byYou" };
  return { kind: "unrecognised" };
}

/** Every column of the table, in table order, with what the review says of it. */
export function reviewColumns(
  mapping: ColumnMapping,
  overrides: MappingOverrides,
  samples: readonly (readonly CellValue[])[],
  ownFields: readonly OwnField[] = [],
): ReviewColumn[] {
  const read: ReviewColumn[] = Object.values(mapping.columns).map((c) => ({
    index: c.index,
    header: c.header,
    samples: samples[c.index] ?? [],
    status: "read",
    field: c.field,
    output: FIELDS[c.field].role === "output",
    via: c.via === "alias" && (c.periodText !== "" || c.unit !== "") ? "qualified" : c.via,
    alias: c.alias,
    certainty: certaintyOf(c.confidence),
    periodText: c.periodText,
    unit: c.unit,
  }));
  const notUsed: ReviewColumn[] = mapping.ignored.map((c) => ({
    index: c.index,
    header: c.header,
    samples: samples[c.index] ?? [],
    status: "notUsed",
    reason: reasonFor(mapping, overrides, c),
  }));
  const own: ReviewColumn[] = Object.values(mapping.custom ?? {}).map((c) => ({
    index: c.index,
    header: c.header,
    samples: samples[c.index] ?? [],
    status: "own",
    field: c.field,
    label: ownFields.find((f) => f.id === c.field)?.label ?? { "zh-CN": c.field, "zh-TW": c.field, en: c.field },
    certainty: certaintyOf(c.confidence),
    periodText: c.periodText,
    unit: c.unit,
  }));
  return [...read, ...own, ...notUsed].sort((a, b) => a.index - b.index);
}

/**
 * Whether the analyst should look at a column: one the add-in could not place (unrecognised, ambiguous, a
 * second column of a field, a fix naming no field) or read with little certainty. Columns the analyst set
 * aside, older periods beside a newer one, and columns without a header (a fix needs one) are not.
 */
export function needsAttention(column: ReviewColumn): boolean {
  if (column.status === "read") return column.certainty === "check";
  if (column.status === "own") return false;
  const { kind } = column.reason;
  return kind === "unrecognised" || kind === "ambiguous" || kind === "duplicate" || kind === "unknownField";
}

/**
 * A fix can be made only for a column with a header (fixes are kept by header), and not for a column the rule
 * set declares for one of its own indicators (that is changed in the rules).
 */
export function canChoose(column: ReviewColumn): boolean {
  return column.header !== "" && column.status !== "own";
}

/** A column not used (unrecognised, ambiguous, set aside …) can become a new indicator of the rule set. */
export function canBeNewIndicator(column: ReviewColumn): boolean {
  return column.status === "notUsed" && column.header !== "";
}
