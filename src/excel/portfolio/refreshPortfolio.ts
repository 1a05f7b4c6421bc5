/**
 * After a Grade all of one table: that table's summary sheet rewritten (and its native chart created once, then
 * re-pointed), and the rows whose grade changed appended to that table's history table. Each sheet is named
 * after its table when made ("分级汇总 · 客户表") and says its table in its title cell, rewritten at every
 * refresh (a renamed table keeps its sheets, found by id, and its title follows the new name). Two syncs (a third only when it made a sheet, table
 * or chart, to remember it, and more only for a history over ~2.5 MB). Only the add-in's own sheets and chart
 * are written: they are known by id (a rename, or a rule set in another language, finds the same ones), and a
 * sheet of the analyst's with the same name makes the add-in take the next name. A cancelled Grade all appends
 * its history and leaves the summary as it was (`summary: false`).
 */
import { type Lang, type ReceivablesByGrade, type Result, err, ok } from "../../engine";
import { columnLetters } from "../../plan";
import { type AdapterError, adapterErrors } from "../errors";
import { ADAPTER_MESSAGES } from "../i18n";
import type { PortfolioCollector } from "./collector";
import { queueFreeSheetName, queueFreeTableName, tableSheetName } from "./freeNames";
import { HISTORY_FORMATS, historyChunks, historyRow } from "./historyRows";
import { PORTFOLIO_SETTING, type PortfolioSettings, type TableRef } from "./portfolioSettings";
import {
  SUMMARY_COLUMNS,
  SUMMARY_GRADE_COLUMNS,
  SUMMARY_HEADER_ROW,
  SUMMARY_ROWS,
  summaryLayout,
} from "./summaryLayout";

export interface PortfolioRefresh {
  /** `null` when a cancelled run left the summary alone and there was none yet. */
  readonly summarySheet: string | null;
  /** `null` until a first change has been recorded. */
  readonly historySheet: string | null;
  /** Rows appended to the history by this Grade all. */
  readonly changesRecorded: number;
  /** Why the changes could not be recorded (every history sheet name is the analyst's), else absent. */
  readonly historyProblem?: AdapterError;
  /** "skipped": a cancelled Grade all, whose rows are not all graded, leaves the summary and chart as they were. */
  readonly chart: "created" | "updated" | "skipped";
  /** What each grade's customers owe, as the summary sheet shows it; absent without a balance or a summary. */
  readonly receivables?: ReceivablesByGrade;
}

export interface RefreshInput {
  readonly collector: PortfolioCollector;
  readonly lang: Lang;
  /** The table graded. */
  readonly table: TableRef;
  /** The table's views. */
  readonly settings: PortfolioSettings;
  /** The whole setting to save with the table's views replaced by `next` (the other tables' kept). */
  readonly toSetting: (next: PortfolioSettings) => unknown;
  /** When the grading ran (Excel serial with the time of day). */
  readonly updated: number;
  /** Rewrite the summary sheet: false after a cancelled run (only the history is appended). */
  readonly summary: boolean;
}

/** The chart's name in every language, to find one made before its id was remembered. */
const CHART_NAMES: ReadonlySet<string> = new Set(Object.values(ADAPTER_MESSAGES).map((m) => m.portfolioNames.chart));

/** Rows from a history sheet's title down to its table's header: the title, then a blank row. */
const HISTORY_TITLE_GAP = 2;

const SUMMARY_ADDRESS = `A1:${columnLetters(SUMMARY_COLUMNS - 1)}${SUMMARY_ROWS}`;

