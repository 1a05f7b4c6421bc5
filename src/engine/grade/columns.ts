/**
 * Reads the table column by column, once per field, into typed arrays the criteria score from. Column-wise
 * reading keeps a million rows fast: one parser per column, caches by distinct text, no object per cell.
 */
import type { CriterionColumn, TextDictionary } from "../criteria/kind";
import { FALLBACKS, type DerivedFieldId } from "../derived";
import { isDerivedField } from "../customFields";
import { FIELDS, MONTH_FIELDS, type FieldId, type ValueType, fieldSpec, isFieldId } from "../fields";
import { perYearFactor, periodWindow } from "../headers/periods";
import type { ColumnMapping, MappedColumn } from "../headers/mapColumns";
import type { FieldRef } from "../rules/schema";
import { type CellIssue, type CellValue, type Table, assertNever, rowIndex } from "../types";
import { parseBoolean } from "../values/boolean";
import { parseDate, partsFromSerial, serialFromParts } from "../values/date";
import { parseDays } from "../values/days";
import { frequencyInText, parseFrequency } from "../values/frequency";
import { parseGrade } from "../values/grade";
import { cellIssueMessage } from "../values/messages";
import { parseNumber } from "../values/number";
import { parsePercent } from "../values/percent";
import type { CellProblem } from "../values/problem";
import { isExcelError, splitTokens } from "../values/text";
import { AGEING_FIELDS, type FieldSource, FIELD_SOURCES, OVERDUE_AGEING_FIELDS, sourceAvailable } from "./fieldSources";

type NumberParser = (cell: CellValue) => number | null | CellProblem;

const NUMBER_PARSERS: Readonly<
  Record<"money" | "count" | "percent" | "days" | "date" | "frequency" | "boolean", NumberParser>
> = {
  boolean: parseBoolean,
  money: parseNumber,
  count: parseNumber,
  percent: parsePercent,
  days: parseDays,
  date: parseDate,
  frequency: parseFrequency,
};

export interface TableColumns {
  readonly rowCount: number;
  readonly mapping: ColumnMapping;
  /** Texts of one of the analyst's words fields (empty when the table has no column for it). */
  customTexts(ref: FieldRef): readonly (string | null)[];
  /** Text of the field's own column only (no fallback), `null` where blank. */
  ownTexts(field: FieldId): readonly (string | null)[];
  /** Normalised tokens of a text, cached per distinct text. */
  tokensOf(text: string): readonly string[];
  /** A text column dictionary-encoded (distinct texts and an index per row), built once per column. */
  dictionary(texts: readonly (string | null)[]): TextDictionary;
  /** Numbers of a numeric or derived field; NaN where missing or unreadable. */
  numbers(ref: FieldRef): Float64Array;
  /** Trimmed text of a text field (with its fallback); `null` where blank. */
  texts(field: FieldId): readonly (string | null)[];
  /** Manual grades, checked against the rule set's letters. */
  grades(field: FieldId): readonly (string | null)[];
  criterionColumn(ref: FieldRef): CriterionColumn;
  /** A test of whether a row has a usable value for the field, built once per field. */
  presence(ref: FieldRef): (row: number) => boolean;
  /** Cell issues found so far, in the order columns were read. */
  readonly issues: CellIssue[];
}

function cellText(cell: CellValue): string | null {
  if (cell === null || cell === undefined) return null;
  const text = typeof cell === "string" ? cell.trim() : String(cell);
  return text.length === 0 ? null : text;
}

/**
 * A frequency column whose header names a period ("周均票数", "发货次数(次/月)"): its bare numbers are counts of that
 * period, made a year's; a phrase ("每月两次") says its own period and is read as written.
 */
function frequencyOfPeriod(perYear: number): NumberParser {
  return (cell) => {
    if (typeof cell === "number") return Number.isFinite(cell) ? cell * perYear : parseFrequency(cell);
    const value = parseFrequency(cell);
    return typeof value === "number" && typeof cell === "string" && BARE_NUMBER.test(cell) ? value * perYear : value;
  };
}

