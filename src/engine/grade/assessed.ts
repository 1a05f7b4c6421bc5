/**
 * What a table can assess. A table with no column at all for a dimension (a CRM export has no payment data)
 * is graded on the dimensions it has, re-weighted, and says so once; a `require` rule none of whose fields
 * the table has is not applied. "Incomplete" is kept for a row that is blank where its table has the column.
 */
import { criterionKind } from "../criteria/registry";
import { isDerivedField, labelOf } from "../customFields";
import { DERIVED_FIELDS, type DerivedFieldSpec } from "../derived";
import { type FieldId, isFieldId } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import { engineText } from "../i18n";
import type { FieldRef } from "../rules/schema";
import type { RuleSet } from "../rules/ruleSet";
import type { Localized } from "../types";
import { FIELD_SOURCES, fieldAvailable, sourceInputs } from "./fieldSources";

export interface NotAssessedDimension {
  readonly id: string;
  readonly label: Localized;
  /** The fields its criteria read: a column for any of them would let the table assess it. */
  readonly fields: readonly FieldRef[];
}

export interface NotAssessedRule {
  readonly id: string;
  readonly anyOf: readonly FieldRef[];
  readonly remark: Localized;
}

export interface NotAssessed {
  readonly dimensions: readonly NotAssessedDimension[];
  readonly rules: readonly NotAssessedRule[];
  /** What is not assessed and how to add it, for the analyst; null when the table assesses everything. */
  readonly message: Localized | null;
  /** The same in parts, for a host that lists them: what is not assessed, then how to add each, then the rules. */
  readonly lines: readonly Localized[];
}

/** Whether the table has what a field, a derived value or one of the analyst's fields needs. */
export function refAvailable(ref: FieldRef, mapping: ColumnMapping): boolean {
  if (isFieldId(ref)) return fieldAvailable(ref, mapping);
  if (!isDerivedField(ref)) return mapping.custom?.[ref] !== undefined;
  const spec: DerivedFieldSpec = DERIVED_FIELDS[ref];
  const has = (f: FieldId): boolean => fieldAvailable(f, mapping);
  if (spec.needs === "all") return spec.inputs.every(has);
  if (spec.needs === "first") return spec.inputs[0] !== undefined && has(spec.inputs[0]);
  return spec.inputs.some(has);
}

/** The columns an analyst could add for a field: itself, or what it is derived from. */
function columnsFor(ref: FieldRef): FieldRef[] {
  if (isDerivedField(ref)) return [...DERIVED_FIELDS[ref].inputs].slice(0, 2);
  if (!isFieldId(ref)) return [ref];
  const sources = FIELD_SOURCES[ref] ?? [];
  return [ref, ...sources.filter((s) => s.kind === "ratio").flatMap((s) => sourceInputs(s))];
}

/**
 * Whether a criterion in force that ranks customers against each other (percentile, rank) reads a field this
 * table has: only then does an edit of one row move the others, and one row cannot be graded alone.
 */
export function isRelativeInTable(ruleSet: RuleSet, mapping: ColumnMapping): boolean {
  return ruleSet.dimensions.some(
    (d) =>
      d.weight > 0 &&
      d.criteria.some((c) => c.weight > 0 && criterionKind(c.kind).relativeToTable && refAvailable(c.field, mapping)),
  );
}

const FIELDS_NAMED = 4;

export function notAssessedOf(ruleSet: RuleSet, mapping: ColumnMapping): NotAssessed {
  const dimensions = ruleSet.dimensions
    .filter((d) => d.weight > 0 && d.criteria.some((c) => c.weight > 0))
    .filter((d) => !d.criteria.some((c) => c.weight > 0 && refAvailable(c.field, mapping)))
    .map((d) => ({
      id: d.id,
      label: d.label,
      fields: [...new Set(d.criteria.filter((c) => c.weight > 0).map((c) => c.field))],
    }));
  const rules = ruleSet.rules.flatMap((rule) =>
    rule.kind === "require" && rule.enabled && !rule.anyOf.some((f) => refAvailable(f, mapping))
      ? [{ id: rule.id, anyOf: rule.anyOf, remark: rule.remark }]
      : [],
  );
  if (dimensions.length === 0 && rules.length === 0) return { dimensions, rules, message: null, lines: [] };
  const lines: Localized[] = [];
  if (dimensions.length > 0) {
    lines.push(engineText((m, lang) => m.notAssessed.table(dimensions.map((d) => d.label[lang]))));
    for (const d of dimensions) {
      const fields = [...new Set(d.fields.flatMap(columnsFor))].slice(0, FIELDS_NAMED);
      lines.push(
        engineText((m, lang) =>
          m.notAssessed.howToAdd(
            d.label[lang],
            fields.map((f) => labelOf(f, ruleSet.fields)[lang]),
          ),
        ),
      );
    }
  }
  if (rules.length > 0) lines.push(engineText((m, lang) => m.notAssessed.rules(rules.map((r) => r.remark[lang]))));
  const message = engineText((m, lang) => lines.map((line) => line[lang]).join(m.remarks.separator));
  return { dimensions, rules, message, lines };
}