export async function refreshPortfolio(
  context: Excel.RequestContext,
  input: RefreshInput,
): Promise<Result<{ readonly refresh: PortfolioRefresh; readonly settings: PortfolioSettings }, AdapterError>> {
  const { portfolioNames: names, portfolioLabels: labels } = ADAPTER_MESSAGES[input.lang];
  const { settings } = input;
  const sheets = context.workbook.worksheets;

  // Sync 1: which of the add-in's sheets are still there, and free names for any to make.
  const recordedSummary = settings.summarySheetId
    ? sheets.getItemOrNullObject(settings.summarySheetId).load("name,id")
    : null;
  const summaryCharts = recordedSummary ? recordedSummary.charts.load("items/id,items/name") : null;
  const recordedHistory = settings.historyTableId
    ? context.workbook.tables.getItemOrNullObject(settings.historyTableId).load("name,id")
    : null;
  const recordedHistorySheet = recordedHistory ? recordedHistory.worksheet.load("name,id") : null;
  // A history made before the sheets named their table has its header in row 1, with no room for a title.
  const historyHeader = recordedHistory ? recordedHistory.getHeaderRowRange().load("rowIndex,columnIndex") : null;
  const wantedSummary = tableSheetName(names.summarySheet, input.table.name);
  const wantedHistory = tableSheetName(names.historySheet, input.table.name);
  const summaryName = queueFreeSheetName(context, wantedSummary);
  const historyName = queueFreeSheetName(context, wantedHistory);
  const historyTableName = queueFreeTableName(context, names.historyTable);
  await context.sync();

  // Sync 2: everything written at once.
  const created: {
    summary?: Excel.Worksheet;
    historySheet?: Excel.Worksheet;
    historyTable?: Excel.Table;
    chart?: Excel.Chart;
  } = {};
  const haveSummary = recordedSummary !== null && !recordedSummary.isNullObject;
  let summarySheetName: string | null = recordedSummary && haveSummary ? recordedSummary.name : null;
  let chart: "created" | "updated" | "skipped" = "skipped";
  let summaryWidth = settings.summaryWidth ?? SUMMARY_GRADE_COLUMNS;
  context.runtime.enableEvents = false;
  if (input.summary) {
    let summary: Excel.Worksheet;
    if (recordedSummary && haveSummary) summary = recordedSummary;
    else {
      const free = summaryName.free();
      if (free === null) {
        context.runtime.enableEvents = true;
        return err(adapterErrors.nameInUse(wantedSummary));
      }
      summary = sheets.add(free);
      created.summary = summary;
      summarySheetName = free;
    }
    const recordedChart = haveSummary
      ? (summaryCharts?.items.find((c) => (settings.chartId ? c.id === settings.chartId : CHART_NAMES.has(c.name))) ??
        null)
      : null;
    const written = writeSummary(summary, input, recordedChart);
    chart = written.made === null ? "updated" : "created";
    if (written.made) created.chart = written.made;
    summaryWidth = written.width;
  }

  const rows = input.collector.changes.map(historyRow);
  let historySheet: string | null =
    recordedHistorySheet && recordedHistory && !recordedHistory.isNullObject ? recordedHistorySheet.name : null;
  let historyProblem: AdapterError | undefined;
  const freeSheet = historyName.free();
  const freeTable = historyTableName.free();
  const haveHistory = recordedHistory !== null && !recordedHistory.isNullObject;
  let pending = rows;
  const historyTitle = labels.historyTitle(input.table.name);
  if (haveHistory && recordedHistorySheet && historyHeader && historyHeader.rowIndex >= HISTORY_TITLE_GAP) {
    const title = `${columnLetters(historyHeader.columnIndex)}${historyHeader.rowIndex - HISTORY_TITLE_GAP + 1}`;
    recordedHistorySheet.getRange(title).values = [[historyTitle]];
  }
  if (rows.length > 0 && !haveHistory && (freeSheet === null || freeTable === null)) {
    // The summary is still written (and remembered); only the changes cannot go anywhere of the add-in's own.
    historyProblem = adapterErrors.nameInUse(freeSheet === null ? wantedHistory : names.historyTable);
    pending = [];
  }
  if (pending.length > 0) {
    let table: Excel.Table;
    if (recordedHistory && haveHistory) table = recordedHistory;
    else if (freeSheet === null || freeTable === null) throw new Error("free names were checked above");
    else {
      // The title, then a new table over the header and the first change, formatted; the rest is appended
      // below and takes the column formats, as Excel extends a table's formatting to the rows added to it.
      const sheet = sheets.add(freeSheet);
      const [first = [], ...rest] = pending;
      const header = HISTORY_TITLE_GAP + 1;
      const address = `A${header}:${columnLetters(labels.history.length - 1)}${header + 1}`;
      sheet.getRange("A1").values = [[historyTitle]];
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange(address).values = [[...labels.history], first];
      sheet.getRange(`A${header + 1}:${columnLetters(HISTORY_FORMATS.length - 1)}${header + 1}`).numberFormat = [
        [...HISTORY_FORMATS],
      ];
      table = context.workbook.tables.add(sheet.getRange(address), true);
      table.name = freeTable;
      sheet.freezePanes.freezeRows(header);
      created.historySheet = sheet;
      created.historyTable = table;
      historySheet = freeSheet;
      pending = rest;
    }
    const chunks = historyChunks(pending);
    for (const [i, chunk] of chunks.entries()) {
      table.rows.add(undefined, chunk);
      if (i < chunks.length - 1) await context.sync(); // one request per ~2.5 MB; the last goes with the rest
    }
  }
  context.runtime.enableEvents = true;
  for (const made of [created.summary, created.historySheet, created.historyTable, created.chart]) made?.load("id");
  await context.sync();

  let next = settings;
  const widthChanged = summaryWidth !== (settings.summaryWidth ?? SUMMARY_GRADE_COLUMNS);
  if (created.summary || created.historyTable || created.chart || widthChanged) {
    // Sync 3, only when something was made (remember it, by id) or the summary changed width.
    next = {
      ...settings,
      ...(widthChanged ? { summaryWidth } : {}),
      ...(created.summary ? { summarySheetId: created.summary.id } : {}),
      ...(created.historySheet ? { historySheetId: created.historySheet.id } : {}),
      ...(created.historyTable ? { historyTableId: created.historyTable.id } : {}),
      ...(created.chart ? { chartId: created.chart.id } : {}),
    };
    context.workbook.settings.add(PORTFOLIO_SETTING, input.toSetting(next));
    await context.sync();
  }
  const changesRecorded = historyProblem ? 0 : rows.length;
  const receivables = input.summary ? input.collector.receivables() : null;
  return ok({
    refresh: {
      summarySheet: summarySheetName,
      historySheet,
      changesRecorded,
      chart,
      ...(historyProblem ? { historyProblem } : {}),
      ...(receivables ? { receivables } : {}),
    },
    settings: next,
  });
}

