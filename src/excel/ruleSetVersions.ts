/**
 * The rule sets the workbook held before the current one, so the analyst can go back: each kept with the
 * date-time it was replaced, newest first, at most `MAX_RULE_SET_VERSIONS`. Stored as plain JSON in the
 * workbook's settings (`SETTING_KEYS.ruleSetVersions`) as `[{ savedAt, ruleSet }]`; what the engine no longer
 * accepts stays stored (a newer add-in may read it) but is not offered.
 */
import { type Localized, loadRuleSet } from "../engine";

/** Enough to undo a few changes; six rule sets of the default's size (about 15 KB each) stay far below a megabyte. */
export const MAX_RULE_SET_VERSIONS = 5;

/** One earlier rule set as the workbook stores it. */
export interface StoredRuleSetVersion {
  /** When it was replaced, as an ISO date-time from the adapter's clock. */
  readonly savedAt: string;
  /** Its JSON, as it was saved. */
  readonly ruleSet: unknown;
}

/** An earlier rule set that still validates, as the pane lists it. */
export interface RuleSetVersion {
  readonly savedAt: string;
  readonly id: string;
  readonly name: Localized;
  readonly json: unknown;
}

function isStoredVersion(value: unknown): value is StoredRuleSetVersion {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.savedAt === "string" && !Number.isNaN(Date.parse(v.savedAt)) && "ruleSet" in v;
}

/** The stored list as read from the setting: anything else than a list of versions reads as none. */
export function storedVersionsFrom(value: unknown): readonly StoredRuleSetVersion[] {
  return Array.isArray(value) ? value.filter(isStoredVersion) : [];
}

/**
 * The stored list once `replaced` gave way to `next` at `savedAt`: `replaced` first, the oldest dropped past the
 * cap. The same list (by identity) when `next` has the same JSON text as `replaced`: nothing changed.
 */
export function withReplaced(
  stored: readonly StoredRuleSetVersion[],
  replaced: unknown,
  next: unknown,
  savedAt: string,
): readonly StoredRuleSetVersion[] {
  if (JSON.stringify(replaced) === JSON.stringify(next)) return stored;
  return [{ savedAt, ruleSet: replaced }, ...stored].slice(0, MAX_RULE_SET_VERSIONS);
}

/** The stored versions the engine still accepts, newest first; the others are skipped. */
export function validVersions(stored: readonly StoredRuleSetVersion[]): readonly RuleSetVersion[] {
  return stored.flatMap((version) => {
    const loaded = loadRuleSet(version.ruleSet);
    if (!loaded.ok) return [];
    const { id, name } = loaded.value;
    return [{ savedAt: version.savedAt, id, name, json: version.ruleSet }];
  });
}
