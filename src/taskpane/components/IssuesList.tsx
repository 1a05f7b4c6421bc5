/**
 * Every cell the last Grade all could not read, a page at a time (a 100,000-row table can have tens of
 * thousands: only one page is in the DOM). Clicking one selects that cell in Excel.
 */
import { Body1, Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CellIssue } from "../../engine";
import { useLocale } from "../locale";

const ISSUES_PER_PAGE = 50;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { textAlign: "start" },
  pager: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface IssuesListProps {
  /** The last run's issues, or null before any run this session. */
  readonly issues: readonly CellIssue[] | null;
  readonly addressOf: (issue: CellIssue) => string;
  readonly onSelect: (issue: CellIssue) => void;
}

export function IssuesList({ issues, addressOf, onSelect }: IssuesListProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const [page, setPage] = useState(0);
  const [shownFor, setShownFor] = useState(issues);
  if (shownFor !== issues) {
    // A new run: back to its first page.
    setShownFor(issues);
    setPage(0);
  }
  if (issues === null || issues.length === 0) {
    return (
      <div data-testid="issues-list">
        <Body1 className={styles.muted}>{issues === null ? strings.issuesBeforeGrading : strings.issuesNone}</Body1>
      </div>
    );
  }
  const pages = Math.ceil(issues.length / ISSUES_PER_PAGE);
  const first = Math.min(page, pages - 1) * ISSUES_PER_PAGE;
  const shown = issues.slice(first, first + ISSUES_PER_PAGE);
  return (
    <div data-testid="issues-list">
      <Caption1 as="p" className={styles.muted}>
        {strings.issueSelectHint}
      </Caption1>
      <ul className={styles.list}>
        {shown.map((issue) => {
          const address = addressOf(issue);
          return (
            <li key={`${issue.row}:${issue.column}`}>
              <Link
                as="button"
                className={styles.item}
                data-testid="issue-item"
                data-address={address}
                onClick={() => onSelect(issue)}
              >
                {strings.issueText(address, issue.header, issue.message[locale])}
              </Link>
            </li>
          );
        })}
      </ul>
      {pages > 1 && (
        <nav className={styles.pager} aria-label={strings.issuesHeading}>
          <Button size="small" disabled={first === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>
            {strings.previousPage}
          </Button>
          <Caption1>{strings.issuesPage(first + 1, first + shown.length, issues.length)}</Caption1>
          <Button
            size="small"
            disabled={first + ISSUES_PER_PAGE >= issues.length}
            onClick={() => setPage((p) => p + 1)}
          >
            {strings.nextPage}
          </Button>
        </nav>
      )}
    </div>
  );
}
