/**
 * What a build or refresh did: where the customer table is, the twelve months counted, customers added,
 * updated, unchanged and kept, lines left out, new or stale measure columns, the unreadable cells of the lines
 * (each selects its cell), and the button that chooses the customer table for grading.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { type CellIssue, type Lang, isoDateOfSerial } from "../../engine";
import type { CustomerTableBuilt } from "../../excel";
import { IssuesList } from "../components/IssuesList";
import { useResultStyles } from "../components/resultStyles";
import type { LinesStrings } from "./i18n";

const useStyles = makeStyles({
  issues: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  grade: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface LinesResultProps {
  readonly built: CustomerTableBuilt;
  readonly strings: LinesStrings;
  readonly lang: Lang;
  /** The table the pane grades now: once it is this one, the button says so instead. */
  readonly boundTable: string | null;
  readonly disabled: boolean;
  readonly onGrade: (tableName: string) => void;
  readonly onSelectCell: (sheetName: string, cell: string) => void;
}

export function LinesResult({ built, strings, boundTable, disabled, onGrade, onSelectCell }: LinesResultProps) {
  const result = useResultStyles();
  const styles = useStyles();
  const issues = useMemo(() => built.issues.map((i) => i.issue), [built]);
  const byIssue = useMemo(() => new Map(built.issues.map((i) => [i.issue, i])), [built]);
  const addressOf = useCallback((issue: CellIssue) => byIssue.get(issue)?.address ?? "", [byIssue]);
  const select = useCallback(
    (issue: CellIssue) => {
      const found = byIssue.get(issue);
      if (found) onSelectCell(found.sheetName, found.cell);
    },
    [byIssue, onSelectCell],
  );
  const headline = built.action === "created" ? strings.created : strings.refreshed;
  return (
    <>
      <div className={result.root} role="status" data-testid="lines-result">
        <Body1>{headline(built.tableName, built.sheetName)}</Body1>
        <Caption1 className={result.note}>
          {strings.window(isoDateOfSerial(built.window.from), isoDateOfSerial(built.window.to), built.lines)}
        </Caption1>
        <Caption1 data-testid="lines-added">{strings.added(built.added)}</Caption1>
        {built.action === "refreshed" && (
          <>
            <Caption1 data-testid="lines-updated">{strings.updated(built.updated)}</Caption1>
            <Caption1>{strings.unchanged(built.unchanged)}</Caption1>
            {built.kept > 0 && <Caption1 data-testid="lines-kept">{strings.kept(built.kept)}</Caption1>}
            {built.newMeasures.length > 0 && <Caption1>{strings.newMeasures(built.newMeasures)}</Caption1>}
            {built.staleMeasures.length > 0 && <Caption1>{strings.staleMeasures(built.staleMeasures)}</Caption1>}
            <Caption1 className={result.note}>{strings.keptColumns}</Caption1>
          </>
        )}
        {built.linesAfterAsOf > 0 && (
          <Caption1 className={result.note}>{strings.afterAsOf(built.linesAfterAsOf)}</Caption1>
        )}
      </div>
      {issues.length > 0 && (
        <div className={styles.issues}>
          <Subtitle2 as="h3" className={styles.heading}>
            {strings.issuesHeading(issues.length)}
          </Subtitle2>
          <IssuesList issues={issues} addressOf={addressOf} onSelect={select} />
        </div>
      )}
      <div className={styles.grade}>
        {boundTable === built.tableName ? (
          <Body1 data-testid="lines-graded">{strings.graded(built.tableName)}</Body1>
        ) : (
          <>
            <Button
              appearance="primary"
              data-testid="lines-grade"
              disabledFocusable={disabled}
              onClick={() => onGrade(built.tableName)}
            >
              {strings.gradeThis}
            </Button>
            <Caption1 className={result.note}>{strings.gradeHint}</Caption1>
          </>
        )}
      </div>
    </>
  );
}
