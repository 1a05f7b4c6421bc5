/**
 * What a fit found, for the analyst to judge before publishing: the verdict, agreement on customers the fit did
 * not see (and on those it did, the current rules, always guessing), thin evidence, unreadable grade cells,
 * the confusion matrix, the customers graded differently with their reasons, and the numbers that changed.
 */
import {
  Body1,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang, Reason } from "../../engine";
import type { Agreement, FitChange, FitReport } from "../../engine/fit";
import { PaneMessage } from "../components/PaneMessage";
import type { FitStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground2 },
  matrix: { width: "auto" },
  number: { textAlign: "right" },
});

/** Shown in full up to this many; the rest are counted. */
const LISTED = 20;

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function reasonsText(reasons: readonly Reason[], lang: Lang): string {
  const rules = reasons.flatMap((r) => (r.kind === "cap" || r.kind === "flag" ? [r.remark[lang]] : []));
  const dimensions = reasons
    .flatMap((r) => (r.kind === "dimension" ? [r] : []))
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((d) => `${d.label[lang]} ${d.points.toFixed(1)}`);
  return [...rules, ...dimensions].join(" · ");
}

function changeText(change: FitChange, strings: FitStrings, lang: Lang): string {
  const label = change.label[lang];
  if (change.form) return `${label}: ${change.form.before} → ${change.form.after}`;
  if (change.grade) return `${label}: ${change.grade.before} → ${change.grade.after}`;
  if (change.kind === "rule" && change.path.endsWith("enabled"))
    return `${label}: ${change.before === 1 ? strings.ruleOn : strings.ruleOff} → ${change.after === 1 ? strings.ruleOn : strings.ruleOff}`;
  const numbers = `${change.before ?? "—"} → ${change.after ?? "—"}`;
  const share =
    change.shareBefore !== undefined && change.shareAfter !== undefined
      ? ` (${strings.share(change.shareBefore, change.shareAfter)})`
      : "";
  return `${label}: ${numbers}${share}`;
}

function Confusion({
  agreement,
  letters,
  strings,
}: {
  agreement: Agreement;
  letters: readonly string[];
  strings: FitStrings;
}) {
  const styles = useStyles();
  const columns = [...letters, strings.confusionNone];
  return (
    <Table
      size="extra-small"
      className={styles.matrix}
      aria-label={strings.confusionHeading}
      data-testid="fit-confusion"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.confusionCorner}</TableHeaderCell>
          {columns.map((c) => (
            <TableHeaderCell key={c}>{c}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {agreement.confusion.map((line, i) => (
          <TableRow key={letters[i]}>
            <TableHeaderCell>{letters[i]}</TableHeaderCell>
            {line.map((count, j) => (
              <TableCell key={columns[j]} className={styles.number}>
                {i === j ? <strong>{count}</strong> : count}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function FitReportView({ report, strings, lang }: { report: FitReport; strings: FitStrings; lang: Lang }) {
  const styles = useStyles();
  const cv = report.crossValidated;
  const verdict =
    report.verdict === "good"
      ? strings.verdictGood
      : report.verdict === "fair"
        ? strings.verdictFair
        : strings.verdictPoor;
  return (
    <div className={styles.root} data-testid="fit-report">
      <PaneMessage
        title={verdict}
        intent={report.verdict === "good" ? "success" : report.verdict === "fair" ? "info" : "warning"}
        testId={`fit-verdict-${report.verdict}`}
      >
        {report.verdict === "poor" ? strings.verdictPoorBody : ""}
      </PaneMessage>
      {report.thin && (
        <PaneMessage title={strings.thin(report.graded)} intent="warning" testId="fit-thin">
          {""}
        </PaneMessage>
      )}
      <ul className={styles.list} data-testid="fit-agreement">
        {cv && (
          <li>
            <Body1>{strings.unseen(cv.agreed, cv.rows, percent(cv.agreed, cv.rows), cv.folds)}</Body1>
          </li>
        )}
        <li>
          <Body1>
            {strings.seen(
              report.inSample.agreed,
              report.inSample.rows,
              percent(report.inSample.agreed, report.inSample.rows),
            )}
          </Body1>
        </li>
        <li>
          <Body1>
            {strings.before(
              report.before.agreed,
              report.before.rows,
              percent(report.before.agreed, report.before.rows),
            )}
          </Body1>
        </li>
        <li>
          <Body1>{strings.baseline(Math.round(report.baseline * 1000) / 10)}</Body1>
        </li>
      </ul>
      {report.issues.length > 0 && (
        <div data-testid="fit-unreadable">
          <Body1>{strings.unreadable(report.issues.length)}</Body1>
          <ul className={styles.list}>
            {report.issues.slice(0, LISTED).map((issue) => (
              <li key={`${issue.row}:${issue.column}`}>
                <Caption1>
                  {strings.cellAt(issue.row + 1, issue.header)}: {issue.message[lang]}
                </Caption1>
              </li>
            ))}
          </ul>
          {report.issues.length > LISTED && <Caption1>{strings.more(report.issues.length - LISTED)}</Caption1>}
        </div>
      )}
      <h3 className={styles.heading}>{strings.confusionHeading}</h3>
      <Confusion agreement={cv ?? report.inSample} letters={report.letters} strings={strings} />
      <h3 className={styles.heading}>{strings.differencesHeading(report.differences.length)}</h3>
      {report.differences.length === 0 ? (
        <Caption1 className={styles.hint}>{strings.differencesNone}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="fit-differences">
          {report.differences.slice(0, LISTED).map((d) => (
            <li key={d.row}>
              <Body1>
                {d.name}: {strings.difference(d.analyst, d.fitted, d.score)}
              </Body1>
              <br />
              <Caption1 className={styles.hint}>{reasonsText(d.reasons, lang)}</Caption1>
            </li>
          ))}
          {report.differences.length > LISTED && (
            <li>
              <Caption1>{strings.more(report.differences.length - LISTED)}</Caption1>
            </li>
          )}
        </ul>
      )}
      <h3 className={styles.heading}>{strings.changesHeading}</h3>
      {report.changes.length === 0 ? (
        <Caption1 className={styles.hint}>{strings.changesNone}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="fit-changes">
          {report.changes.map((c) => (
            <li key={c.path}>
              <Caption1>{changeText(c, strings, lang)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
