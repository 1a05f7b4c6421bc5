/**
 * Tables with rules of their own. The workbook setting `SETTING_KEYS.ruleSetByTable` holds, under a table's Excel
 * id (which a rename keeps), that table's own rule set and the ones it replaced: `{ [tableId]: { json, versions }
 * }`. A table without an entry shares the workbook's rules (`SETTING_KEYS.ruleSet`). Entries are kept as read:
 * writing one table's entry rewrites the others exactly as they were stored (a newer add-in may have written them).
 */
import { type RuleSet, loadRuleSet } from "../engine";
import { type StoredRuleSetVersion, storedVersionsFrom, withReplaced } from "./ruleSetVersions";

/** Where the rules in force on the bound table come from. */
export type RulesSource =
  /** Its own entry. */
  | "table"
  /** The workbook's, shared with every table without an entry. */
  | "workbook"
  /** The workbook's, because the table's own entry does not validate (it is kept, unchanged, until replaced). */
  | "unreadable-own";

/** The setting as read: entries by table id, each as stored. */
export type StoredRulesByTable = Readonly<Record<string, unknown>>;

/** One table's own rules, validated, with the rule sets they replaced (newest first). */
export interface TableRules {
  readonly tableId: string;
  readonly ruleSet: RuleSet;
  readonly versions: readonly StoredRuleSetVersion[];
}

/** The setting's value as entries by table id; anything that is not an object of entries reads as none. */
export function rulesByTableFrom(value: unknown): StoredRulesByTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as StoredRulesByTable) : {};
}

function entryParts(entry: unknown): { readonly json: unknown; readonly versions: readonly StoredRuleSetVersion[] } {
  if (typeof entry === "object" && entry !== null && "json" in entry) {
    const { json, versions } = entry as { json: unknown; versions?: unknown };
    return { json, versions: storedVersionsFrom(versions) };
  }
  return { json: entry, versions: [] };
}

/**
 * The table's own rules as stored, `null` with the source saying why when there are none in force: no entry
 * (the workbook's) or one that does not validate. `known`, the table's own rules read before, is kept (by
 * identity) while the stored JSON is the same, so nothing downstream sees new rules after a mere re-read.
 */
export function tableRulesOf(
  stored: StoredRulesByTable,
  tableId: string,
  known: TableRules | null,
): { readonly own: TableRules | null; readonly source: RulesSource } {
  if (!Object.hasOwn(stored, tableId)) return { own: null, source: "workbook" };
  const { json, versions } = entryParts(stored[tableId]);
  if (known?.tableId === tableId && JSON.stringify(known.ruleSet.source) === JSON.stringify(json)) {
    return { own: { ...known, versions }, source: "table" };
  }
  const loaded = loadRuleSet(json);
  return loaded.ok
    ? { own: { tableId, ruleSet: loaded.value, versions }, source: "table" }
    : { own: null, source: "unreadable-own" };
}

/** The setting with the table's entry set to `json` and `versions`. */
export function withTableRules(
  stored: StoredRulesByTable,
  tableId: string,
  json: unknown,
  versions: readonly StoredRuleSetVersion[],
): StoredRulesByTable {
  return { ...stored, [tableId]: { json, versions } };
}

/**
 * The entry that makes `workbookJson` the table's own: no version is added for it (the table's rules do not
 * change), but an unreadable entry it replaces is kept as a version (not offered while it does not validate).
 */
export function ownCopyOf(
  stored: StoredRulesByTable,
  tableId: string,
  workbookJson: unknown,
  savedAt: string,
): { readonly json: unknown; readonly versions: readonly StoredRuleSetVersion[] } {
  if (!Object.hasOwn(stored, tableId)) return { json: workbookJson, versions: [] };
  const earlier = entryParts(stored[tableId]);
  return { json: workbookJson, versions: withReplaced(earlier.versions, earlier.json, workbookJson, savedAt) };
}

/** The setting without the table's entry: the table shares the workbook's rules again. */
export function withoutTableRules(stored: StoredRulesByTable, tableId: string): StoredRulesByTable {
  const rest = { ...stored };
  delete rest[tableId];
  return rest;
}
