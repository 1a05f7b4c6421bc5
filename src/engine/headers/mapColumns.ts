/**
 * Finds which column holds which field, by header. Exact alias matches first; then a header that contains
 * exactly one field's alias ("客户名称(全称)" after brackets, "2026年交易额"); two candidates of equal weight,
 * or two names joined by 及/和/&/and ("客户名称及联系人"), make the header ambiguous, and it is reported rather
 * than guessed. Exact matches claim their fields before partial ones, whatever the column order.
 */
import { FIELDS, FIELD_IDS, type FieldId, isFieldId } from "../fields";
import { engineText } from "../i18n";
import { type ColumnIndex, type CellValue, type Lang, type Localized, columnIndex } from "../types";
import { hasNonAscii } from "../values/text";
import { headerParts, normalizeHeader, normalizeKey, UNIT_SUFFIXES } from "./normalizeHeader";

export interface MappedColumn {
  readonly field: FieldId;
  readonly index: ColumnIndex;
  /** The header as written in the table. */
  readonly header: string;
  /** Factor for the column's numbers, from the unit in its header (1 when none). */
  readonly scale: number;
  /** How the mapping was made: an alias, a partial match, or the caller's override. */
  readonly via: "alias" | "contains" | "override";
}

type HeaderIssueCode = "duplicate-field" | "ambiguous-header" | "unknown-field";

export interface HeaderIssue {
  readonly code: HeaderIssueCode;
  readonly index: ColumnIndex;
  readonly header: string;
  /** The fields involved: the one already taken, or the candidates. */
  readonly fields: readonly FieldId[];
  readonly message: Localized;
}

export interface ColumnMapping {
  readonly columns: Readonly<Partial<Record<FieldId, MappedColumn>>>;
  /** Columns the product does not use; they are left alone. */
  readonly ignored: readonly { readonly index: ColumnIndex; readonly header: string }[];
  readonly issues: readonly HeaderIssue[];
}

/** The analyst's corrections: header text → field, or `null` to ignore that column. */
export type MappingOverrides = Readonly<Record<string, string | null>>;

interface AliasIndex {
  readonly exact: ReadonlyMap<string, FieldId>;
  /** Every alias key with its field, longest first, for partial matches. */
  readonly all: readonly (readonly [string, FieldId])[];
}

let aliasIndex: AliasIndex | undefined;
/** Built once: the alias table is fixed at build time. */
function getAliasIndex(): AliasIndex {
  if (aliasIndex) return aliasIndex;
  const exact = new Map<string, FieldId>();
  for (const field of FIELD_IDS) {
    for (const alias of FIELDS[field].aliases) {
      const key = normalizeKey(alias);
      const previous = exact.get(key);
      if (previous !== undefined && previous !== field) {
        throw new Error(`Header alias "${alias}" is claimed by both ${previous} and ${field}`);
      }
      exact.set(key, field);
    }
  }
  const all = [...exact.entries()].sort((a, b) => b[0].length - a[0].length);
  aliasIndex = { exact, all };
  return aliasIndex;
}

/** Every alias key and its field; tests use it to prove no alias is claimed twice. */
export function aliasTable(): ReadonlyMap<string, FieldId> {
  return getAliasIndex().exact;
}

/** Shortest alias length a partial match may use: one Chinese word, or a real English word. */
function longEnoughForPartial(key: string): boolean {
  return hasNonAscii(key) ? key.length >= 2 : key.length >= 5;
}

interface Candidate {
  readonly fields: readonly FieldId[];
  readonly scale: number;
  readonly via: "alias" | "contains";
}

/** The factor of a unit glued to the end of a header key ("2026年交易额万元"), 1 when none. */
function suffixScale(key: string): number {
  for (const [unit, factor] of UNIT_SUFFIXES) if (key.length > unit.length && key.endsWith(unit)) return factor;
  return 1;
}

/**
 * Partial: the fields of the longest aliases contained in the key; more than one is a tie. Never the
 * add-in's output columns: "信用等级" or "客户备注" hold the analyst's data, and a partial match would have the
 * add-in write its grades and remarks over them. Those are found by exact header only.
 */
function containedFields(key: string): Set<FieldId> {
  let best = 0;
  const fields = new Set<FieldId>();
  for (const [alias, field] of getAliasIndex().all) {
    if (alias.length < best) break;
    if (FIELDS[field].role === "output") continue;
    if (longEnoughForPartial(alias) && key.includes(alias)) {
      best = alias.length;
      fields.add(field);
    }
  }
  return fields;
}

