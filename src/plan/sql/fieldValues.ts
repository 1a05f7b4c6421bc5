/**
 * Every field a rule set reads, as a SQL expression over the table's typed columns: the engine's
 * `readColumns` (column reads with their header's unit and period, the fields' other sources, the derived
 * values, text fallbacks, the grade typed by hand) written as SQL. A number is a double or NULL (the engine's
 * NaN); a text is trimmed or NULL.
 */
import { type CustomField, isDerivedField } from "../../engine/customFields";
import { FALLBACKS, type DerivedFieldId } from "../../engine/derived";
import { FIELDS, MONTH_FIELDS, type FieldId, type ValueType, fieldSpec, isFieldId } from "../../engine/fields";
import type { ColumnMapping } from "../../engine/headers/mapColumns";
import type { Period } from "../../engine/headers/periods";
import {
  AGEING_FIELDS,
  FIELD_SOURCES,
  type FieldSource,
  OVERDUE_AGEING_FIELDS,
  sourceAvailable,
} from "../../engine/grade/fieldSources";
import type { FieldRef } from "../../engine/rules/schema";
import { assertNever } from "../../engine/types";
import { EPOCH_SERIAL, type SqlAsOf } from "./asOf";
import type { Dialect } from "./dialect";
import { cellText, gradeLetter } from "./text";

/** Excel's last date (9999-12-31): a date past it is unreadable to the engine. */
const MAX_SERIAL = 2_958_465;
/** A new customer's count is spread over at least a month (the engine's `MIN_ACTIVE_DAYS`). */
const MIN_ACTIVE_DAYS = 30;
const YEAR_DAYS = 365.25;

/** What reading one column needs: where it is and what its header says. */
interface ReadColumn {
  readonly index: number;
  readonly scale: number;
  readonly period: Period | null;
}

/** A source the query cannot compute the engine's way; the caller refuses what reads it. */
export interface UncompilableSource {
  readonly field: FieldId;
  readonly from: FieldId;
}

export interface FieldValues {
  /** A numeric, date or derived field as a double (NULL: no value); noNumber when the table has nothing for it. */
  numbers(ref: FieldRef): string;
  /** A words field (with its fallback) as trimmed text; noNumber when the table has no column for it. */
  texts(ref: FieldRef): string;
  /** The grade typed by hand as a letter of the rule set, NULL when blank or not one. */
  manualGrade(): string;
  /** The sources of numeric fields the query had to leave out, for the caller to refuse. */
  readonly uncompilable: UncompilableSource[];
}

export interface FieldValuesContext {
  readonly dialect: Dialect;
  readonly mapping: ColumnMapping;
  readonly custom: readonly CustomField[];
  readonly asOf: SqlAsOf;
  readonly letters: readonly string[];
  /** A column of the table, by its index. */
  readonly column: (index: number) => string;
  /** The same column's cell as trimmed text, NULL when blank (worked out once, see `trimmedCell`). */
  readonly textOf: (index: number) => string;
}

