/**
 * The customer table built (or refreshed) from a lines table. Syncs: one for the lines table's position, the
 * saved links and free names; one per chunk of lines (the first also finds the linked customer table); then
 * a first build writes a new sheet and table (two syncs, one more per further chunk), a refresh reads the
 * customer table (one sync for its header, one per chunk) and writes only what changed, the link riding on
 * the last write. Nothing of the analyst's is written: a new sheet and table take free names, a refresh
 * writes measure cells and appends rows and measure columns.
 */
import { type CellIssue, type Lang, type Result, err, ok } from "../../engine";
import type { BuildCustomers, CustomersFromLines, MeasureWindow, RfmRow } from "../../engine/lines/types";
import { tableCellAddress } from "../cellLocation";
import { type AdapterError, adapterErrors } from "../errors";
import { ADAPTER_MESSAGES } from "../i18n";
import { queueFreeSheetName, queueFreeTableName } from "../portfolio/freeNames";
import { readChunked } from "../portfolio/readChunked";
import { queueSettingRead, settingValue } from "../settings";
import { metaAfterSync, queueMeta } from "../tableMeta";
import { LINES_LINKS_SETTING, type LinesLink, linesLinksFrom } from "./linesLinks";
import { planRefresh } from "./refreshPlan";
import { writeRefresh } from "./refreshCustomerTable";
import { queueTableRead, withoutTrailingBlankRows } from "./readTable";
import { writeNewCustomerTable } from "./newCustomerTable";
import { FIELDS } from "../../engine";
import { columnLetters } from "../../plan";

export type BuildProgress =
  | { readonly phase: "reading"; readonly done: number; readonly total: number }
  | { readonly phase: "writing"; readonly done: number; readonly total: number };

export interface BuildOptions {
  /** The as-of date (Excel serial): measures cover the twelve months before it. */
  readonly asOf: number;
  /** The language of a new table's headers, sheet and table names; a refresh keeps the table's own. */
  readonly lang: Lang;
  readonly onProgress?: (progress: BuildProgress) => void;
}

/** A line the builder could not read, with its address in the lines table ("运单明细!C7"). */
export interface LinesIssue {
  readonly issue: CellIssue;
  readonly address: string;
  /** Where to select it: the sheet and the cell ("C7"). */
  readonly sheetName: string;
  readonly cell: string;
}

export interface CustomerTableBuilt {
  readonly action: "created" | "refreshed";
  readonly sheetName: string;
  readonly tableName: string;
  readonly tableId: string;
  readonly linesTableName: string;
  readonly lines: number;
  readonly window: MeasureWindow;
  readonly added: number;
  /** Matched customers whose measures changed / did not (0 and 0 on a first build). */
  readonly updated: number;
  readonly unchanged: number;
  /** Customers of the table no longer in the lines: row kept, measures blank. */
  readonly kept: number;
  readonly linesAfterAsOf: number;
  readonly issues: readonly LinesIssue[];
  /** Measure columns added by this refresh, and those no longer computed (left as they were). */
  readonly newMeasures: readonly string[];
  readonly staleMeasures: readonly string[];
  readonly rfm: readonly RfmRow[];
}

/** The header rows are matched by: the customer-name field's label, else the first column. */
function keyHeaderOf(result: CustomersFromLines, lang: Lang): string {
  const headers = result.table.headers.map((h) => String(h ?? ""));
  const label = FIELDS.customerName.label[lang];
  return headers.includes(label) ? label : (headers[0] ?? "");
}

