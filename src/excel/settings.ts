/**
 * What the add-in remembers, stored in the workbook's own settings so it travels with the file: which table
 * is bound (name and id, to notice a rename), the analyst's column-mapping fixes, and the rule set and the
 * few it replaced (the workbook's, and each table's own where it has one).
 */
import type { MappingOverrides } from "../engine";

export const SETTING_KEYS = {
  binding: "customerGrader.binding",
  ruleSet: "customerGrader.ruleSet",
  /** The rule sets replaced before the current one, newest first, with when each was replaced (ruleSetVersions.ts). */
  ruleSetVersions: "customerGrader.ruleSetVersions",
  /** Tables with rules of their own, by table id: `{ json, versions }` each (tableRuleSets.ts); others share the workbook's. */
  ruleSetByTable: "customerGrader.ruleSetByTable",
  /** Ids of tables whose grade / score / remark columns the analyst agreed the add-in may overwrite. */
  ownedOutputs: "customerGrader.ownedOutputs",
  /** Each table's column-mapping fixes, by table id: picking a table again (or after a rename) keeps them. */
  overridesByTable: "customerGrader.overridesByTable",
} as const;

export interface Binding {
  readonly tableName: string;
  readonly tableId: string;
  readonly overrides: MappingOverrides;
}

function isBinding(value: unknown): value is Binding {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.tableName === "string" &&
    typeof v.tableId === "string" &&
    typeof v.overrides === "object" &&
    v.overrides !== null
  );
}

/** Queues reading a setting; its value is available after `context.sync()`. */
export function queueSettingRead(context: Excel.RequestContext, key: string): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(key).load("value");
}

/** A loaded setting's value, or `undefined` when it does not exist. */
export function settingValue(setting: Excel.Setting): unknown {
  return setting.isNullObject ? undefined : (setting.value as unknown);
}

export function bindingFrom(setting: Excel.Setting): Binding | null {
  const value = settingValue(setting);
  return isBinding(value) ? value : null;
}
