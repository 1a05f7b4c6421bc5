/**
 * Template and summary: apply the template formatting, insert the template table, keep a summary sheet and
 * grade history on Grade all, and write the year-end review. Everything waits while Grade all runs.
 */
import { Button, Caption1, Field, Input, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SettleFirst } from "../../engine";
import { dateFromInput, startOfYearInput } from "../hooks/templateActionsState";
import type { TemplateActionsControls } from "../hooks/useTemplateActions";
import { useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { PaneMessage } from "./PaneMessage";
import { SettleFirstPick } from "./SettleFirstPick";
import { FormattingResult, YearEndResult } from "./TemplateResults";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface TemplatePanelProps {
  readonly actions: TemplateActionsControls;
  /** The bound table's id; `null` with none bound (only the template table can be inserted then). */
  readonly tableId: string | null;
  /** True while Grade all runs or the pane binds a table. */
  readonly locked: boolean;
}

export function TemplatePanel({ actions, tableId, locked }: TemplatePanelProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const adapter = usePaneAdapter();
  const [since, setSince] = useState(() => startOfYearInput(new Date()));
  // Each table remembers its own pick: one made here holds for the table it was made for.
  const [picked, setPicked] = useState<{ readonly tableId: string | null; readonly value: SettleFirst } | null>(null);
  const settleFirst = picked !== null && picked.tableId === tableId ? picked.value : adapter.settleFirst();
  const { running, formatted, reviewed, error, errorTableId } = actions.state;
  const busy = locked || running !== null;
  const noTable = tableId === null;
  const sinceDate = dateFromInput(since);
  return (
    <>
      {noTable && <Caption1 className={styles.hint}>{strings.templateNeedsTable}</Caption1>}
      <div className={styles.group}>
        <div className={styles.buttons}>
          <Button data-testid="template-apply" disabledFocusable={busy || noTable} onClick={actions.applyFormatting}>
            {strings.templateApply}
          </Button>
          <Button data-testid="template-insert" disabledFocusable={busy} onClick={actions.insertTable}>
            {strings.templateInsert}
          </Button>
        </div>
        <Caption1 className={styles.hint}>{strings.templateApplyHint}</Caption1>
        <Caption1 className={styles.hint}>{strings.templateInsertHint}</Caption1>
        {formatted && formatted.tableId === tableId && <FormattingResult formatted={formatted} />}
      </div>
      <div className={styles.group}>
        <Switch
          data-testid="portfolio-views-switch"
          label={strings.portfolioSwitch}
          checked={actions.viewsOn}
          // Needs a bound table: binding reads what the workbook already says about its summary sheets.
          disabled={busy || noTable}
          onChange={(_, data) => actions.setViews(data.checked)}
        />
        <Caption1 className={styles.hint}>{strings.portfolioHint}</Caption1>
      </div>
      <div className={styles.group}>
        <Field
          label={strings.yearEndSince}
          {...(sinceDate === null ? { validationMessage: strings.yearEndBadDate } : {})}
        >
          <Input
            type="date"
            data-testid="year-end-since"
            value={since}
            disabled={busy || noTable}
            onChange={(_, data) => setSince(data.value)}
          />
        </Field>
        <SettleFirstPick
          ruleSet={adapter.ruleSet()}
          value={settleFirst}
          onChange={(value) => setPicked({ tableId, value })}
          disabled={busy || noTable}
        />
        <div className={styles.buttons}>
          <Button
            data-testid="year-end-review"
            disabledFocusable={busy || noTable || sinceDate === null}
            onClick={() => sinceDate && actions.review(sinceDate, settleFirst)}
          >
            {strings.yearEndReview}
          </Button>
        </div>
        <Caption1 className={styles.hint}>{strings.yearEndHint}</Caption1>
        {reviewed && reviewed.tableId === tableId && <YearEndResult reviewed={reviewed} />}
      </div>
      {running !== null && running !== "views" && (
        <Spinner size="tiny" labelPosition="after" label={strings.templateWorking} />
      )}
      {/* A refusal for one table is not shown after picking another. */}
      {error !== null && errorTableId === tableId && (
        <PaneMessage title={strings.actionFailed} intent="error" testId="template-error">
          {typeof error === "string" ? strings.unexpectedError(error) : error[locale]}
        </PaneMessage>
      )}
    </>
  );
}
