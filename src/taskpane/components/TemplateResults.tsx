/** What the template formatting, the template table and the year-end review did, as a few short lines. */
import { Body1, Caption1 } from "@fluentui/react-components";
import { conditionText } from "../../plan";
import type { FormattedTable, ReviewWritten } from "../hooks/templateActionsState";
import { useLocale } from "../locale";
import { useResultStyles } from "./resultStyles";

export interface FormattingResultProps {
  readonly formatted: FormattedTable;
  /** A live region (role="status"), unless the pane moves focus to it, which reads it already. */
  readonly announce?: boolean;
}

export function FormattingResult({ formatted, announce = true }: FormattingResultProps) {
  const { strings } = useLocale();
  const styles = useResultStyles();
  const { summary, inserted } = formatted;
  const headline = {
    added: strings.templateFormatted,
    replaced: strings.templateReformatted,
    unchanged: strings.templateUnchanged,
  }[summary.conditionalFormats](summary.table);
  return (
    <div className={styles.root} role={announce ? "status" : undefined} data-testid="template-result">
      {inserted && <Body1>{strings.templateInserted(inserted.tableName, inserted.sheetName, inserted.rows)}</Body1>}
      <Body1>{headline}</Body1>
      {summary.addedColumns.length > 0 && (
        <Caption1 className={styles.note}>{strings.summaryAdded(summary.addedColumns)}</Caption1>
      )}
      {summary.validatedColumns.length > 0 && (
        <Caption1 className={styles.note}>{strings.templateLists(summary.validatedColumns)}</Caption1>
      )}
      {summary.keptValidations.length > 0 && (
        <Caption1 className={styles.note}>{strings.templateKeptLists(summary.keptValidations)}</Caption1>
      )}
      {summary.numberFormats > 0 && (
        <Caption1 className={styles.note}>{strings.templateNumberFormats(summary.numberFormats)}</Caption1>
      )}
      {summary.undo === "not-grouped" && (
        <Caption1 className={styles.note} data-testid="undo-not-grouped">
          {strings.undoNotGrouped}
        </Caption1>
      )}
    </div>
  );
}

export function YearEndResult({ reviewed }: { readonly reviewed: ReviewWritten }) {
  const { locale, strings } = useLocale();
  const styles = useResultStyles();
  const { sheet, table, rewritten, migration, screening } = reviewed.review;
  return (
    <div className={styles.root} role="status" data-testid="year-end-result">
      <Body1>{rewritten ? strings.yearEndRewritten(sheet, table) : strings.yearEndWritten(sheet, table)}</Body1>
      <Caption1 className={styles.note}>{strings.yearEndMoved(migration.customers)}</Caption1>
      <Caption1 className={styles.note}>{strings.yearEndKeyAccounts(screening.keyAccounts.length)}</Caption1>
      <Caption1 className={styles.note}>
        {strings.yearEndToSettle(screening.unsettled.length)}
        {" · "}
        {screening.settleRule
          ? strings.yearEndSettleRule(conditionText(screening.settleRule.when, locale))
          : strings.settleFirstAnyOverdue}
      </Caption1>
      <Caption1 className={styles.note}>{strings.yearEndToDrop(screening.dropCandidates.length)}</Caption1>
      <Body1>{strings.yearEndNothingDeleted}</Body1>
    </div>
  );
}
