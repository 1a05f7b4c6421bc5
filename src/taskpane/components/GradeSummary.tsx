/**
 * What the last Grade all did: customers per grade, incomplete and blank rows, unreadable cells, columns touched,
 * and (with the summary sheet and history on) the sheets it refreshed and, for a table with a balance, what each
 * grade's customers owe.
 */
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, forwardRef, lazy } from "react";
import type { GradeRunSummary } from "../hooks/gradeRunState";
import { useLocale } from "../locale";
import { useResultStyles } from "./resultStyles";

// Its own chunk: only a table with a balance shows it, and Fluent's table is not in the pane's first load.
const GradeReceivables = lazy(() => import("./GradeReceivables").then((m) => ({ default: m.GradeReceivables })));

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

/**
 * Focusable from code (tabIndex -1): the pane moves focus here when a run ends, which reads it out. It is not
 * also a live region (role="status"): a screen reader would then read it twice.
 */
export const GradeSummary = forwardRef<HTMLDivElement, { readonly summary: GradeRunSummary }>(function GradeSummary(
  { summary },
  ref,
) {
  const { strings } = useLocale();
  const styles = { ...useResultStyles(), ...useStyles() };
  // A failed refresh, or changes with nowhere to go, are the warning bar under the summary (GradePanel).
  const portfolio = summary.portfolio?.ok ? summary.portfolio.value : null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.root} data-testid="grade-summary">
      <h3 className={styles.heading}>{strings.summaryHeading}</h3>
      <Body1>
        {summary.cancelled
          ? strings.summaryCancelled(summary.rowsDone, summary.rowCount)
          : strings.summaryGraded(summary.graded, summary.rowCount)}
      </Body1>
      <ul className={styles.counts}>
        {Object.entries(summary.counts).map(([grade, count]) => (
          <li key={grade}>
            <Body1>{strings.summaryGradeCount(grade, count)}</Body1>
          </li>
        ))}
      </ul>
      {summary.incomplete > 0 && <Body1>{strings.summaryIncomplete(summary.incomplete)}</Body1>}
      {summary.skipped > 0 && <Body1>{strings.summarySkipped(summary.skipped)}</Body1>}
      <Body1>{strings.summaryIssues(summary.issues.length)}</Body1>
      {summary.addedColumns.length > 0 && (
        <Caption1 className={styles.note}>{strings.summaryAdded(summary.addedColumns)}</Caption1>
      )}
      {summary.replacedCells + summary.alikeCells > 0 && (
        <Caption1 className={styles.note} data-testid="summary-replaced">
          {strings.summaryReplaced(summary.replacedCells, summary.alikeCells)}
        </Caption1>
      )}
      {summary.undo === "not-grouped" && (
        <Caption1 className={styles.note} data-testid="undo-not-grouped">
          {strings.undoNotGrouped}
        </Caption1>
      )}
      {portfolio && portfolio.summarySheet !== null && (
        <Caption1 className={styles.note}>{strings.portfolioSummaryUpdated(portfolio.summarySheet)}</Caption1>
      )}
      {portfolio && !portfolio.historyProblem && (
        <Caption1 className={styles.note} data-testid="portfolio-changes">
          {portfolio.changesRecorded > 0 && portfolio.historySheet !== null
            ? strings.portfolioChanges(portfolio.changesRecorded, portfolio.historySheet)
            : strings.portfolioNoChanges}
        </Caption1>
      )}
      {portfolio?.receivables && (
        <Suspense fallback={null}>
          <GradeReceivables receivables={portfolio.receivables} />
        </Suspense>
      )}
    </div>
  );
});
