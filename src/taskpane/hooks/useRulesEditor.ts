/**
 * The rules editor's state: a draft of the rule set's JSON and what the last save, import or reset said.
 * Every way in (save, import, reset) validates with the engine's `loadRuleSet`; a refused rule set is shown with
 * each problem's JSON path and nothing is saved. A reset or a valid import that would replace unsaved edits, or
 * rules in the workbook that are not the default, waits for the analyst to agree (`pending`). Going back to an
 * earlier rule set asks only over unsaved edits: the rules it replaces become an earlier rule set in turn.
 * The editor edits the rules in force on the bound table (its own, or the workbook's): when they change from
 * outside (another table bound, the table's own rules turned on or off), a clean editor shows them; unsaved edits
 * stay, and saving them saves where the bound table's rules now live.
 */
import { useCallback, useState } from "react";
import {
  type Localized,
  type Result,
  type RuleSet,
  type RuleSetProblem,
  defaultRuleSetJson,
  loadRuleSet,
} from "../../engine";
import type { RuleSetVersion, RulesSource } from "../../excel";
import { type UiStrings, uiStrings } from "../i18n";
import { describeError, useLocale } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import { type Draft, setRuleOn as setRuleOnIn } from "../rules/draft";
import { withOwnIdentity } from "../rules/ownIdentity";
import { formatSavedAt } from "../rules/savedAt";

export type RulesStatus =
  | { readonly kind: "none" }
  | { readonly kind: "saved"; readonly text: (s: UiStrings) => string }
  | {
      readonly kind: "refused";
      readonly title: (s: UiStrings) => string;
      readonly problems: readonly RuleSetProblem[];
      /** The rule set the problems are in (as JSON), to name each one's place from it. */
      readonly source: unknown;
    }
  | { readonly kind: "failed"; readonly detail: string };

/** A replacement of the rules in force (the workbook's, or the bound table's own) waiting for the analyst's yes. */
export interface PendingReplace {
  /** The editor has edits not saved yet. */
  readonly unsaved: boolean;
  /** The saved rules in force are not the default ones. */
  readonly customised: boolean;
  /** The table whose own rules would be replaced; `null`: the workbook's. */
  readonly ownOf: string | null;
}

/** Whose rules the editor edits: the bound table's own, or the workbook's it shares. */
export interface TableRulesControls {
  readonly table: string;
  readonly from: RulesSource;
  /** Gives the table rules of its own (a copy of the workbook's) or makes it share the workbook's again. */
  readonly setOwn: (own: boolean) => void;
}

export interface RulesEditorControls {
  readonly draft: Draft;
  /** Changes when the draft is replaced from outside (save, import, reset): editors holding typed text start over. */
  readonly generation: number;
  readonly dirty: boolean;
  readonly busy: boolean;
  readonly status: RulesStatus;
  readonly pending: PendingReplace | null;
  readonly edit: (change: (draft: Draft) => Draft) => void;
  /** Switches the hard rule at `index` on or off (off is saved as `enabled: false`, so it can come back). */
  readonly setRuleOn: (index: number, on: boolean) => void;
  /**
   * The rules were saved elsewhere (a new indicator from the column review): a clean editor shows them; one
   * with unsaved edits applies the same `change` to its draft, so saving it later keeps both.
   */
  readonly followSaved: (change: (draft: Draft) => Draft) => void;
  readonly save: () => void;
  readonly importText: (fileName: string, text: string) => void;
  readonly reset: () => void;
  /** The rule sets the workbook's current one replaced, newest first. */
  readonly versions: readonly RuleSetVersion[];
  /** Saves the earlier rule set at `index` of `versions` as the workbook's rules, and shows it. */
  readonly goBack: (index: number) => void;
  readonly confirmReplace: () => void;
  readonly cancelReplace: () => void;
  /** With a table bound: whose rules are in force on it, and the switch between its own and the workbook's. */
  readonly tableRules: TableRulesControls | null;
  /** The draft as a rule-set file, or its problems when it does not validate. */
  readonly exportJson: () =>
    { readonly ok: true; readonly name: string; readonly json: string } | { readonly ok: false };
}

