/**
 * Finds which column holds which field, by header (see `readColumn`, `readHeader` and `fieldMatch`). Each placed
 * column carries how it was decided, a confidence, its period and its unit. Two candidates of equal weight, or two
 * names joined by 及/和/&/and ("客户名称及联系人"), make a header ambiguous: it is reported, never guessed.
 * Exact matches claim their fields before partial ones, whatever the column order; of two columns of one field
 * for different periods ("本年销售额", "上年销售额"), the one of the period being graded is used.
 */
import { FIELDS, type FieldId, fieldSpec, isFieldId } from "../fields";
import { engineText } from "../i18n";
import { type ColumnIndex, type CellValue, type Lang, type Localized, columnIndex } from "../types";
import type { CustomColumn } from "./customColumns";
import type { FieldCandidate, MatchVia } from "./fieldMatch";
import { type Period, periodRecency } from "./periods";
import { readColumn } from "./readColumn";
import { type HeaderReading, normalizeKey, readHeader } from "./readHeader";

export { aliasTable } from "./fieldMatch";
export type { Period } from "./periods";

export interface MappedColumn {
  readonly field: FieldId;
  readonly index: ColumnIndex;
  /** The header as written in the table. */
  readonly header: string;
  /** Factor for the column's numbers, from the unit in its header (1 when none). */
  readonly scale: number;
  /** How the mapping was made: the header is an alias, is one once qualified, contains one, or the analyst chose. */
  readonly via: MatchVia | "override";
  /** 0–1: how sure the reading is (1 for an exact alias or the analyst's choice). */
  readonly confidence: number;
  /** The period the header names ("2017年", "本年"), null when none. */
  readonly period: Period | null;
  /** The period and the unit as written, for explanations ("" when none). */
  readonly periodText: string;
  readonly unit: string;
  /** The alias the header matched ("" for an override). */
  readonly alias: string;
  /** True when `period` is not in this header but shared by the table's other figures (see `sharePeriod`). */
  readonly periodShared?: true;
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

export interface IgnoredColumn {
  readonly index: ColumnIndex;
  readonly header: string;
  /** Set when the column names a field that another column of a newer period holds. */
  readonly olderPeriodOf?: FieldId;
}

export interface ColumnMapping {
  readonly columns: Readonly<Partial<Record<FieldId, MappedColumn>>>;
  /** The columns of the rule set's own fields, by field id (see `customColumns.ts`); absent when it has none. */
  readonly custom?: Readonly<Record<string, CustomColumn>>;
  /** Columns the product does not use; they are left alone. */
  readonly ignored: readonly IgnoredColumn[];
  readonly issues: readonly HeaderIssue[];
}

/** The analyst's corrections: header text → field, or `null` to ignore that column. */
export type MappingOverrides = Readonly<Record<string, string | null>>;

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

/** The factor a column's numbers are multiplied by: a money unit for amounts, 1/100 for a percent column in points. */
function scaleOf(field: FieldId, reading: HeaderReading): number {
  const unit = reading.unit ?? reading.glued?.unit ?? null;
  if (!unit) return 1;
  const type = FIELDS[field].type;
  if (type === "money" && unit.kind === "money") return unit.scale;
  if (type === "percent" && unit.kind === "percent") return unit.scale;
  return 1;
}

/**
 * A figure whose header names no period takes the one every other figure of the table names: in a ledger of
 * "本年运费收入" and "本年发货票数", "毛利额" is this year's profit too, and margin = profit ÷ revenue only holds
 * when both cover the same time. Figures naming different periods share nothing.
 */
function sharePeriod(columns: Partial<Record<FieldId, MappedColumn>>): Partial<Record<FieldId, MappedColumn>> {
  const flows = Object.values(columns).filter(
    (c): c is MappedColumn => c !== undefined && fieldSpec(c.field).flow === true,
  );
  const periods = new Set(flows.flatMap((c) => (c.period ? [JSON.stringify(c.period)] : [])));
  const named = flows.find((c) => c.period !== null);
  if (periods.size !== 1 || !named?.period) return columns;
  const out = { ...columns };
  for (const c of flows) {
    if (c.period === null)
      out[c.field] = { ...c, period: named.period, periodText: named.periodText, periodShared: true };
  }
  return out;
}

/**
 * Maps a header row to fields. The analyst's overrides are applied first, so a field they chose is never
 * taken by an earlier column that merely matches an alias.
 * @example mapColumns(["客户名称", "年交易额(万元)"]).columns.annualAmount?.scale // 10000
 */
export function mapColumns(headers: readonly CellValue[], overrides: MappingOverrides = {}): ColumnMapping {
  const columns: Partial<Record<FieldId, MappedColumn>> = {};
  const ignored: IgnoredColumn[] = [];
  const issues: HeaderIssue[] = [];
  const overrideByKey = new Map(Object.entries(overrides).map(([h, f]) => [normalizeKey(h), f] as const));
  const texts = headers.map(headerText);
  const overridden = new Set<number>();

  const place = (
    field: FieldId,
    i: number,
    reading: HeaderReading,
    found: Omit<FieldCandidate, "field">,
    via: MappedColumn["via"],
  ): void => {
    const index = columnIndex(i);
    const header = texts[i] ?? "";
    const column: MappedColumn = {
      field,
      index,
      header,
      scale: scaleOf(field, reading),
      via,
      confidence: found.confidence,
      period: reading.period,
      periodText: reading.periodText,
      unit: (reading.unit ?? reading.glued?.unit)?.text ?? "",
      alias: found.alias,
    };
    const taken = columns[field];
    if (!taken) {
      columns[field] = column;
      return;
    }
    const older = periodRecency(taken.period) - periodRecency(column.period);
    if (taken.period && column.period && older !== 0 && taken.via !== "override") {
      const [keep, drop] = older < 0 ? [column, taken] : [taken, column];
      columns[field] = keep;
      ignored.push({ index: drop.index, header: drop.header, olderPeriodOf: field });
      return;
    }
    issues.push({
      code: "duplicate-field",
      index,
      header,
      fields: [field],
      message: msg.duplicate(header, field, taken.header),
    });
    ignored.push({ index, header });
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
      place(override, i, readHeader(header), { confidence: 1, via: "alias", alias: "" }, "override");
    }
  });

  const partial: [number, HeaderReading, FieldCandidate][] = [];
  texts.forEach((header, i) => {
    if (overridden.has(i)) return;
    const index = columnIndex(i);
    const reading = header === "" ? null : readHeader(header);
    const found = reading && readColumn(reading);
    if (!reading || !found) {
      ignored.push({ index, header });
      return;
    }
    if (found.kind === "ambiguous") {
      issues.push({
        code: "ambiguous-header",
        index,
        header,
        fields: found.fields,
        message: msg.ambiguous(header, found.fields),
      });
      ignored.push({ index, header });
      return;
    }
    if (found.candidate.via === "contains") partial.push([i, reading, found.candidate]);
    else place(found.candidate.field, i, reading, found.candidate, found.candidate.via);
  });
  // Partial matches last, so "客户编号" before "客户名称" does not take the field the exact header names.
  for (const [i, reading, candidate] of partial) place(candidate.field, i, reading, candidate, "contains");
  ignored.sort((a, b) => a.index - b.index);
  issues.sort((a, b) => a.index - b.index); // partial matches were placed last; report in column order
  return { columns: sharePeriod(columns), ignored, issues };
}
