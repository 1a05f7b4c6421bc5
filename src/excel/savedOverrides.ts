/**
 * The analyst's column-mapping fixes, kept per table id in the workbook's settings, so switching to another
 * table and back (or picking a table again after renaming it) keeps them. The binding setting holds only the
 * bound table's.
 */
import type { MappingOverrides } from "../engine";
import { SETTING_KEYS, queueSettingRead, settingValue } from "./settings";

export type OverridesByTable = Readonly<Record<string, MappingOverrides>>;

function isOverrides(value: unknown): value is MappingOverrides {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((field) => field === null || typeof field === "string");
}

/** The saved map, leaving out anything that is not a table's overrides (a hand-edited or older setting). */
function overridesByTable(value: unknown): OverridesByTable {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, overrides]) => isOverrides(overrides)));
}

export interface SavedOverrides {
  readonly byTable: OverridesByTable;
  /** The named table's id, or null when there is no such table (bind then reports it). */
  readonly tableId: string | null;
}

/** Reads the saved fixes and the named table's id (one sync). */
export async function readSavedOverrides(context: Excel.RequestContext, tableName: string): Promise<SavedOverrides> {
  const setting = queueSettingRead(context, SETTING_KEYS.overridesByTable);
  const table = context.workbook.tables.getItemOrNullObject(tableName).load("id");
  await context.sync();
  return { byTable: overridesByTable(settingValue(setting)), tableId: table.isNullObject ? null : table.id };
}