function matchHeader(header: string): Candidate | null {
  const { exact } = getAliasIndex();
  const { key, scale } = normalizeHeader(header);
  if (key.length === 0) return null;
  const direct = exact.get(key);
  if (direct) return { fields: [direct], scale, via: "alias" };
  // "年交易额万元": an alias followed by a unit.
  for (const [unit, factor] of UNIT_SUFFIXES) {
    if (key.length > unit.length && key.endsWith(unit)) {
      const field = exact.get(key.slice(0, -unit.length));
      if (field) return { fields: [field], scale: scale * factor, via: "alias" };
    }
  }
  // "客户名称及联系人" names two fields however long each name is: which one the values belong to is a guess.
  const parts = headerParts(header);
  if (parts.length > 1) {
    const named = new Set<FieldId>();
    for (const part of parts) {
      const partKey = normalizeKey(part);
      const direct = exact.get(partKey);
      for (const field of direct ? [direct] : containedFields(partKey)) named.add(field);
    }
    if (named.size > 1) return { fields: [...named], scale, via: "contains" };
  }
  const fields = containedFields(key);
  return fields.size === 0 ? null : { fields: [...fields], scale: scale * suffixScale(key), via: "contains" };
}

const label = (field: FieldId, lang: Lang): string => FIELDS[field].label[lang];

const msg = {
  duplicate: (header: string, field: FieldId, first: string): Localized =>
    engineText((m, lang) => m.headerIssues["duplicate-field"](header, label(field, lang), first)),
  ambiguous: (header: string, fields: readonly FieldId[]): Localized =>
    engineText((m, lang) =>
      m.headerIssues["ambiguous-header"](
        header,
        fields.map((f) => label(f, lang)),
      ),
    ),
  unknownField: (header: string, field: string): Localized =>
    engineText((m) => m.headerIssues["unknown-field"](header, field)),
};

function headerText(cell: CellValue): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * Maps a header row to fields. The analyst's overrides are applied first, so a field they chose is never
 * taken by an earlier column that merely matches an alias.
 * @example mapColumns(["客户名称", "年交易额(万元)"]).columns.annualAmount?.scale // 10000
 */
export function mapColumns(headers: readonly CellValue[], overrides: MappingOverrides = {}): ColumnMapping {
  const columns: Partial<Record<FieldId, MappedColumn>> = {};
  const ignored: { index: ColumnIndex; header: string }[] = [];
  const issues: HeaderIssue[] = [];
  const overrideByKey = new Map(Object.entries(overrides).map(([h, f]) => [normalizeKey(h), f] as const));
  const texts = headers.map(headerText);
  const overridden = new Set<number>();

  const place = (field: FieldId, i: number, scale: number, via: MappedColumn["via"]): void => {
    const index = columnIndex(i);
    const header = texts[i] ?? "";
    const taken = columns[field];
    if (taken) {
      issues.push({
        code: "duplicate-field",
        index,
        header,
        fields: [field],
        message: msg.duplicate(header, field, taken.header),
      });
      ignored.push({ index, header });
      return;
    }
    columns[field] = { field, index, header, scale, via };
  };

  texts.forEach((header, i) => {
    if (header === "") return;
    const override = overrideByKey.get(normalizeKey(header));
    if (override === undefined) return;
    overridden.add(i);
    const index = columnIndex(i);
    if (override === null) {
      ignored.push({ index, header });
    } else if (!isFieldId(override)) {
      issues.push({ code: "unknown-field", index, header, fields: [], message: msg.unknownField(header, override) });
      ignored.push({ index, header });
    } else {
      const { key, scale } = normalizeHeader(header);
      place(override, i, scale * suffixScale(key), "override"); // "金额万元" keeps its unit when chosen by hand
    }
  });

  const partial: [number, FieldId, number][] = [];
  texts.forEach((header, i) => {
    if (overridden.has(i)) return;
    const index = columnIndex(i);
    const candidate = matchHeader(header);
    if (candidate === null) {
      ignored.push({ index, header });
      return;
    }
    const [field, ...others] = candidate.fields;
    if (field === undefined || others.length > 0) {
      issues.push({
        code: "ambiguous-header",
        index,
        header,
        fields: candidate.fields,
        message: msg.ambiguous(header, candidate.fields),
      });
      ignored.push({ index, header });
      return;
    }
    if (candidate.via === "contains") partial.push([i, field, candidate.scale]);
    else place(field, i, candidate.scale, candidate.via);
  });
  // Partial matches last, so "客户编号" before "客户名称" does not take the field the exact header names.
  for (const [i, field, scale] of partial) place(field, i, scale, "contains");
  ignored.sort((a, b) => a.index - b.index);
  issues.sort((a, b) => a.index - b.index); // partial matches were placed last; report in column order
  return { columns, ignored, issues };
}
