/**
 * "Use as → a new indicator of my rules": the dialog's state. Opening reads the column (its numbers' range,
 * its distinct words) through the adapter; saving adds the field and its criterion to the rule set in force
 * and saves it with `saveRuleSet`, as every rule edit is saved, so the column is read as the new field and the
 * next Grade all scores it. A refusal or a failure stays in the dialog, in the analyst's words.
 */
import { useCallback, useRef, useState } from "react";
import type { Localized, RuleSetProblem } from "../../engine";
import type { ColumnValues } from "../../excel";
import { describeError } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import { type NewIndicator, addIndicator } from "../review/newIndicator";
import type { Draft } from "../rules/draft";

export type IndicatorDialog =
  | { readonly phase: "closed" }
  | { readonly phase: "reading"; readonly header: string }
  | { readonly phase: "unreadable"; readonly header: string; readonly message: Localized | string }
  | {
      readonly phase: "editing";
      readonly header: string;
      readonly values: ColumnValues;
      readonly saving: boolean;
      /** What the rule set said when it refused the new indicator (none yet: empty). */
      readonly problems: readonly RuleSetProblem[];
      /** An unexpected failure of the save, as its detail. */
      readonly failed: string | null;
    };

export interface NewIndicatorControls {
  readonly dialog: IndicatorDialog;
  /** The last indicator added, for the review's note; cleared when another dialog opens. */
  readonly saved: { readonly header: string; readonly label: Localized } | null;
  readonly open: (header: string) => void;
  readonly cancel: () => void;
  readonly save: (spec: NewIndicator) => void;
}

/** A rule set's JSON is plain data: a JSON round trip copies it. */
const copyOf = (source: unknown): Draft => JSON.parse(JSON.stringify(source)) as Draft;

/**
 * `onSaved` gets the same edit, for the rules editor to apply to a draft with unsaved changes (a clean editor
 * shows the saved rules instead).
 */
export function useNewIndicator(
  adapter: PaneAdapter,
  onSaved: (change: (draft: Draft) => Draft) => void,
): NewIndicatorControls {
  const [dialog, setDialog] = useState<IndicatorDialog>({ phase: "closed" });
  const [saved, setSaved] = useState<NewIndicatorControls["saved"]>(null);
  // The header whose dialog is open: an answer for a dialog closed (or another one opened) meanwhile is dropped.
  const current = useRef<string | null>(null);

  const open = useCallback(
    (header: string) => {
      current.current = header;
      setSaved(null);
      setDialog({ phase: "reading", header });
      adapter
        .columnValues(header)
        .then((read) => {
          if (current.current !== header) return;
          setDialog(
            read.ok
              ? { phase: "editing", header, values: read.value, saving: false, problems: [], failed: null }
              : { phase: "unreadable", header, message: read.error.message },
          );
        })
        .catch((error: unknown) => {
          if (current.current === header) setDialog({ phase: "unreadable", header, message: describeError(error) });
        });
    },
    [adapter],
  );

  const cancel = useCallback(() => {
    current.current = null;
    setDialog({ phase: "closed" });
  }, []);

  const save = useCallback(
    (spec: NewIndicator) => {
      const header = spec.header;
      setDialog((d) => (d.phase === "editing" ? { ...d, saving: true, problems: [], failed: null } : d));
      const change = (draft: Draft): Draft => addIndicator(draft, spec).draft;
      adapter
        .saveRuleSet(change(copyOf(adapter.ruleSet().source)))
        .then((result) => {
          if (!result.ok) {
            setDialog((d) => (d.phase === "editing" ? { ...d, saving: false, problems: result.error } : d));
            return;
          }
          current.current = null;
          setDialog({ phase: "closed" });
          setSaved({ header, label: spec.label });
          onSaved(change);
        })
        .catch((error: unknown) =>
          setDialog((d) => (d.phase === "editing" ? { ...d, saving: false, failed: describeError(error) } : d)),
        );
    },
    [adapter, onSaved],
  );

  return { dialog, saved, open, cancel, save };
}
