/**
 * The year-end review sheet (seed 002's year-end screening) of one table: the tier migration since a chosen date,
 * from that table's grade history, and the screening lists from the bound table graded now. Read-only on the
 * analyst's data; writes only the table's own review sheet ("年终筛选 · 客户表", made once, rewritten by the
 * next review of the same table, never by another table's). A list for the analyst to decide on: nothing is
 * deleted.
 */
import {
  type GradeChange,
  type Lang,
  type MigrationMatrix,
  type Result,
  type RuleSet,
  type SettleFirst,
  type YearEndScreening,
  err,
  fieldValues,
  gradeOf,
  mapTableColumns,
  migrationMatrix,
  ok,
  yearEndScreening,
} from "../../engine";
import { columnLetters, conditionText } from "../../plan";
import { type AdapterError, adapterErrors } from "../errors";
import { ADAPTER_MESSAGES } from "../i18n";
import { gradeRows, tableProblemError } from "../gradeChunk";
import type { Binding } from "../settings";
import { syncTableMeta } from "../syncTableMeta";
import { queueFreeSheetName, tableSheetName } from "./freeNames";
import { PORTFOLIO_SETTING, type PortfolioSettings, settleFirstFrom, storedSettleFirst } from "./portfolioSettings";
import { readChunked } from "./readChunked";
import { reviewLayout } from "./reviewLayout";

export interface YearEndReview {
  /** The sheet written, and the table it reviews (its name now). */
  readonly sheet: string;
  readonly table: string;
  /** True when an earlier review of the same table was on that sheet and is replaced. */
  readonly rewritten: boolean;
  readonly migration: MigrationMatrix;
  readonly screening: YearEndScreening;
}

export interface ReviewInput {
  readonly binding: Binding;
  readonly ruleSet: RuleSet;
  readonly asOf: number;
  /** Excel serial: history entries from this date on count in the migration. */
  readonly since: number;
  readonly lang: Lang;
  /** The table's views. */
  readonly settings: PortfolioSettings;
  /** The whole setting to save with the table's views replaced by `next` (the other tables' kept). */
  readonly toSetting: (next: PortfolioSettings) => unknown;
  /** Who must settle first; absent: what the workbook chose last time, else the rule set's overdue cap. */
  readonly settleFirst?: SettleFirst;
}

/**
 * A history row as the history sheet holds it: date, customer, id, old grade, new grade, score. The grades are
 * read as the rule set's letters, and a row that names the same grade twice ("A级 → A", which a history made
 * before the add-in read the analyst's grade text logged) is no change.
 */
function changeFromRow(row: readonly unknown[], letters: ReadonlySet<string>): GradeChange | null {
  const [date, customer, customerId, from, to, score] = row;
  if (typeof date !== "number") return null;
  const text = (v: unknown): string | null =>
    v === null || v === undefined || String(v).trim() === "" ? null : String(v).trim();
  const was = gradeOf(from, letters);
  const now = gradeOf(to, letters);
  if (was !== null && was === now) return null;
  return {
    date,
    customer: text(customer) ?? "",
    customerId: text(customerId) ?? "",
    from: was,
    to: now,
    score: typeof score === "number" ? score : null,
  };
}

