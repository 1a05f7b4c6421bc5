/** The lines of `grade --explain-columns`: each column as read, then what the table cannot assess and why. */
import { FIELDS, type FieldId, type GradeReport, type Lang } from "../engine";
import { type AmountScale, amountScalesInForce } from "./amountScales";
import type { ColumnReading } from "./columnReadings";
import type { ExplainTexts } from "./i18n/catalog";
import { CLI_MESSAGES } from "./i18n";

/** Sample values longer than this are cut (a remark column's paragraphs would drown the listing). */
const SAMPLE_LENGTH = 24;

const cut = (text: string): string => (text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text);

function reading(column: ColumnReading, t: ExplainTexts, lang: Lang): string {
  const label = (field: FieldId): string => FIELDS[field].label[lang];
  if (column.field !== null && column.via !== null) {
    const details = [
      ...(column.period === null ? [] : [t.period(column.period)]),
      ...(column.unit === null ? [] : [t.unit(column.unit)]),
    ];
    return t.readAs(label(column.field), t.via[column.via], Math.round((column.confidence ?? 0) * 100), details);
  }
  switch (column.note) {
    case "ambiguous":
      return t.notUsed.ambiguous((column.candidates ?? []).map(label));
    case "duplicate":
      return column.readFrom
        ? t.notUsed.duplicate(label(column.readFrom.field), column.readFrom.header)
        : t.notUsed.unrecognised;
    case "older-period":
      return column.readFrom
        ? t.notUsed.olderPeriod(label(column.readFrom.field), column.readFrom.header)
        : t.notUsed.unrecognised;
    default:
      return t.notUsed.unrecognised;
  }
}

/** The listing's column lines, numbered as the analyst counts columns. */
export function columnLines(table: string, columns: readonly ColumnReading[], lang: Lang): string[] {
  const t = CLI_MESSAGES[lang].explain;
  const width = String(columns.length).length;
  return [
    t.title(table, columns.length),
    ...columns.map((c) =>
      t.column(
        String(c.column).padStart(width + 2),
        c.header,
        reading(c, t, lang),
        c.samples.length > 0 ? t.samples(c.samples.map(cut)) : t.noValues,
      ),
    ),
  ];
}

/** After the columns: what is not assessed, the amount scales in force, the as-of date when the headers set it. */
export function tableLines(report: GradeReport, lang: Lang): string[] {
  const t = CLI_MESSAGES[lang].explain;
  const message = report.notAssessed.message?.[lang];
  const scales: AmountScale[] = amountScalesInForce(report);
  return [
    message === undefined ? t.allAssessed : t.notAssessed(message),
    ...scales.map((s) => t.amounts(s.scale.message[lang])),
    ...(report.asOf.from === "period" && report.asOf.message ? [t.asOf(report.asOf.message[lang])] : []),
  ];
}