const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * A column's parsed texts, each distinct text parsed once: real columns repeat their values ("30天", "每月两次",
 * the same dates). A column of mostly distinct texts (amounts) gains nothing, so after {@link MEMO_TRIAL}
 * texts not found it is dropped unless at least as many were found; it never holds more than
 * {@link MEMO_MAX} texts.
 */
interface TextMemo {
  readonly parsed: Map<string, number | null | CellProblem>;
  hits: number;
  misses: number;
}
const MEMO_TRIAL = 1024;
const MEMO_MAX = 65_536;

/** A new customer's count is spread over at least a month, so a first week's two orders are not 100 a year. */
const MIN_ACTIVE_DAYS = 30;

/** What reading a column needs to know of it, for built-in and analyst's fields alike. */
type ReadColumn = Pick<MappedColumn, "index" | "header" | "scale" | "period"> & { readonly field: string };

export function readColumns(
  table: Table,
  mapping: ColumnMapping,
  letters: ReadonlySet<string>,
  asOf: number,
): TableColumns {
  const rowCount = table.rows.length;
  const issues: CellIssue[] = [];
  const dayOfYear = asOf - (serialFromParts(partsFromSerial(asOf).year, 1, 1) ?? asOf) + 1;
  const numberCache = new Map<FieldRef, Float64Array>();
  const textCache = new Map<FieldId, readonly (string | null)[]>();
  const cellAt = (column: MappedColumn, row: number): CellValue => table.rows[row]?.[column.index];

  const report = (column: ReadColumn, row: number, code: CellProblem["problem"], cell: CellValue): void => {
    issues.push({
      row: rowIndex(row),
      column: column.index,
      header: column.header,
      code,
      message: cellIssueMessage(code, column.header, String(cell)),
    });
  };

  /**
   * Every mapped input column, read in one pass over the rows: the table is row-major, and one pass instead
   * of one per column is most of the reading cost at a million rows. NaN / null for blank and unreadable
   * cells (the latter reported).
   */
  let read:
    | {
        numbers: Map<string, Float64Array>;
        texts: Map<string, (string | null)[]>;
        grades: Map<string, (string | null)[]>;
      }
    | undefined;
  const readAll = (): NonNullable<typeof read> => {
    if (read) return read;
    const numberColumns: {
      column: ReadColumn;
      out: Float64Array;
      parse: NumberParser;
      scale: number;
      plain: boolean;
      memo: TextMemo | null;
    }[] = [];
    const textColumns: { column: ReadColumn; out: (string | null)[] }[] = [];
    const gradeColumns: { column: ReadColumn; out: (string | null)[] }[] = [];
    read = { numbers: new Map(), texts: new Map(), grades: new Map() };
    const inputs: { column: ReadColumn; type: ValueType; flow: boolean }[] = [
      ...Object.values(mapping.columns).flatMap((column) =>
        column && FIELDS[column.field].role === "input"
          ? [{ column, type: FIELDS[column.field].type, flow: fieldSpec(column.field).flow === true }]
          : [],
      ),
      ...Object.values(mapping.custom ?? {}).map((column) => ({ column, type: column.type, flow: false })),
    ];
    for (const { column, type, flow } of inputs) {
      if (type === "text") {
        const out = new Array<string | null>(rowCount).fill(null);
        textColumns.push({ column, out });
        read.texts.set(column.field, out);
      } else if (type === "grade") {
        const out = new Array<string | null>(rowCount).fill(null);
        gradeColumns.push({ column, out });
        read.grades.set(column.field, out);
      } else {
        const out = new Float64Array(rowCount).fill(NaN);
        const percentPoints = type === "percent" && column.scale === 0.01;
        const perPeriod = type === "frequency" ? perYearFactor(column.period, dayOfYear) : 1;
        const parse: NumberParser = percentPoints
          ? (cell) => (typeof cell === "number" ? cell / 100 : parsePercent(cell))
          : perPeriod !== 1
            ? frequencyOfPeriod(perPeriod)
            : NUMBER_PARSERS[type];
        const unitScale = type === "money" || type === "count" ? column.scale : 1;
        // A figure of a period ("本年运费收入", "近3个月票数") counts as the year's.
        const scale = flow ? unitScale * perYearFactor(column.period, dayOfYear) : unitScale;
        // Excel hands most numeric cells over as numbers: read those inline, parse only text.
        const plain = type === "money" || type === "count" || type === "days";
        const memo: TextMemo = { parsed: new Map(), hits: 0, misses: 0 };
        numberColumns.push({ column, out, parse, scale, plain, memo });
        read.numbers.set(column.field, out);
      }
    }
    const rows = table.rows;
    for (let r = 0; r < rowCount; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (const reading of numberColumns) {
        const { column, out, parse, scale, plain, memo } = reading;
        const cell = cells[column.index];
        if (plain && typeof cell === "number" && Number.isFinite(cell)) {
          out[r] = cell * scale;
          continue;
        }
        let value: number | null | CellProblem | undefined;
        if (memo !== null && typeof cell === "string") {
          value = memo.parsed.get(cell);
          if (value === undefined) {
            value = parse(cell);
            if (++memo.misses === MEMO_TRIAL && memo.hits < memo.misses) reading.memo = null;
            else if (memo.parsed.size < MEMO_MAX) memo.parsed.set(cell, value);
          } else memo.hits++;
        } else value = parse(cell);
        if (typeof value === "number") out[r] = value * scale;
        else if (value !== null) report(column, r, value.problem, cell);
      }
      for (const { column, out } of textColumns) {
        const cell = cells[column.index];
        const text = cellText(cell);
        if (text !== null && text.charCodeAt(0) === 35 /* # */ && typeof cell === "string" && isExcelError(text)) {
          report(column, r, "excel-error", cell);
          continue;
        }
        out[r] = text;
      }
      for (const { column, out } of gradeColumns) {
        const cell = cells[column.index];
        const value = parseGrade(cell, letters);
        if (typeof value === "string") out[r] = value;
        else if (value !== null) report(column, r, value.problem, cell);
      }
    }
    return read;
  };

  /** One all-missing column shared by every unmapped numeric field; never written to. */
  let noNumbers: Float64Array | undefined;
  const missingNumbers = (): Float64Array => (noNumbers ??= new Float64Array(rowCount).fill(NaN));
  const ownNumbers = (field: FieldId): Float64Array => readAll().numbers.get(field) ?? missingNumbers();

  const derivedNumbers = (ref: DerivedFieldId): Float64Array => {
    const out = new Float64Array(rowCount).fill(NaN);
    switch (ref) {
      case "relationshipYears": {
        const start = numbers("relationshipStart");
        for (let r = 0; r < rowCount; r++) {
          const s = start[r] as number;
          if (s === s) out[r] = Math.max(0, (asOf - s) / 365.25);
        }
        return out;
      }
      case "daysSinceLastTransaction": {
        const last = numbers("lastTransaction");
        for (let r = 0; r < rowCount; r++) {
          const l = last[r] as number;
          if (l === l) out[r] = Math.max(0, asOf - l);
        }
        return out;
      }
      case "activeMonths": {
        const months = MONTH_FIELDS.filter((m) => mapping.columns[m]).map((m) => numbers(m));
        if (months.length === 0) return missingNumbers();
        for (let r = 0; r < rowCount; r++) {
          let seen = false;
          let active = 0;
          for (const m of months) {
            const v = m[r] as number;
            if (v === v) {
              seen = true;
              if (v > 0) active++;
            }
          }
          if (seen) out[r] = active;
        }
        return out;
      }
      case "exposure": {
        const balance = numbers("outstandingBalance");
        const unbilled = mapping.columns.unbilledAmount ? numbers("unbilledAmount") : null;
        for (let r = 0; r < rowCount; r++) {
          const b = balance[r] as number;
          const u = unbilled ? (unbilled[r] as number) : NaN;
          if (b === b) out[r] = u === u ? b + u : b;
        }
        return out;
      }
      case "creditUsage": {
        const exposure = numbers("exposure");
        const limit = numbers("creditLimit");
        for (let r = 0; r < rowCount; r++) {
          const e = exposure[r] as number;
          const l = limit[r] as number;
          if (e === e && l > 0) out[r] = e / l;
        }
        return out;
      }
      case "overdueShare": {
        const overdue = numbers("overdueAmount");
        const balance = numbers("outstandingBalance");
        for (let r = 0; r < rowCount; r++) {
          const o = overdue[r] as number;
          const b = balance[r] as number;
          // Nothing owed is nothing overdue; more overdue than owed (a stale balance column) is all of it.
          if (o === o && b === b) out[r] = b > 0 ? Math.min(1, Math.max(0, o / b)) : 0;
        }
        return out;
      }
      default:
        return assertNever(ref, "derived field");
    }
  };

  function numbers(ref: FieldRef): Float64Array {
    const cached = numberCache.get(ref);
    if (cached) return cached;
    let out: Float64Array;
    if (isDerivedField(ref)) {
      out = derivedNumbers(ref);
    } else if (!isFieldId(ref)) {
      out = readAll().numbers.get(ref) ?? missingNumbers(); // one of the analyst's fields
    } else {
      out = ownNumbers(ref);
      const sources = (FIELD_SOURCES[ref] ?? []).filter((source) => sourceAvailable(source, mapping));
      if (sources.length > 0 && out === noNumbers) out = new Float64Array(out); // never fill the shared column
      for (const source of sources) fillFrom(source, out, mapping.columns[ref]);
    }
    numberCache.set(ref, out);
    return out;
  }

  /**
   * Fills the rows that have no value from a source (see `fieldSources.ts`). A row whose own cell is filled
   * but unreadable keeps no value: it is reported, not replaced.
   */
  function fillFrom(source: FieldSource, out: Float64Array, own: MappedColumn | undefined): void {
    const value = sourceReader(source);
    for (let r = 0; r < rowCount; r++) {
      if (out[r] === out[r]) continue;
      if (own && cellText(cellAt(own, r)) !== null) continue;
      out[r] = value(r);
    }
  }

  /** A source's value for one row, NaN where it has none. */
  function sourceReader(source: FieldSource): (row: number) => number {
    switch (source.kind) {
      case "months":
        return sumOf(MONTH_FIELDS.filter((m) => mapping.columns[m]).map((m) => numbers(m)));
      case "ageingSum":
        return sumOf(AGEING_FIELDS.filter((m) => mapping.columns[m]).map((m) => numbers(m)));
      case "ageingOverdue":
        return sumOf(OVERDUE_AGEING_FIELDS.filter((m) => mapping.columns[m]).map((m) => numbers(m)));
      case "ratio": {
        const top = numbers(source.numerator);
        const bottom = numbers(source.denominator);
        return (r) => {
          const d = bottom[r] as number;
          return d > 0 ? (top[r] as number) / d : NaN;
        };
      }
      case "count":
        return countPerYear(source.from);
      case "phrase": {
        const text = texts(source.from);
        const cache = new Map<string, number>();
        return (r) => {
          const t = text[r];
          if (t === null || t === undefined) return NaN;
          let v = cache.get(t);
          if (v === undefined) {
            v = frequencyInText(t) ?? NaN;
            cache.set(t, v);
          }
          return v;
        };
      }
      case "ageingDays": {
        // Oldest first: the days of the oldest bucket holding money; 0 when every bucket is empty.
        const buckets = [...AGEING_FIELDS]
          .reverse()
          .filter((f) => mapping.columns[f])
          .map((f) => [fieldSpec(f).ageingFrom ?? 0, numbers(f)] as const);
        return (r) => {
          let seen = false;
          for (const [from, amounts] of buckets) {
            const v = amounts[r] as number;
            if (v > 0) return from;
            if (v === v) seen = true;
          }
          return seen ? 0 : NaN;
        };
      }
      default:
        return assertNever(source, "field source");
    }
  }

  /**
   * A count of a period as a number a year (the reader has already scaled the period to a year). A customer
   * who started within the period ran up its count in less time: "7 orders in 2017" from a customer since
   * November is a weekly shipper, not a yearly one, so the count is spread over the days since the start.
   */
  function countPerYear(field: FieldId): (row: number) => number {
    const counts = numbers(field);
    const window = periodWindow(mapping.columns[field]?.period ?? null, asOf);
    const starts = window && mapping.columns.relationshipStart ? numbers("relationshipStart") : null;
    if (!window || !starts) return (r) => counts[r] as number;
    const span = window.to - window.from;
    return (r) => {
      const c = counts[r] as number;
      const start = starts[r] as number;
      if (c !== c || start !== start || start <= window.from || start > window.to) return c;
      return (c * span) / Math.max(MIN_ACTIVE_DAYS, window.to - start);
    };
  }

  /** The sum of the columns' values in a row, NaN when none has one. */
  function sumOf(parts: readonly Float64Array[]): (row: number) => number {
    return (r) => {
      let sum = 0;
      let seen = false;
      for (const part of parts) {
        const v = part[r] as number;
        if (v === v) {
          sum += v;
          seen = true;
        }
      }
      return seen ? sum : NaN;
    };
  }

  /** Unmapped text fields read as an empty array: every row `undefined`, i.e. blank. */
  const noText: readonly (string | null)[] = [];
  function ownTexts(field: FieldId): readonly (string | null)[] {
    return readAll().texts.get(field) ?? noText;
  }

  function texts(field: FieldId): readonly (string | null)[] {
    const cached = textCache.get(field);
    if (cached) return cached;
    const fallback = FALLBACKS[field];
    let out: readonly (string | null)[];
    if (!fallback || FIELDS[fallback].type !== "text") out = ownTexts(field);
    else if (!mapping.columns[field])
      out = texts(fallback); // no own column: share the source, no copy
    else {
      const own = ownTexts(field);
      const source = texts(fallback);
      out = own.map((text, r) => text ?? source[r] ?? null);
    }
    textCache.set(field, out);
    return out;
  }

  const dictionaries = new WeakMap<readonly (string | null)[], TextDictionary>();
  function dictionary(source: readonly (string | null)[]): TextDictionary {
    const cached = dictionaries.get(source);
    if (cached) return cached;
    const ids = new Int32Array(rowCount).fill(-1);
    const distinct: string[] = [];
    const idOf = new Map<string, number>();
    for (let r = 0; r < rowCount; r++) {
      const text = source[r];
      if (text === null || text === undefined) continue;
      let id = idOf.get(text);
      if (id === undefined) {
        id = distinct.length;
        distinct.push(text);
        idOf.set(text, id);
      }
      ids[r] = id;
    }
    const encoded = { ids, texts: distinct };
    dictionaries.set(source, encoded);
    return encoded;
  }

  const tokenByText = new Map<string, readonly string[]>();
  function tokensOf(text: string): readonly string[] {
    let found = tokenByText.get(text);
    if (!found) {
      found = splitTokens(text);
      tokenByText.set(text, found);
    }
    return found;
  }

  function grades(field: FieldId): readonly (string | null)[] {
    return readAll().grades.get(field) ?? new Array<string | null>(rowCount).fill(null);
  }

  /** The texts of a words field, built-in (with its fallback) or the analyst's; null for other fields. */
  const textsOf = (ref: FieldRef): readonly (string | null)[] | null => {
    if (isFieldId(ref)) return FIELDS[ref].type === "text" ? texts(ref) : null;
    return mapping.custom?.[ref]?.type === "text" ? (readAll().texts.get(ref) ?? noText) : null;
  };

  return {
    rowCount,
    mapping,
    ownTexts,
    tokensOf,
    dictionary,
    numbers,
    texts,
    grades,
    issues,
    criterionColumn: (ref) => ({
      rowCount,
      numbers: () => numbers(ref),
      dictionary: () => dictionary(textsOf(ref) ?? []),
      tokensOf,
    }),
    customTexts: (ref) => textsOf(ref) ?? noText,
    presence: (ref) => {
      const words = textsOf(ref);
      if (words) return (row) => words[row] != null;
      if (isFieldId(ref) && FIELDS[ref].type === "grade") {
        const values = grades(ref);
        return (row) => values[row] != null;
      }
      const values = numbers(ref);
      return (row) => values[row] === values[row]; // not NaN
    },
  };
}
