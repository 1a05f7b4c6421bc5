/**
 * A workbook without tables: besides saying how to make one, the pane offers the template table, which
 * comes bound and formatted. Once the adapter has bound the new table, the offer hands what happened (the
 * formatting's result, or why it failed) to the pane, which reads the workbook again, opens on the table and
 * shows it there (InsertedTemplateResult): the offer itself is gone by then.
 */
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Localized } from "../../engine";
import type { FormattedTable } from "../hooks/templateActionsState";
import { useTemplateActions } from "../hooks/useTemplateActions";
import { useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { PaneMessage } from "./PaneMessage";
import { FormattingResult } from "./TemplateResults";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** What inserting the template table did, once the adapter had bound it. */
export interface TemplateInsertOutcome {
  readonly tableId: string;
  /** The inserted table and its formatting; null when the formatting failed. */
  readonly formatted: FormattedTable | null;
  /** Why formatting the bound table failed, or null. */
  readonly error: Localized | string | null;
}

const nothing = (): void => undefined;

export function InsertTemplateOffer({
  onInserted,
}: {
  readonly onInserted: (inserted: TemplateInsertOutcome) => void;
}) {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const styles = useStyles();
  // Set when the adapter bound the new table; the outcome is handed over once the action has ended.
  const insertedId = useRef<string | null>(null);
  const actions = useTemplateActions(adapter, {
    bindCount: 0,
    onTableChanged: () => void (insertedId.current = adapter.bound()?.binding.tableId ?? null),
    onColumnsChanged: nothing,
  });
  const { running, formatted, error, errorTableId } = actions.state;
  const report = useRef(onInserted);
  report.current = onInserted;
  useEffect(() => {
    const tableId = insertedId.current;
    if (running !== null || tableId === null) return;
    insertedId.current = null;
    report.current({
      tableId,
      formatted: formatted?.tableId === tableId ? formatted : null,
      error: errorTableId === tableId ? error : null,
    });
  }, [running, formatted, error, errorTableId]);
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        data-testid="template-insert"
        disabledFocusable={running !== null}
        onClick={actions.insertTable}
      >
        {strings.templateInsert}
      </Button>
      <Caption1 className={styles.hint}>{strings.templateInsertHint}</Caption1>
      {running !== null && <Spinner size="tiny" labelPosition="after" label={strings.templateWorking} />}
      {error !== null && (
        <PaneMessage title={strings.actionFailed} intent="error" testId="template-error">
          {typeof error === "string" ? strings.unexpectedError(error) : error[locale]}
        </PaneMessage>
      )}
    </div>
  );
}

/**
 * The outcome of the offer, at the top of the pane that opened on the new table. Focus moves here (the offer's
 * button, which had it, is gone), so a screen reader reads it; it is therefore not also a live region.
 */
export function InsertedTemplateResult({ inserted }: { readonly inserted: TemplateInsertOutcome }) {
  const { locale, strings } = useLocale();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) root.current?.focus();
  }, []);
  const { formatted, error } = inserted;
  return (
    <div ref={root} tabIndex={-1} data-testid="template-insert-outcome">
      {formatted && <FormattingResult formatted={formatted} announce={false} />}
      {error !== null && (
        <PaneMessage title={strings.actionFailed} intent="error" testId="template-error">
          {typeof error === "string" ? strings.unexpectedError(error) : error[locale]}
        </PaneMessage>
      )}
    </div>
  );
}
