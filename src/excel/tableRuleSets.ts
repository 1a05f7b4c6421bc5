/**
 * Tables with rules of their own. The workbook setting `SETTING_KEYS.ruleSetByTable` holds, under a table's Excel
 * id (which a rename keeps), that table's own rule set and the ones it replaced: `{ [tableId]: { json, versions }
 * }`. A table without an entry shares the workbook's rules (`SETTING_KEYS.ruleSet`); so does one marked
 * `shared: true`, which is what turning the table's own rules off leaves: nothing the analyst wrote is lost, and
 * turning them on again brings them back. Entries are kept as read: writing one table's entry rewrites the others
 * exactly as they were stored (a newer add-in may have written them).
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

interface EntryParts {
  readonly json: unknown;
  readonly versions: readonly StoredRuleSetVersion[];
  /** Turned off: kept, but the table shares the workbook's rules. */
  readonly shared: boolean;
}

function entryParts(entry: unknown): EntryParts {
  if (typeof entry === "object" && entry !== null && "json" in entry) {
    const { json, versions, shared } = entry as { json: unknown; versions?: unknown; shared?: unknown };
    return { json, versions: storedVersionsFrom(versions), shared: shared === true };
  }
  return { json: entry, versions: [], shared: false };
}

/** Whether the table's own entry is in force (there is one, and it was not turned off). */
export function hasOwnEntry(stored: StoredRulesByTable, tableId: string): boolean {
  return Object.hasOwn(stored, tableId) && !entryParts(stored[tableId]).shared;
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
  if (!hasOwnEntry(stored, tableId)) return { own: null, source: "workbook" };
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
 * The entry that turns the table's own rules on: the rules it had when they were turned off, where those still
 * validate (`restored`); else `workbookJson` copied in. No version is added for either (the table's rules do not
 * change), but an unreadable entry a copy replaces is kept as a version (not offered while it does not validate).
 */
export function ownEntryOn(
  stored: StoredRulesByTable,
  tableId: string,
  workbookJson: unknown,
  savedAt: string,
): { readonly json: unknown; readonly versions: readonly StoredRuleSetVersion[]; readonly restored: RuleSet | null } {
  if (!Object.hasOwn(stored, tableId)) return { json: workbookJson, versions: [], restored: null };
  const earlier = entryParts(stored[tableId]);
  const loaded = earlier.shared ? loadRuleSet(earlier.json) : null;
  if (loaded?.ok) return { json: earlier.json, versions: earlier.versions, restored: loaded.value };
  return {
    json: workbookJson,
    versions: withReplaced(earlier.versions, earlier.json, workbookJson, savedAt),
    restored: null,
  };
}

/** The setting with the table's entry turned off: kept as it is, the table sharing the workbook's rules again. */
export function withTableRulesOff(stored: StoredRulesByTable, tableId: string): StoredRulesByTable {
  if (!Object.hasOwn(stored, tableId)) return stored;
  const { json, versions } = entryParts(stored[tableId]);
  return { ...stored, [tableId]: { json, versions, shared: true } };
}
