/**
 * "This change regrades 12 customers: …": unsaved rules graded on the bound table beside the saved ones, before
 * anything is saved or written. The table is read afresh each time (the analyst may have edited it meanwhile).
 */
import { Body1, Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { loadRuleSet, serialFromLocalDate } from "../../../engine";
import { type GradeChanges, gradeChanges } from "../../../plan";
import type { Draft } from "../../rules/draft";
import { describeError, useLocale } from "../../locale";
import { usePaneAdapter } from "../../paneAdapter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Shown by name up to this many. */
const SHOWN = 10;

type Preview =
  | { readonly kind: "none" }
  | { readonly kind: "reading" }
  | { readonly kind: "done"; readonly changes: GradeChanges }
  | { readonly kind: "invalid" }
  | { readonly kind: "failed"; readonly detail: string };

export function RulesPreview({ draft, disabled }: { readonly draft: Draft; readonly disabled: boolean }) {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const [preview, setPreview] = useState<Preview>({ kind: "none" });
  // A preview is of one draft: another edit makes it stale.
  useEffect(() => setPreview({ kind: "none" }), [draft]);
  const bound = adapter.bound();
  if (!bound) return null;
  const run = (): void => {
    const next = loadRuleSet(draft);
    if (!next.ok) return setPreview({ kind: "invalid" });
    setPreview({ kind: "reading" });
    adapter
      .readTable()
      .then((read) => {
        if (!read.ok) return setPreview({ kind: "failed", detail: read.error.message[locale] });
        const changes = gradeChanges(read.value, adapter.ruleSet(), next.value, {
          asOf: serialFromLocalDate(new Date()),
          overrides: bound.binding.overrides,
        });
        setPreview(changes ? { kind: "done", changes } : { kind: "invalid" });
      })
      .catch((error: unknown) => setPreview({ kind: "failed", detail: describeError(error) }));
  };
  return (
    <div className={styles.root} data-testid="rules-preview">
      <div>
        <Button size="small" disabled={disabled || preview.kind === "reading"} onClick={run}>
          {strings.previewRules}
        </Button>
      </div>
      {preview.kind === "reading" && <Spinner size="tiny" labelPosition="after" label={strings.previewReading} />}
      {preview.kind === "invalid" && <Caption1>{strings.previewInvalid}</Caption1>}
      {preview.kind === "failed" && <Caption1>{strings.unexpectedError(preview.detail)}</Caption1>}
      {preview.kind === "done" &&
        (preview.changes.changes.length === 0 ? (
          <Body1 data-testid="rules-preview-result">{strings.previewNothing(preview.changes.rows)}</Body1>
        ) : (
          <div data-testid="rules-preview-result">
            <Body1>{strings.previewResult(preview.changes.changes.length, preview.changes.rows)}</Body1>
            <ul className={styles.list}>
              {preview.changes.changes.slice(0, SHOWN).map((c) => (
                <li key={c.row}>
                  <Caption1>
                    {c.name}: {c.before ?? "—"} → {c.after ?? "—"}
                  </Caption1>
                </li>
              ))}
            </ul>
            {preview.changes.changes.length > SHOWN && (
              <Caption1>{strings.previewMore(preview.changes.changes.length - SHOWN)}</Caption1>
            )}
          </div>
        ))}
    </div>
  );
}