export function fieldValues(context: FieldValuesContext): FieldValues {
  const { dialect, mapping, asOf, letters, column, textOf } = context;
  const d = dialect.double;
  const numberCache = new Map<FieldRef, string>();
  // Typed, so an engine that types a bare NULL as text (PostgreSQL) still does arithmetic on it.
  const noNumber = dialect.toDouble("NULL");
  const noText = dialect.toText("NULL");
  const uncompilable: UncompilableSource[] = [];

  /** The factor as the engine makes it: a product of numbers when both are numbers, else in the query. */
  const times = (value: string, factor: number | string): string =>
    factor === 1 ? value : `(${value} * ${typeof factor === "number" ? d(factor) : factor})`;

  function readNumber(read: ReadColumn, type: ValueType, flow: boolean): string {
    const x = dialect.toDouble(column(read.index));
    const yearFactor = flow ? asOf.perYearFactor(read.period) : 1;
    switch (type) {
      case "money":
      case "count": {
        const scale = typeof yearFactor === "number" ? read.scale * yearFactor : `(${d(read.scale)} * ${yearFactor})`;
        return times(x, scale);
      }
      case "days":
        return times(x, yearFactor);
      case "percent": {
        const value =
          read.scale === 0.01
            ? `(${x} / ${d(100)})`
            : `(CASE WHEN abs(${x}) > ${d(1)} THEN ${x} / ${d(100)} ELSE ${x} END)`;
        return times(value, yearFactor);
      }
      case "date": {
        const serial = `(${dialect.epochDays(column(read.index))} + ${d(EPOCH_SERIAL)})`;
        const readable = `(CASE WHEN ${serial} >= ${d(1)} AND ${serial} <= ${d(MAX_SERIAL)} THEN ${serial} END)`;
        return times(readable, yearFactor);
      }
      case "frequency": {
        const perPeriod = asOf.perYearFactor(read.period);
        // A bare count of a period is that period's; a count of no period must not be negative.
        const value = perPeriod === 1 ? `(CASE WHEN ${x} >= ${d(0)} THEN ${x} END)` : times(x, perPeriod);
        return times(value, yearFactor);
      }
      case "boolean": {
        const b = dialect.toBoolean(column(read.index));
        return times(`(CASE WHEN ${b} THEN ${d(1)} WHEN NOT ${b} THEN ${d(0)} END)`, yearFactor);
      }
      case "text":
      case "grade":
        return noNumber;
      default:
        return assertNever(type, "value type");
    }
  }

  function ownNumbers(field: FieldId): string {
    const own = mapping.columns[field];
    if (!own || FIELDS[field].role !== "input") return noNumber;
    return readNumber(own, FIELDS[field].type, fieldSpec(field).flow === true);
  }

  /** The sum of the fields' values, NULL when none has one (the engine's `sumOf`). */
  function sumOf(fields: readonly FieldId[]): string {
    const parts = fields.filter((f) => mapping.columns[f]).map((f) => numbers(f));
    if (parts.length === 0) return noNumber;
    const anySeen = parts.map((p) => `${p} IS NOT NULL`).join(" OR ");
    const sum = parts.map((p) => `COALESCE(${p}, ${d(0)})`).join(" + ");
    return `(CASE WHEN ${anySeen} THEN ${d(0)} + ${sum} END)`;
  }

  function sourceValue(field: FieldId, source: FieldSource): string {
    switch (source.kind) {
      case "months":
        return sumOf(MONTH_FIELDS);
      case "ageingSum":
        return sumOf(AGEING_FIELDS);
      case "ageingOverdue":
        return sumOf(OVERDUE_AGEING_FIELDS);
      case "ratio": {
        const top = numbers(source.numerator);
        const bottom = numbers(source.denominator);
        return `(CASE WHEN ${bottom} > ${d(0)} THEN ${top} / ${bottom} END)`;
      }
      case "count":
        return countPerYear(source.from);
      case "phrase":
        // "每月两次" in a packed text: the engine's phrase reader has no SQL counterpart.
        uncompilable.push({ field, from: source.from });
        return noNumber;
      case "ageingDays": {
        const buckets = [...AGEING_FIELDS].reverse().filter((f) => mapping.columns[f]);
        if (buckets.length === 0) return noNumber;
        const oldestWithMoney = buckets
          .map((f) => `WHEN ${numbers(f)} > ${d(0)} THEN ${d(fieldSpec(f).ageingFrom ?? 0)}`)
          .join(" ");
        const anySeen = buckets.map((f) => `${numbers(f)} IS NOT NULL`).join(" OR ");
        return `(CASE ${oldestWithMoney} WHEN ${anySeen} THEN ${d(0)} END)`;
      }
      default:
        return assertNever(source, "field source");
    }
  }

  /** The engine's `countPerYear`: a count of a period, spread over the days since a start within it. */
  function countPerYear(field: FieldId): string {
    const counts = numbers(field);
    const window = asOf.window(mapping.columns[field]?.period ?? null);
    if (!window || !mapping.columns.relationshipStart) return counts;
    const start = numbers("relationshipStart");
    const span = `(${window.to} - ${window.from})`;
    const active = `(${window.to} - ${start})`;
    const days = `(CASE WHEN ${active} > ${d(MIN_ACTIVE_DAYS)} THEN ${active} ELSE ${d(MIN_ACTIVE_DAYS)} END)`;
    return `(CASE WHEN ${counts} IS NULL OR ${start} IS NULL OR ${start} <= ${window.from} OR ${start} > ${window.to} THEN ${counts} ELSE (${counts} * ${span}) / ${days} END)`;
  }

  function derivedNumbers(ref: DerivedFieldId): string {
    const atLeastZero = (x: string) => `(CASE WHEN ${x} > ${d(0)} THEN ${x} ELSE ${d(0)} END)`;
    switch (ref) {
      case "relationshipYears": {
        const start = numbers("relationshipStart");
        return `(CASE WHEN ${start} IS NOT NULL THEN ${atLeastZero(`((${asOf.serial} - ${start}) / ${d(YEAR_DAYS)})`)} END)`;
      }
      case "daysSinceLastTransaction": {
        const last = numbers("lastTransaction");
        return `(CASE WHEN ${last} IS NOT NULL THEN ${atLeastZero(`(${asOf.serial} - ${last})`)} END)`;
      }
      case "activeMonths": {
        const months = MONTH_FIELDS.filter((m) => mapping.columns[m]).map((m) => numbers(m));
        if (months.length === 0) return noNumber;
        const anySeen = months.map((m) => `${m} IS NOT NULL`).join(" OR ");
        const active = months.map((m) => `(CASE WHEN ${m} > ${d(0)} THEN ${d(1)} ELSE ${d(0)} END)`).join(" + ");
        return `(CASE WHEN ${anySeen} THEN ${active} END)`;
      }
      case "exposure": {
        const balance = numbers("outstandingBalance");
        const unbilled = mapping.columns.unbilledAmount ? numbers("unbilledAmount") : null;
        if (!unbilled) return balance;
        return `(CASE WHEN ${balance} IS NULL THEN NULL WHEN ${unbilled} IS NOT NULL THEN ${balance} + ${unbilled} ELSE ${balance} END)`;
      }
      case "creditUsage": {
        const exposure = numbers("exposure");
        const limit = numbers("creditLimit");
        return `(CASE WHEN ${exposure} IS NOT NULL AND ${limit} > ${d(0)} THEN ${exposure} / ${limit} END)`;
      }
      case "overdueShare": {
        const overdue = numbers("overdueAmount");
        const balance = numbers("outstandingBalance");
        const share = `(${overdue} / ${balance})`;
        const clamped = `(CASE WHEN ${share} > ${d(1)} THEN ${d(1)} WHEN ${share} > ${d(0)} THEN ${share} ELSE ${d(0)} END)`;
        return `(CASE WHEN ${overdue} IS NULL OR ${balance} IS NULL THEN NULL WHEN ${balance} > ${d(0)} THEN ${clamped} ELSE ${d(0)} END)`;
      }
      default:
        return assertNever(ref, "derived field");
    }
  }

  function numbers(ref: FieldRef): string {
    const cached = numberCache.get(ref);
    if (cached !== undefined) return cached;
    let out: string;
    if (isDerivedField(ref)) out = derivedNumbers(ref);
    else if (!isFieldId(ref)) {
      const own = mapping.custom?.[ref];
      out = own ? readNumber(own, own.type, false) : noNumber;
    } else {
      const sources = (FIELD_SOURCES[ref] ?? []).filter((source) => sourceAvailable(source, mapping));
      const values = [ownNumbers(ref), ...sources.map((source) => sourceValue(ref, source))].filter(
        (v) => v !== noNumber,
      );
      // A source fills a row only where the own cell is blank: typed, a blank cell is exactly a NULL one.
      out =
        values.length === 0 ? noNumber : values.length === 1 ? (values[0] as string) : `COALESCE(${values.join(", ")})`;
    }
    numberCache.set(ref, out);
    return out;
  }

  function ownTexts(field: FieldId): string {
    const own = mapping.columns[field];
    return own ? cellText(dialect, textOf(own.index)) : noText;
  }

  function texts(ref: FieldRef): string {
    if (!isFieldId(ref)) {
      const own = mapping.custom?.[ref];
      return own && own.type === "text" ? cellText(dialect, textOf(own.index)) : noText;
    }
    if (FIELDS[ref].type !== "text") return noText;
    const fallback = FALLBACKS[ref];
    if (!fallback || FIELDS[fallback].type !== "text") return ownTexts(ref);
    if (!mapping.columns[ref]) return texts(fallback);
    const source = texts(fallback);
    return source === noText ? ownTexts(ref) : `COALESCE(${ownTexts(ref)}, ${source})`;
  }

  function manualGrade(): string {
    const own = mapping.columns.manualGrade;
    return own ? gradeLetter(dialect, textOf(own.index), letters) : noText;
  }

  return {
    numbers,
    texts,
    manualGrade,
    uncompilable,
  };
}
