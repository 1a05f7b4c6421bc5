/**
 * Apply template formatting to the bound table: (1) the table's bounds and header, the frozen panes and the
 * lists the add-in set before; (2) the output columns added if missing, and the conditional formats and
 * validation now on the columns the add-in formats; (3) only when some of those formats may be the add-in's,
 * the cells each applies to; (4) everything else at once. Number formats of a very large table go in extra
 * syncs of ~2.5 MB.
 */
import { type Result, type RuleSet, mapColumns, ok, tableLanguage } from "../../engine";
import type { AdapterError } from "../errors";
import {
  type CellBlock,
  type FormattingPlan,
  type FreezeOutcome,
  type ListValidation,
  SCORE_BAR_COLOUR,
  type SeenFormat,
  formattingPlan,
  isOwnGradeRule,
  ownRules,
  planOutputColumns,
} from "../../plan";
import { TARGET_BYTES, utf8Length } from "../payload";
import type { Binding } from "../settings";
import { syncTableMeta } from "../syncTableMeta";
import type { TableMeta } from "../tableMeta";
import { queueFreezeHeader, queueFrozenRead } from "./freezeHeader";
import { TEMPLATE_LISTS_SETTING, queueOwnListsRead, withTableLists } from "./ownLists";

export interface TemplateFormattingSummary {
  readonly table: string;
  /** Output columns added because the table had none yet. */
  readonly addedColumns: readonly string[];
  /** The grade colours and score bar: added the first time, replaced when changed, else left as they were. */
  readonly conditionalFormats: "added" | "replaced" | "unchanged";
  /** Columns that got (or already had) the add-in's drop-down list. */
  readonly validatedColumns: readonly string[];
  /** Columns with a validation of the analyst's own, kept as it was. */
  readonly keptValidations: readonly string[];
  /** Columns given a number format. */
  readonly numberFormats: number;
  /** The header row frozen; or the analyst's frozen rows kept; or not frozen, the header being far down. */
  readonly freeze: FreezeOutcome;
}

export interface ApplyFormattingInput {
  readonly binding: Binding;
  readonly ruleSet: RuleSet;
  /** Anything else to send in the last request (the adapter turns the portfolio views on there). */
  readonly alsoQueue?: (context: Excel.RequestContext) => void;
}

const FORMAT_LOAD = [
  "items/priority",
  "items/type",
  "items/customOrNullObject/rule/formula",
  "items/customOrNullObject/format/fill/color",
  "items/customOrNullObject/format/font/color",
  "items/dataBarOrNullObject/positiveFormat/fillColor",
].join(",");

interface Found {
  readonly item: Excel.ConditionalFormat;
  readonly seen: SeenFormat;
}

function seen(format: Excel.ConditionalFormat, range: CellBlock | null): SeenFormat {
  const custom = format.type === "Custom" ? format.customOrNullObject : null;
  const bar = format.type === "DataBar" ? format.dataBarOrNullObject : null;
  return {
    priority: format.priority,
    type: format.type,
    formula: custom?.rule.formula ?? null,
    fill: custom?.format.fill.color ?? null,
    font: custom?.format.font.color ?? null,
    bar: bar?.positiveFormat.fillColor ?? null,
    range,
  };
}

function bodyBlock(meta: TableMeta, column: number): CellBlock {
  return { row: meta.firstDataRow, column: meta.firstColumn + column, rowCount: meta.rowCount, columnCount: 1 };
}

function columnBody(sheet: Excel.Worksheet, meta: TableMeta, column: number): Excel.Range {
  const b = bodyBlock(meta, column);
  return sheet.getRangeByIndexes(b.row, b.column, b.rowCount, 1);
}

/**
 * The cells of the formats that may be the add-in's (marked grade rules, data bars on the score), read in one
 * sync; none read, and no sync, when there are none (the first time).
 */