/**
 * Queues the summary block and its chart: the chart found re-pointed, or a new one made (returned), with the
 * columns the block filled.
 */
function writeSummary(
  summary: Excel.Worksheet,
  input: RefreshInput,
  recordedChart: Excel.Chart | null,
): { readonly made: Excel.Chart | null; readonly width: number } {
  const { portfolioNames: names, portfolioLabels: labels } = ADAPTER_MESSAGES[input.lang];
  const layout = summaryLayout(
    input.collector.breakdown(),
    labels,
    { updated: input.updated, table: input.table.name },
    input.collector.receivables(),
  );
  const block = summary.getRange(SUMMARY_ADDRESS);
  block.values = layout.values;
  block.numberFormat = layout.numberFormats;
  summary.getRange("A1").format.font.bold = true;
  summary.getRange(
    `A${SUMMARY_HEADER_ROW + 1}:${columnLetters(SUMMARY_COLUMNS - 1)}${SUMMARY_HEADER_ROW + 1}`,
  ).format.font.bold = true;
  const chartSource = summary.getRange(`A${SUMMARY_HEADER_ROW + 1}:C${SUMMARY_HEADER_ROW + layout.chartRows}`);
  // The chart one column clear of what the block fills (G2:O20 beside the five grade columns).
  const filled = summary.getRange(`A1:${columnLetters(layout.width - 1)}${SUMMARY_ROWS}`);
  const placeChart = (c: Excel.Chart): void =>
    c.setPosition(`${columnLetters(layout.width + 1)}2`, `${columnLetters(layout.width + 9)}20`);
  let chart: Excel.Chart;
  let made: Excel.Chart | null = null;
  if (recordedChart) {
    chart = recordedChart;
    chart.setData(chartSource, "Columns");
    // Placed once, where the analyst may have moved it; moved only when the block grew under it.
    if (layout.width > (input.settings.summaryWidth ?? SUMMARY_GRADE_COLUMNS)) {
      placeChart(chart);
      filled.format.autofitColumns();
    }
  } else {
    chart = summary.charts.add("ColumnClustered", chartSource, "Columns");
    chart.name = names.chart; // named once: a name the analyst gives it later stays
    placeChart(chart);
    filled.format.autofitColumns();
    made = chart;
  }
  chart.title.text = labels.chartTitle;
  // Customers as columns, the amount (another scale) as a line on the secondary axis (ExcelApi 1.7 / 1.8);
  // set again after setData, which may rebuild the series, in the same request.
  const amount = chart.series.getItemAt(1);
  amount.chartType = "LineMarkers";
  amount.axisGroup = "Secondary";
  return { made, width: layout.width };
}