export async function buildCustomerTable(
  context: Excel.RequestContext,
  linesTable: string,
  build: BuildCustomers,
  options: BuildOptions,
): Promise<Result<CustomerTableBuilt, AdapterError>> {
  // Sync 1: the lines table, the links, free names for a first build.
  const queuedLines = queueMeta(context, linesTable);
  const setting = queueSettingRead(context, LINES_LINKS_SETTING);
  const names = ADAPTER_MESSAGES[options.lang].linesNames;
  const freeSheet = queueFreeSheetName(context, names.sheet);
  const freeTable = queueFreeTableName(context, names.table);
  await context.sync();
  const lines = metaAfterSync(queuedLines);
  const links = linesLinksFrom(settingValue(setting));
  const link = links[lines.id];
  const linked = link ? context.workbook.tables.getItemOrNullObject(link.customersTableId).load("name") : null;

  options.onProgress?.({ phase: "reading", done: 0, total: lines.rowCount });
  const read = await readChunked(context, context.workbook.worksheets.getItem(lines.sheetName), {
    firstRow: lines.firstDataRow,
    firstColumn: lines.firstColumn,
    rowCount: lines.rowCount,
    width: lines.columnCount,
  });
  const rows = withoutTrailingBlankRows(read);
  options.onProgress?.({ phase: "reading", done: lines.rowCount, total: lines.rowCount });
  // A link to a table the analyst deleted is dropped: the lines build a new one.
  const liveLink = link && linked && !linked.isNullObject ? link : null;
  const lang = liveLink?.lang ?? options.lang;
  const built = build({ headers: lines.headers, rows }, { asOf: options.asOf, lang });
  if (!built.ok) return err(adapterErrors.linesUnusable(built.error.message));
  const result = built.value;
  const common = {
    linesTableName: lines.name,
    lines: rows.length,
    window: result.window,
    linesAfterAsOf: result.linesAfterAsOf,
    issues: result.issues.map((issue) => ({
      issue,
      address: tableCellAddress(lines, issue.row, issue.column),
      sheetName: lines.sheetName,
      cell: `${columnLetters(lines.firstColumn + issue.column)}${lines.firstDataRow + issue.row + 1}`,
    })),
    rfm: result.rfm,
  };
  const saveLink = (next: LinesLink): void => {
    context.workbook.settings.add(LINES_LINKS_SETTING, { ...links, [lines.id]: next });
  };

  if (liveLink && linked) {
    const customers = await queueTableRead(context, linked.name).read();
    const plan = planRefresh(customers.table, result.table, liveLink);
    if (!plan.ok) return plan;
    const total = plan.value.appended.length + plan.value.updated;
    options.onProgress?.({ phase: "writing", done: 0, total });
    await writeRefresh(context, customers.meta, plan.value, lang, () =>
      saveLink({ ...liveLink, measures: plan.value.measures }),
    );
    options.onProgress?.({ phase: "writing", done: total, total });
    return ok({
      ...common,
      action: "refreshed",
      sheetName: customers.meta.sheetName,
      tableName: customers.meta.name,
      tableId: customers.meta.id,
      added: plan.value.added,
      updated: plan.value.updated,
      unchanged: plan.value.unchanged,
      kept: plan.value.kept,
      newMeasures: plan.value.newColumns.map((c) => c.header),
      staleMeasures: plan.value.stale,
    });
  }

  const sheetName = freeSheet.free();
  const tableName = freeTable.free();
  if (sheetName === null) return err(adapterErrors.nameInUse(names.sheet));
  if (tableName === null) return err(adapterErrors.nameInUse(names.table));
  const keyHeader = keyHeaderOf(result, lang);
  const written = await writeNewCustomerTable(context, {
    table: result.table,
    lang,
    sheetName,
    tableName,
    finish: (table) =>
      saveLink({
        linesTableId: lines.id,
        customersTableId: table.tableId,
        lang,
        keyHeader,
        measures: result.table.headers.map((h) => String(h ?? "")).filter((h) => h !== "" && h !== keyHeader),
      }),
    onProgress: (done, total) => options.onProgress?.({ phase: "writing", done, total }),
  });
  return ok({
    ...common,
    action: "created",
    sheetName: written.sheetName,
    tableName: written.tableName,
    tableId: written.tableId,
    added: result.table.rows.length,
    updated: 0,
    unchanged: 0,
    kept: 0,
    newMeasures: [],
    staleMeasures: [],
  });
}