async function withRanges(
  context: Excel.RequestContext,
  items: readonly Excel.ConditionalFormat[],
  candidate: (f: SeenFormat) => boolean,
): Promise<Found[]> {
  const first = items.map((item) => ({ item, seen: seen(item, null) }));
  const wanted = first
    .filter((f) => candidate(f.seen))
    .map((f) => ({ ...f, range: f.item.getRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount") }));
  if (wanted.length === 0) return [];
  await context.sync();
  return wanted.map(({ item, range }) => ({
    item,
    seen: seen(
      item,
      range.isNullObject
        ? null
        : { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
    ),
  }));
}

/** The add-in's list: as planned, or one it set earlier (its source exactly as saved); else the analyst's (`null`). */
function ourList(
  validation: Excel.DataValidation,
  planned: ListValidation,
  savedSource: string | undefined,
): "as planned" | "earlier" | null {
  if (validation.type !== "List") return null;
  const source = validation.rule.list?.source ?? "";
  if (source === planned.source) return "as planned";
  return savedSource !== undefined && source === savedSource ? "earlier" : null;
}

export async function applyTemplateFormatting(
  context: Excel.RequestContext,
  input: ApplyFormattingInput,
): Promise<Result<TemplateFormattingSummary, AdapterError>> {
  // Sync 1: where the table is and what its columns are now; what is frozen; the lists the add-in set before.
  const readFrozen = queueFrozenRead(context.workbook.tables.getItem(input.binding.tableName).worksheet);
  const readLists = queueOwnListsRead(context);
  const synced = await syncTableMeta(context, input.binding);
  if (!synced.ok) return synced;
  const { queued, meta } = synced.value;
  const frozen = readFrozen();
  const savedLists = readLists();
  const lang = tableLanguage(meta.headers);
  const outputs = planOutputColumns(mapColumns(meta.headers, input.binding.overrides), meta.columnCount, lang);
  const headers = [...meta.headers.map(String), ...outputs.toAdd];
  const mapping = mapColumns(headers, input.binding.overrides);
  const plan = formattingPlan({ mapping, outputs: outputs.columns, geometry: meta, ruleSet: input.ruleSet, lang });
  const sheet = context.workbook.worksheets.getItem(meta.sheetName);

  // Sync 2: the output columns if missing; what is on the columns the add-in formats.
  if (outputs.toAdd.length > 0) {
    context.runtime.enableEvents = false;
    for (const header of outputs.toAdd) queued.table.columns.add(undefined, undefined, header);
    context.runtime.enableEvents = true;
  }
  const gradeFormats = columnBody(sheet, meta, plan.gradeColumn).conditionalFormats.load(FORMAT_LOAD);
  const scoreFormats = columnBody(sheet, meta, plan.scoreColumn).conditionalFormats.load(FORMAT_LOAD);
  const validations = plan.validations.map((v) => ({
    planned: v,
    now: columnBody(sheet, meta, v.column).dataValidation.load("type,rule"),
  }));
  await context.sync();

  // Sync 3, only when there is something to tell apart: the cells each candidate format applies to.
  const bodies = { grade: bodyBlock(meta, plan.gradeColumn), score: bodyBlock(meta, plan.scoreColumn) };
  const candidates = await withRanges(
    context,
    [...gradeFormats.items, ...scoreFormats.items],
    (f) => isOwnGradeRule(f) || f.type === "DataBar",
  );
  const gradeSet = new Set<Excel.ConditionalFormat>(gradeFormats.items);
  const rules = ownRules(
    candidates.filter((f) => gradeSet.has(f.item)),
    candidates.filter((f) => !gradeSet.has(f.item)),
    plan,
    bodies,
  );
  const conditionalFormats = rules.asPlanned ? "unchanged" : rules.own.length === 0 ? "added" : "replaced";

  // Last sync (and more only for number formats beyond one request): everything at once.
  context.runtime.enableEvents = false;
  if (!rules.asPlanned) {
    // Through the loaded items, never by id: an id is a position in the collection it was read from.
    for (const own of rules.own) own.delete();
    queueConditionalFormats(sheet, meta, plan);
  }
  const validatedColumns: string[] = [];
  const keptValidations: string[] = [];
  const ownLists: Record<string, string> = {};
  const tableLists = savedLists[meta.id] ?? {};
  for (const { planned, now } of validations) {
    const saved = tableLists[planned.header];
    const ours = ourList(now, planned, saved);
    if (now.type !== "None" && ours === null) {
      keptValidations.push(planned.header);
      continue;
    }
    if (ours !== "as planned") {
      const validation = columnBody(sheet, meta, planned.column).dataValidation;
      if (ours === "earlier") validation.clear();
      queueValidation(validation, planned);
    }
    // An identical list the analyst set stays theirs: not remembered, so never replaced later.
    if (ours !== "as planned" || saved === planned.source) ownLists[planned.header] = planned.source;
    validatedColumns.push(planned.header);
  }
  context.workbook.settings.add(TEMPLATE_LISTS_SETTING, withTableLists(savedLists, meta.id, ownLists));
  queued.table.style = plan.style;
  const freeze = queueFreezeHeader(sheet, plan.freezeRows, frozen);
  try {
    await queueNumberFormats(context, sheet, meta, plan);
    queued.table.getRange().format.autofitColumns();
    input.alsoQueue?.(context);
  } finally {
    // Events back on in the last request, also when a request failed part-way.
    context.runtime.enableEvents = true;
    await context.sync();
  }
  return ok({
    table: meta.name,
    addedColumns: outputs.toAdd,
    conditionalFormats,
    validatedColumns,
    keptValidations,
    numberFormats: plan.numberFormats.length,
    freeze,
  });
}

function queueConditionalFormats(sheet: Excel.Worksheet, meta: TableMeta, plan: FormattingPlan): void {
  const grades = columnBody(sheet, meta, plan.gradeColumn);
  for (const rule of plan.gradeRules) {
    const format = grades.conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.colour.fill;
    format.custom.format.font.color = rule.colour.font;
  }
  const bar = columnBody(sheet, meta, plan.scoreColumn).conditionalFormats.add("DataBar");
  bar.dataBar.positiveFormat.fillColor = SCORE_BAR_COLOUR;
}

function queueValidation(validation: Excel.DataValidation, planned: ListValidation): void {
  validation.rule = { list: { inCellDropDown: true, source: planned.source } };
  validation.errorAlert = planned.strict
    ? { showAlert: true, style: "Stop", title: planned.title, message: planned.message }
    : { showAlert: false, style: "Information", title: planned.title, message: planned.message };
}

/** One column of formats per write; syncs between writes only when a request would pass ~2.5 MB. */
async function queueNumberFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  meta: TableMeta,
  plan: FormattingPlan,
): Promise<void> {
  let bytes = 0;
  for (const { column, format } of plan.numberFormats) {
    const columnBytes = meta.rowCount * (utf8Length(format) + 5);
    if (bytes > 0 && bytes + columnBytes > TARGET_BYTES) {
      await context.sync();
      bytes = 0;
    }
    // A table as long as the sheet would need one column over several requests.
    const rowsPerWrite = Math.max(1, Math.floor(TARGET_BYTES / (utf8Length(format) + 5)));
    for (let start = 0; start < meta.rowCount; start += rowsPerWrite) {
      const rows = Math.min(rowsPerWrite, meta.rowCount - start);
      sheet.getRangeByIndexes(meta.firstDataRow + start, meta.firstColumn + column, rows, 1).numberFormat = new Array<
        string[]
      >(rows).fill([format]);
      bytes += rows * (utf8Length(format) + 5);
      if (bytes >= TARGET_BYTES) {
        await context.sync();
        bytes = 0;
      }
    }
  }
}
