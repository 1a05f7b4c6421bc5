/**
 * The `--json` document: one stable shape that other tools read. Built from the engine's report only, so it
 * says exactly what the add-in would write.
 */
import {
  type CriterionPoints,
  type GradeReport,
  type Lang,
  type Reason,
  type RowStatus,
  type Table,
  fieldValues,
  receivablesByGrade,
} from "../engine";
import type { EncodingUsed } from "./encoding/names";
import { type JsonTableFacts, tableFactsJson } from "./tableJson";

export interface JsonIssue {
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

export type JsonReason =
  | {
      readonly kind: "dimension";
      readonly dimension: string;
      readonly label: string;
      readonly points: number;
      readonly dimensionScore: number;
      readonly criteria: readonly {
        readonly criterion: string;
        readonly label: string;
        readonly field: string;
        readonly points: number | null;
        /** Where the values came from when not simply the field's own column. */
        readonly source?: string;
      }[];
    }
  | {
      readonly kind: "cap";
      readonly rule: string;
      readonly grade: string;
      readonly lowered: boolean;
      readonly remark: string;
    }
  | {
      readonly kind: "override";
      readonly rule: string;
      readonly grade: string;
      readonly computedGrade: string | null;
      readonly remark: string;
    }
  | { readonly kind: "flag"; readonly rule: string; readonly remark: string }
  | { readonly kind: "notAssessed"; readonly dimensions: readonly string[]; readonly remark: string };

export interface JsonRow {
  /** 1-based data row (the header row is not counted). */
  readonly row: number;
  readonly name: string;
  readonly status: RowStatus;
  readonly score: number | null;
  readonly grade: string | null;
  readonly remark: string;
  readonly reasons: readonly JsonReason[];
  readonly issues: readonly JsonIssue[];
}

export interface JsonDocument extends JsonTableFacts {
  readonly table: string;
  /** Field id → the header of the column it was read from (or written to). */
  readonly columns: Readonly<Record<string, string>>;
  /** The encoding a CSV was read in and why; `null` for a workbook. */
  readonly encoding: EncodingUsed | null;
  readonly rows: readonly JsonRow[];
  readonly summary: {
    readonly counts: Readonly<Record<string, number>>;
    /** Per grade what its customers owe; only for a table with a balance (or ageing buckets). */
    readonly receivables?: readonly JsonReceivable[];
  };
}

function criterionJson(c: CriterionPoints, lang: Lang) {
  const base = { criterion: c.criterion, label: c.label[lang], field: String(c.field), points: c.points };
  return c.source ? { ...base, source: c.source[lang] } : base;
}

function reasonJson(reason: Reason, lang: Lang): JsonReason {
  switch (reason.kind) {
    case "dimension":
      return {
        kind: "dimension",
        dimension: reason.dimension,
        label: reason.label[lang],
        points: reason.points,
        dimensionScore: reason.dimensionScore,
        criteria: reason.criteria.map((c) => criterionJson(c, lang)),
      };
    case "cap":
      return {
        kind: "cap",
        rule: reason.rule,
        grade: reason.grade,
        lowered: reason.lowered,
        remark: reason.remark[lang],
      };
    case "override":
      return {
        kind: "override",
        rule: reason.rule,
        grade: reason.grade,
        computedGrade: reason.computedGrade,
        remark: reason.remark[lang],
      };
    case "flag":
      return { kind: "flag", rule: reason.rule, remark: reason.remark[lang] };
    case "notAssessed":
      return {
        kind: "notAssessed",
        dimensions: reason.dimensions.map((d) => d.dimension),
        remark: reason.remark[lang],
      };
  }
}

interface JsonReceivable {
  /** The letter, or null for customers without a grade. */
  readonly grade: string | null;
  readonly customers: number;
  readonly balance: number;
  /** null when the table does not say what is overdue. */
  readonly overdue: number | null;
  /** The ageing report's columns; null without ageing buckets. */
  readonly ageing: {
    readonly notDue: number;
    readonly days1to30: number;
    readonly days31to60: number;
    readonly days61to90: number;
    readonly over90: number;
  } | null;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

/** The summary: counts per letter, and the receivables per grade when the table has a balance. */
function summaryJson(report: GradeReport, source: Table): JsonDocument["summary"] {
  const counts = { ...report.summary.counts };
  const receivables = receivablesByGrade(report, fieldValues(source, report, report.asOf.serial));
  if (receivables === null) return { counts };
  return {
    counts,
    receivables: receivables.grades.map((g) => ({
      grade: g.grade,
      customers: g.customers,
      balance: cents(g.balance),
      overdue: receivables.hasOverdue ? cents(g.overdue) : null,
      ageing:
        g.ageing === null
          ? null
          : {
              notDue: cents(g.ageing[0]),
              days1to30: cents(g.ageing[1]),
              days31to60: cents(g.ageing[2]),
              days61to90: cents(g.ageing[3]),
              over90: cents(g.ageing[4]),
            },
    })),
  };
}

/** In this key order, whatever object the encoding came in. */
const encodingJson = ({ name, why, bom }: EncodingUsed): EncodingUsed => ({ name, why, bom });

/** One row of the document (reasons are built here, so a million rows are never all held at once). */
function jsonRow(report: GradeReport, i: number, lang: Lang): JsonRow {
  const result = report.row(i);
  const score = report.outputs.scores[i] as number;
  return {
    row: i + 1,
    name: result.name,
    status: result.status,
    score: Number.isNaN(score) ? null : score,
    grade: report.outputs.grades[i] ?? null,
    remark: report.outputs.remarks[i] ?? "",
    reasons: result.status === "skipped" ? [] : result.reasons.map((r) => reasonJson(r, lang)),
    issues: result.issues.map((issue) => ({ column: issue.header, code: issue.code, message: issue.message[lang] })),
  };
}

function columnsJson(
  report: GradeReport,
  outputHeaders: Readonly<Record<"grade" | "score" | "remark", string>>,
): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(report.mapping.columns)) if (column) columns[field] = column.header;
  return Object.assign(columns, outputHeaders);
}

