/**
 * The drop-down lists the add-in set, remembered in the workbook by table id and column header: a list is the
 * add-in's (and replaced when the rule set changes) only when its source is exactly the one saved. An analyst's
 * list is never taken for the add-in's, whatever its alert says.
 */
import { queueSettingRead, settingValue } from "../settings";

export const TEMPLATE_LISTS_SETTING = "customerGrader.templateLists";

/** Table id → column header → the list source the add-in set there. */
export type OwnLists = Readonly<Record<string, Readonly<Record<string, string>>>>;

function ownListsFrom(value: unknown): OwnLists {
  if (typeof value !== "object" || value === null) return {};
  const lists: Record<string, Record<string, string>> = {};
  for (const [tableId, columns] of Object.entries(value as Record<string, unknown>)) {
    if (typeof columns !== "object" || columns === null) continue;
    const kept = Object.entries(columns as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    );
    lists[tableId] = Object.fromEntries(kept);
  }
  return lists;
}

/** Queues reading the saved lists into a sync the caller makes; call the result after it. */
export function queueOwnListsRead(context: Excel.RequestContext): () => OwnLists {
  const setting = queueSettingRead(context, TEMPLATE_LISTS_SETTING);
  return () => ownListsFrom(settingValue(setting));
}

/** The saved lists with this table's replaced by `columns`. */
export function withTableLists(saved: OwnLists, tableId: string, columns: Readonly<Record<string, string>>): OwnLists {
  return { ...saved, [tableId]: { ...columns } };
}
