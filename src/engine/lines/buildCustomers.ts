/**
 * From a lines table to the customer table the grader reads: the columns are recognised, each customer
 * measured over the twelve months before the as-of date, RFM scored across all of them, and the result laid
 * out under the field labels of the analyst's language, so the table maps back to those fields unaided.
 */
import { FIELDS, type FieldId } from "../fields";
import { ENGINE_MESSAGES } from "../i18n";
import { LANGS, type CellValue, type Lang, type Localized, type Result, err, ok } from "../types";
import type { ExcelSerial } from "../values/date";
import { lineFieldLabel } from "./lineFieldLabel";
import { mapLineColumns } from "./mapLines";
import { measureCustomers } from "./measureCustomers";
import { rfmScores, rfmSegmentName } from "./rfm";
import type { CustomerMeasures, CustomersFromLines, LineField, LinesProblem, RfmRow } from "./types";
import { measureWindow } from "./window";

export interface BuildCustomersOptions {
  /** "Today": the window is the twelve months before it, and recency counts the days up to it. */
  readonly asOf: ExcelSerial;
  /** The language of the customer table's headers and of its RFM type names. */
  readonly lang: Lang;
}

const REQUIRED: readonly LineField[] = ["customer", "date", "amount"];

/** A column of the customer table: the field its header names, and its value for one customer. */
interface OutputColumn {
  readonly field: FieldId;
  readonly value: (c: CustomerMeasures, r: RfmRow, lang: Lang) => CellValue;
}

const MONTH_FIELDS = Array.from({ length: 12 }, (_, i) => `month${i + 1}` as FieldId);

/** Cents, so sums of many lines read as the analyst's own arithmetic would (0.1 + 0.2 is 0.3). */
const money = (n: number): number => Math.round(n * 100) / 100;
/** Tonnes or cubic metres to the kilogram or litre: no 4.156899999999999 from summing 4.1569 in parts. */
const quantity = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);

/** The ageing buckets' fields, in `Receivable.buckets` order. */
const BUCKET_FIELDS: readonly FieldId[] = [
  "ageingCurrent",
  "ageing1to30",
  "ageing31to60",
  "ageing61to90",
  "ageingOver90",
];

/** The balance, and with due dates its ageing and the oldest days past due: what the safety dimension reads. */
function receivableColumns(build: { hasOpen: boolean; hasDue: boolean }): OutputColumn[] {
  if (!build.hasOpen) return [];
  const balance: OutputColumn = { field: "outstandingBalance", value: (c) => money(c.receivable?.balance ?? 0) };
  if (!build.hasDue) return [balance];
  return [
    balance,
    ...BUCKET_FIELDS.map((field, i): OutputColumn => ({ field, value: (c) => money(c.receivable?.buckets?.[i] ?? 0) })),
    { field: "overdueDays", value: (c) => c.receivable?.oldestDaysPastDue ?? null },
  ];
}

function outputColumns(build: {
  hasProfit: boolean;
  hasWeight: boolean;
  hasVolume: boolean;
  hasOpen: boolean;
  hasDue: boolean;
}): OutputColumn[] {
  return [
    { field: "customerName", value: (c) => c.customer },
    ...MONTH_FIELDS.map((field, i): OutputColumn => ({ field, value: (c) => money(c.months[i] ?? 0) })),
    { field: "annualAmount", value: (c) => money(c.annualAmount) },
    { field: "orderCount", value: (c) => c.orderCount },
    { field: "relationshipStart", value: (c) => c.firstDate },
    { field: "lastTransaction", value: (c) => c.lastDate },
    ...(build.hasProfit
      ? [
          { field: "profit", value: (c: CustomerMeasures) => (c.profit === null ? null : money(c.profit)) },
          { field: "grossMargin", value: (c: CustomerMeasures) => c.margin },
        ]
      : []),
    // Tonnes when the lines carry a weight, else cubic metres: one measure of how much is moved.
    ...(build.hasWeight || build.hasVolume
      ? [{ field: "volume", value: (c: CustomerMeasures) => quantity(build.hasWeight ? c.weight : c.volume) }]
      : []),
    ...receivableColumns(build),
    { field: "recencyDays", value: (_c, r) => r.recency },
    { field: "rfmR", value: (_c, r) => r.r },
    { field: "rfmF", value: (_c, r) => r.f },
    { field: "rfmM", value: (_c, r) => r.m },
    { field: "rfmSegment", value: (_c, r, lang) => rfmSegmentName(r.segment, lang) },
  ] as OutputColumn[];
}

/** The headers as the analyst wrote them, to say what the table has instead (at most 12, then "…"). */
function headerList(headers: readonly CellValue[]): string[] {
  const named = headers.flatMap((h) =>
    h === null || h === undefined || String(h).trim() === "" ? [] : [String(h).trim()],
  );
  return named.length > 12 ? [...named.slice(0, 12), "…"] : named;
}

function missingColumns(missing: readonly LineField[], headers: readonly CellValue[]): LinesProblem {
  const seen = headerList(headers);
  const message = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      ENGINE_MESSAGES[lang].lines.missingColumns(
        missing.map((f) => lineFieldLabel(f, lang)),
        seen,
      ),
    ]),
  ) as Localized;
  return { kind: "missing-columns", missing, message };
}

/**
 * @example buildCustomers(linesTable, { asOf: parseDate("2018-01-01"), lang: "zh-CN" }) // ok: one row per customer of 2017
 */
export function buildCustomers(
  lines: { readonly headers: readonly CellValue[]; readonly rows: readonly (readonly CellValue[])[] },
  options: BuildCustomersOptions,
): Result<CustomersFromLines, LinesProblem> {
  const mapping = mapLineColumns(lines.headers);
  const missing = REQUIRED.filter((field) => mapping.columns[field] === undefined);
  if (missing.length > 0) return err(missingColumns(missing, lines.headers));
  const window = measureWindow(options.asOf);
  const measured = measureCustomers(lines, mapping, window);
  if (measured.customers.length === 0) {
    const message = Object.fromEntries(
      LANGS.map((lang) => [lang, ENGINE_MESSAGES[lang].lines.noLines(measured.linesAfterAsOf)]),
    ) as Localized;
    return err({ kind: "no-lines", message });
  }
  const rfm = rfmScores(measured.customers, options.asOf);
  const columns = outputColumns({
    hasProfit: mapping.columns.profit !== undefined || mapping.columns.cost !== undefined,
    hasWeight: mapping.columns.weight !== undefined,
    hasVolume: mapping.columns.volume !== undefined,
    hasOpen: mapping.columns.openAmount !== undefined,
    hasDue: mapping.columns.dueDate !== undefined,
  });
  const headers = columns.map((column) => FIELDS[column.field].label[options.lang]);
  const rows = measured.customers.map((customer, i) => {
    const scores = rfm[i] as RfmRow;
    return columns.map((column) => column.value(customer, scores, options.lang));
  });
  return ok({
    window,
    mapping,
    customers: measured.customers,
    rfm,
    table: { headers, rows },
    linesAfterAsOf: measured.linesAfterAsOf,
    issues: measured.issues,
  });
}