/**
 * The document as text, in pieces of about 64 KB: the same JSON as `JSON.stringify(buildJsonDocument(…))`,
 * without ever holding every row (a million rows with their reasons would not fit in one string).
 * @param outputHeaders headers of the grade, score and remark columns as written (found or added)
 * @param lang language of reason labels, issue messages and the table's facts (remarks are as written to the file)
 * @param source the table as read, for each column's sample values
 * @param encoding a CSV's encoding, as it was decided; `null` for a workbook
 */
export function* jsonDocumentText(
  table: string,
  report: GradeReport,
  outputHeaders: Readonly<Record<"grade" | "score" | "remark", string>>,
  lang: Lang,
  source: Table,
  encoding: EncodingUsed | null = null,
): Generator<string> {
  const head = {
    table,
    columns: columnsJson(report, outputHeaders),
    ...tableFactsJson(report, source, lang),
    encoding: encoding && encodingJson(encoding),
  };
  let piece = `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  for (let i = 0; i < report.rowCount; i++) {
    piece += (i > 0 ? "," : "") + JSON.stringify(jsonRow(report, i, lang));
    if (piece.length > 1 << 16) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}],"summary":${JSON.stringify(summaryJson(report, source))}}\n`;
}

/** The whole document as a value (for tests and small tables). */
export function buildJsonDocument(
  table: string,
  report: GradeReport,
  outputHeaders: Readonly<Record<"grade" | "score" | "remark", string>>,
  lang: Lang,
  source: Table,
  encoding: EncodingUsed | null = null,
): JsonDocument {
  const rows = Array.from({ length: report.rowCount }, (_, i) => jsonRow(report, i, lang));
  return {
    table,
    columns: columnsJson(report, outputHeaders),
    ...tableFactsJson(report, source, lang),
    encoding: encoding && encodingJson(encoding),
    rows,
    summary: summaryJson(report, source),
  };
}
