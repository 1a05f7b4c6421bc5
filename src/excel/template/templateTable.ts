/**
 * Insert the template table: a new sheet with a named table in the template's columns (seed 000's eight,
 * then the structured columns the default rule set reads), in the chosen language, prefilled with the sample
 * rows. Never on a sheet or with a table name already in use: the next free name is taken. Two syncs; the
 * adapter then binds the table and applies the template formatting in the same batch (one undo step).
 */
import { type Lang, type Result, err, ok, templateHeaders } from "../../engine";
import { PLAN_MESSAGES, columnLetters } from "../../plan";
import { type AdapterError, adapterErrors } from "../errors";
import { queueFreeSheetName, queueFreeTableName } from "../portfolio/freeNames";
import { sampleCells } from "./sampleRows";

export interface InsertedTemplate {
  readonly sheetName: string;
  readonly tableName: string;
  /** The new table's id, for the binding saved with it. */
  readonly tableId: string;
  readonly rows: number;
}

export async function insertTemplateTable(
  context: Excel.RequestContext,
  lang: Lang,
): Promise<Result<InsertedTemplate, AdapterError>> {
  const names = PLAN_MESSAGES[lang].templateNames;
  const sheetName = queueFreeSheetName(context, names.sheet);
  const tableName = queueFreeTableName(context, names.table);
  await context.sync();
  const sheetFree = sheetName.free();
  const tableFree = tableName.free();
  if (sheetFree === null) return err(adapterErrors.nameInUse(names.sheet));
  if (tableFree === null) return err(adapterErrors.nameInUse(names.table));

  const headers = templateHeaders(lang);
  const rows = sampleCells(lang, headers.length);
  const sheet = context.workbook.worksheets.add(sheetFree);
  const address = `A1:${columnLetters(headers.length - 1)}${rows.length + 1}`;
  // The phone numbers stay text ('139…'), as every cell the add-in writes.
  sheet.getRange(address).values = [
    headers,
    ...rows.map((row) => row.map((cell) => (/^\d/.test(cell) ? `'${cell}` : cell))),
  ];
  const table = context.workbook.tables.add(sheet.getRange(address), true);
  table.name = tableFree;
  table.load("id");
  sheet.activate();
  await context.sync();
  return ok({ sheetName: sheetFree, tableName: tableFree, tableId: table.id, rows: rows.length });
}
