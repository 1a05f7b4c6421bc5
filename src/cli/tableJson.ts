/**
 * The `--json` document's facts about the whole table: how each column was read (`mapping`), what the table
 * cannot assess (`notAssessed`), the date days were counted to (`asOf`) and the scale of each money criterion
 * (`scales`). Texts in the document's language.
 */
import { type GradeReport, type Lang, type Table, isoDateOfSerial } from "../engine";
import { type ColumnNote, type ColumnReading, columnReadings } from "./columnReadings";

export interface JsonColumn {
  /** 1-based. */
  readonly column: number;
  readonly header: string;
  readonly field: string | null;
  readonly via: ColumnReading["via"];
  readonly confidence: number | null;
  readonly period: string | null;
  readonly unit: string | null;
  readonly samples: readonly string[];
  readonly note: ColumnNote | null;
  /** Only for an ambiguous column: the fields it could be. */
  readonly candidates?: readonly string[];
}

export interface JsonNotAssessed {
  readonly dimensions: readonly { readonly id: string; readonly label: string; readonly fields: readonly string[] }[];
  readonly rules: readonly { readonly id: string; readonly anyOf: readonly string[] }[];
  readonly message: string | null;
}

export interface JsonAsOf {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly from: "given" | "period";
  readonly header?: string;
  readonly message?: string;
}

export interface JsonScale {
  readonly criterion: string;
  readonly relative: boolean;
  readonly message: string;
}

export interface JsonTableFacts {
  readonly mapping: readonly JsonColumn[];
  readonly notAssessed: JsonNotAssessed;
  readonly asOf: JsonAsOf;
  readonly scales: readonly JsonScale[];
}

function columnJson(reading: ColumnReading): JsonColumn {
  const { column, header, field, via, confidence, period, unit, samples, note, candidates } = reading;
  const base = { column, header, field, via, confidence, period, unit, samples, note };
  return note === "ambiguous" && candidates ? { ...base, candidates } : base;
}

/** @param table the table as read, for each column's sample values */
export function tableFactsJson(report: GradeReport, table: Table, lang: Lang): JsonTableFacts {
  const { notAssessed, asOf } = report;
  return {
    mapping: columnReadings(table, report.mapping).map(columnJson),
    notAssessed: {
      dimensions: notAssessed.dimensions.map((d) => ({ id: d.id, label: d.label[lang], fields: d.fields.map(String) })),
      rules: notAssessed.rules.map((r) => ({ id: r.id, anyOf: r.anyOf.map(String) })),
      message: notAssessed.message?.[lang] ?? null,
    },
    asOf: {
      date: isoDateOfSerial(asOf.serial),
      from: asOf.from,
      ...(asOf.header === undefined ? {} : { header: asOf.header }),
      ...(asOf.message === undefined ? {} : { message: asOf.message[lang] }),
    },
    scales: report.moneyScales.map((s) => ({ criterion: s.criterion, relative: s.relative, message: s.message[lang] })),
  };
}