export async function yearEndReview(
  context: Excel.RequestContext,
  input: ReviewInput,
): Promise<Result<{ readonly review: YearEndReview; readonly settings: PortfolioSettings }, AdapterError>> {
  const { portfolioNames: names, review: labels } = ADAPTER_MESSAGES[input.lang];
  const { settings } = input;
  // Sync 1: the bound table, the history table, the review sheet made before (all by id), a free name.
  const history = settings.historyTableId ? context.workbook.tables.getItemOrNullObject(settings.historyTableId) : null;
  const historyBody = history?.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount") ?? null;
  const historySheet = history?.worksheet.load("name") ?? null;
  const recorded = settings.reviewSheetId
    ? context.workbook.worksheets.getItemOrNullObject(settings.reviewSheetId).load("name")
    : null;
  const wanted = tableSheetName(names.reviewSheet, input.binding.tableName);
  const freeName = queueFreeSheetName(context, wanted);
  const synced = await syncTableMeta(context, input.binding);
  if (!synced.ok) return synced;
  const { queued, meta } = synced.value;

  // Read the table and the history (chunked), then grade the whole table at once.
  const rows = await readChunked(context, queued.worksheet, {
    firstRow: meta.firstDataRow,
    firstColumn: meta.firstColumn,
    rowCount: meta.rowCount,
    width: meta.columnCount,
  });
  const mapping = mapTableColumns(meta.headers, input.ruleSet, input.binding.overrides);
  const graded = gradeRows(meta.headers, rows, { ruleSet: input.ruleSet, mapping, asOf: input.asOf });
  if ("code" in graded) return err(tableProblemError(graded));
  const settleFirst = input.settleFirst ?? settleFirstFrom(settings);
  const screening = yearEndScreening(
    graded.report,
    fieldValues({ headers: meta.headers, rows }, graded.report, input.asOf),
    settleFirst,
  );
  const changes: GradeChange[] = [];
  const letters = new Set(input.ruleSet.grades.map((g) => g.letter));
  if (history && historyBody && historySheet && !history.isNullObject) {
    const sheet = context.workbook.worksheets.getItem(historySheet.name);
    const block = {
      firstRow: historyBody.rowIndex,
      firstColumn: historyBody.columnIndex,
      rowCount: historyBody.rowCount,
      width: Math.min(6, historyBody.columnCount),
    };
    for (const row of await readChunked(context, sheet, block)) {
      const change = changeFromRow(row, letters);
      if (change) changes.push(change);
    }
  }
  const migration = migrationMatrix(
    changes,
    input.since,
    input.ruleSet.grades.map((g) => g.letter),
  );
  const settleCondition = screening.settleRule ? conditionText(screening.settleRule.when, input.lang) : null;
  const layout = reviewLayout({ migration, screening, since: input.since, table: meta.name, labels, settleCondition });

  // Last sync: the review block, blanking what a longer earlier review left below or beside it.
  let sheet: Excel.Worksheet;
  let sheetName: string;
  let created = false;
  if (recorded && !recorded.isNullObject) {
    sheet = recorded;
    sheetName = recorded.name;
  } else {
    const free = freeName.free();
    if (free === null) return err(adapterErrors.nameInUse(wanted));
    sheet = context.workbook.worksheets.add(free);
    sheetName = free;
    created = true;
  }
  const height = Math.max(layout.values.length, created ? 0 : (settings.reviewRows ?? 0));
  const width = Math.max(layout.width, created ? 0 : (settings.reviewWidth ?? 0));
  const blank = (line: (string | number)[], fill: string): (string | number)[] => [
    ...line,
    ...new Array<string>(width - line.length).fill(fill),
  ];
  const values = Array.from({ length: height }, (_, i) => blank(layout.values[i] ?? [], ""));
  const formats = Array.from({ length: height }, (_, i) => blank(layout.numberFormats[i] ?? [], "General") as string[]);
  const block = sheet.getRange(`A1:${columnLetters(width - 1)}${height}`);
  context.runtime.enableEvents = false;
  block.values = values;
  block.numberFormat = formats;
  sheet.getRange("A1").format.font.bold = true;
  if (created) block.format.autofitColumns();
  context.runtime.enableEvents = true;
  sheet.load("id");
  await context.sync();
  const next: PortfolioSettings = {
    ...settings,
    reviewSheetId: sheet.id,
    reviewRows: layout.values.length,
    reviewWidth: layout.width,
    ...(input.settleFirst ? { settleFirst: storedSettleFirst(input.settleFirst) } : {}),
  };
  context.workbook.settings.add(PORTFOLIO_SETTING, input.toSetting(next));
  await context.sync();
  return ok({
    review: { sheet: sheetName, table: meta.name, rewritten: !created, migration, screening },
    settings: next,
  });
}
