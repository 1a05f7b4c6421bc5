/**
 * CUSTOMERGRADE, CUSTOMERSCORE and GRADEREASONS: one result per row of `values`, spilling down. A row with an
 * unreadable cell is #VALUE!, an incomplete row #N/A (with the engine's message), a blank row "".
 */
import {
  type GradeReport,
  type Lang,
  type Reason,
  type RuleSet,
  gradeTable,
  isRelativeInTable,
  mapTableColumns,
} from "../../engine";
import { FUNCTION_MESSAGES } from "../i18n";
import { type CellError, cellError, isCellError } from "./cellError";
import { tableOf } from "./rowsOf";

export type Cell<T> = T | CellError;

function graded(
  values: readonly (readonly unknown[])[],
  headers: readonly (readonly unknown[])[] | null | undefined,
  ruleSet: RuleSet,
  asOf: number,
): GradeReport | CellError {
  const table = tableOf(values, headers, ruleSet.language);
  if (isCellError(table)) return table;
  if (values.length < 2 && isRelativeInTable(ruleSet, mapTableColumns(table.headers, ruleSet))) {
    // A rank compares a customer with all the others: one row alone would always rank first.
    return cellError("na", FUNCTION_MESSAGES[ruleSet.language].wholeTable);
  }
  const result = gradeTable(table, ruleSet, { asOf, asOfIsToday: true }); // the same date as the pane's
  return result.ok ? result.value : cellError("na", result.error.message[ruleSet.language]);
}

/**
 * One cell per row: "" for a blank row, #VALUE! for a row with an unreadable cell, #N/A for an incomplete
 * row, else what `pick` reads for the graded row (from the report's bulk outputs: no per-row objects).
 */
function perRow<T>(
  report: GradeReport | CellError,
  rows: number,
  pick: (row: number, report: GradeReport) => T,
): Cell<T | "">[][] {
  if (isCellError(report)) return Array.from({ length: Math.max(1, rows) }, () => [report]);
  const lang = report.language;
  const out: Cell<T | "">[][] = new Array<Cell<T | "">[]>(rows);
  for (let i = 0; i < rows; i++) {
    const status = report.statusOf(i);
    const issue = status === "skipped" ? undefined : report.issuesOf(i)[0];
    if (status === "skipped") out[i] = [""];
    else if (issue) out[i] = [cellError("value", issue.message[lang])];
    else if (status === "incomplete") out[i] = [cellError("na", report.outputs.remarks[i] ?? "")];
    else out[i] = [pick(i, report)];
  }
  return out;
}

export function customerGrade(
  values: readonly (readonly unknown[])[],
  headers: readonly (readonly unknown[])[] | null | undefined,
  ruleSet: RuleSet,
  asOf: number,
): Cell<string>[][] {
  return perRow(graded(values, headers, ruleSet, asOf), values.length, (i, report) => report.outputs.grades[i] ?? "");
}

export function customerScore(
  values: readonly (readonly unknown[])[],
  headers: readonly (readonly unknown[])[] | null | undefined,
  ruleSet: RuleSet,
  asOf: number,
): Cell<number | "">[][] {
  return perRow(
    graded(values, headers, ruleSet, asOf),
    values.length,
    (i, report) => report.outputs.scores[i] as number,
  );
}

export function gradeReasons(
  values: readonly (readonly unknown[])[],
  headers: readonly (readonly unknown[])[] | null | undefined,
  ruleSet: RuleSet,
  asOf: number,
): Cell<string>[][] {
  return perRow(graded(values, headers, ruleSet, asOf), values.length, (i, report) => {
    const row = report.row(i);
    return row.status === "skipped" ? "" : reasonsLine(row.reasons, report.language);
  });
}

/** The text before the first colon of a remark: "欠款逾期超过90天：先结清…" → "欠款逾期超过90天". */
function headline(text: string): string {
  return text.split(/[:：]/)[0]?.trim() ?? text;
}

/**
 * One line of reasons: "年交易量 +20.0; 安全性 +11.3; 欠款逾期超过90天 → 最高 C".
 * @example reasonsLine(row.reasons, "zh-CN")
 */
function reasonsLine(reasons: readonly Reason[], lang: Lang): string {
  const parts = reasons.map((reason) => {
    switch (reason.kind) {
      case "dimension":
        return `${reason.label[lang]} +${reason.points.toFixed(1)}`;
      case "cap":
        return `${headline(reason.remark[lang])} → ${lang === "en" ? "at most" : "最高"} ${reason.grade}`;
      case "override":
        return `${headline(reason.remark[lang])} → ${reason.grade}`;
      case "flag":
        return headline(reason.remark[lang]);
      case "notAssessed":
        return reason.remark[lang]; // its list is the point: "未评估（本表无数据）：年交易量、收益和发展前景"
    }
  });
  return parts.join("; ");
}