/** A rule set's JSON is plain data: a JSON round trip copies it (and needs nothing older webviews lack). */
const copyOf = (source: unknown): Draft => JSON.parse(JSON.stringify(source)) as Draft;
const draftOf = (adapter: PaneAdapter): Draft => copyOf(adapter.ruleSet().source);
/** Whether rules are the default ones, in whichever language their remarks are written. */
const isDefault = (rules: RuleSet): boolean =>
  JSON.stringify(rules.source) === JSON.stringify(defaultRuleSetJson(rules.language));

/** The problem shown for a file that is not JSON: the parser's own text is English and says little. */
function notJsonProblem(): RuleSetProblem {
  const messages: Localized = {
    "zh-CN": uiStrings["zh-CN"].rulesNotJson,
    "zh-TW": uiStrings["zh-TW"].rulesNotJson,
    en: uiStrings.en.rulesNotJson,
  };
  return { path: "(root)", message: messages.en, messages };
}

interface Replacement {
  /** Saves the new rules in the workbook. */
  readonly write: () => Promise<Result<RuleSet, readonly RuleSetProblem[]>>;
  readonly saved: (s: UiStrings) => string;
  readonly refused: (s: UiStrings) => string;
  /** What `write` saves, as JSON: the problems a refusal lists are named from it. */
  readonly source: unknown;
  /** The workbook's rules stay available to go back to, so only unsaved edits are worth asking about. */
  readonly keepsSaved?: boolean;
}

const now = (): Date => new Date();

/**
 * @param today the analyst's day, which names an edited rule set of its own (`withOwnIdentity`); a test passes
 *   a fixed one.
 */
export function useRulesEditor(
  adapter: PaneAdapter,
  /** Rules were saved or switched; `rulesChanged` false: the rules in force grade as before (a copy switched in). */
  onSaved: (rulesChanged?: boolean) => void,
  today: () => Date = now,
): RulesEditorControls {
  const { locale } = useLocale();
  const [draft, setDraft] = useState<Draft>(() => draftOf(adapter));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<RulesStatus>({ kind: "none" });
  const [generation, setGeneration] = useState(0);
  const [pending, setPending] = useState<(PendingReplace & { readonly replacement: Replacement }) | null>(null);

  // The rules in force changed from outside (another table, or its own rules turned on or off): a clean editor
  // follows them; unsaved edits are the analyst's and stay.
  const inForce = adapter.ruleSet();
  const [shown, setShown] = useState(inForce);
  if (shown !== inForce) {
    setShown(inForce);
    if (!dirty) {
      setDraft(copyOf(inForce.source));
      setGeneration((g) => g + 1);
      setStatus({ kind: "none" });
    }
  }

  const edit = useCallback((change: (d: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
    setStatus({ kind: "none" });
  }, []);

  const setRuleOn = useCallback((index: number, on: boolean) => edit((d) => setRuleOnIn(d, index, on)), [edit]);

  const followSaved = useCallback(
    (change: (d: Draft) => Draft) => {
      if (dirty) return setDraft(change);
      setDraft(draftOf(adapter));
      setGeneration((g) => g + 1);
      setStatus({ kind: "none" });
    },
    [adapter, dirty],
  );

  /** Saves the replacement in the workbook; on success the editor shows it, clean. */
  const store = useCallback(
    ({ write, saved, refused, source }: Replacement) => {
      setBusy(true);
      write()
        .then((result) => {
          if (!result.ok) return setStatus({ kind: "refused", title: refused, problems: result.error, source });
          setShown(adapter.ruleSet()); // what was saved is in force now, and is shown: nothing to follow
          setDraft(copyOf(result.value.source));
          setGeneration((g) => g + 1);
          setDirty(false);
          setStatus({ kind: "saved", text: saved });
          onSaved();
        })
        .catch((error: unknown) => setStatus({ kind: "failed", detail: describeError(error) }))
        .finally(() => setBusy(false));
    },
    [adapter, onSaved],
  );

  /** Replaces the workbook's rules, first asking when that would lose something the analyst made. */
  const replace = useCallback(
    (replacement: Replacement) => {
      const customised = !replacement.keepsSaved && !isDefault(adapter.ruleSet());
      const bound = adapter.bound();
      const ownOf = bound?.rulesFrom === "table" ? bound.binding.tableName : null;
      if (dirty || customised) return setPending({ unsaved: dirty, customised, ownOf, replacement });
      store(replacement);
    },
    [adapter, dirty, store],
  );

  const save = useCallback(() => {
    const file = withOwnIdentity(draft, today());
    // Said where they went: the editor keeps its edits across a change of table, so this is where they landed.
    const bound = adapter.bound();
    const ownOf = bound?.rulesFrom === "table" ? bound.binding.tableName : null;
    store({
      write: () => adapter.saveRuleSet(file),
      saved: (s) => (ownOf === null ? s.rulesSaved : s.rulesSavedForTable(ownOf)),
      refused: (s) => s.rulesRefused,
      source: file,
    });
  }, [adapter, store, draft, today]);

  const importText = useCallback(
    (fileName: string, text: string) => {
      const refused = (s: UiStrings): string => s.rulesImportRefused(fileName);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return setStatus({ kind: "refused", title: refused, problems: [notJsonProblem()], source: null });
      }
      // A file that does not validate is refused before anything is asked: nothing would be replaced.
      const loaded = loadRuleSet(json);
      if (!loaded.ok) return setStatus({ kind: "refused", title: refused, problems: loaded.error, source: json });
      replace({
        write: () => adapter.saveRuleSet(json),
        saved: (s) => s.rulesImported(fileName),
        refused,
        source: json,
      });
    },
    [adapter, replace],
  );

  const reset = useCallback(() => {
    // In the language the workbook's remarks are written in now: a reset changes the rules, not the language.
    const defaults = defaultRuleSetJson(adapter.ruleSet().language);
    replace({
      write: () => adapter.saveRuleSet(defaults),
      saved: (s) => s.rulesReset,
      refused: (s) => s.rulesRefused,
      source: defaults,
    });
  }, [adapter, replace]);

  const versions = adapter.ruleSetVersions();
  const goBack = useCallback(
    (index: number) => {
      const version = versions[index];
      if (!version) return;
      const when = formatSavedAt(version.savedAt, locale);
      replace({
        write: () => adapter.restoreRuleSetVersion(index),
        saved: (s) => s.rulesWentBack(when),
        refused: (s) => s.rulesRefused,
        source: version.json,
        keepsSaved: true,
      });
    },
    [adapter, locale, replace, versions],
  );

  const confirmReplace = useCallback(() => {
    if (pending) store(pending.replacement);
    setPending(null);
  }, [pending, store]);
  const cancelReplace = useCallback(() => setPending(null), []);

  const exportJson = useCallback(() => {
    const file = withOwnIdentity(draft, today());
    const loaded = loadRuleSet(file);
    if (!loaded.ok) {
      setStatus({ kind: "refused", title: (s) => s.rulesRefused, problems: loaded.error, source: file });
      return { ok: false } as const;
    }
    // The problems an earlier save, import or export showed are no longer true of what is being exported.
    setStatus((now) => (now.kind === "refused" ? { kind: "none" } : now));
    return { ok: true, name: `${loaded.value.id}.rules.json`, json: `${JSON.stringify(file, null, 2)}\n` } as const;
  }, [draft, today]);

  const setOwn = useCallback(
    (own: boolean) => {
      setBusy(true);
      setStatus((now) => (now.kind === "saved" ? { kind: "none" } : now));
      const before = JSON.stringify(adapter.ruleSet().source);
      adapter
        .useOwnRuleSet(own)
        .then((result) => {
          if (!result.ok) return setStatus({ kind: "failed", detail: result.error.message[locale] });
          // A copy of the rules in force switched in grades as before: the grades are not out of date.
          onSaved(JSON.stringify(result.value.ruleSet.source) !== before);
        })
        .catch((error: unknown) => setStatus({ kind: "failed", detail: describeError(error) }))
        .finally(() => setBusy(false));
    },
    [adapter, locale, onSaved],
  );
  const bound = adapter.bound();
  const tableRules = bound ? { table: bound.binding.tableName, from: bound.rulesFrom, setOwn } : null;

  const asked = pending ? { unsaved: pending.unsaved, customised: pending.customised, ownOf: pending.ownOf } : null;
  return {
    draft,
    generation,
    dirty,
    busy,
    status,
    pending: asked,
    edit,
    setRuleOn,
    followSaved,
    save,
    importText,
    reset,
    versions,
    goBack,
    confirmReplace,
    cancelReplace,
    tableRules,
    exportJson,
  };
}
