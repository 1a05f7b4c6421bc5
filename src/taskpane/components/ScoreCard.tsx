/**
 * The selected customer's grade and why: score, the rules that capped, overrode or flagged it, the remark
 * written into the row, and the row's unreadable cells; how each dimension and criterion scored, what is not
 * assessed and what would lift the grade come in the detailed part, loaded on first use.
 */
import { Body1, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { Reason, RowResult } from "../../engine";
import type { SelectedCustomer } from "../../excel";
import type { SelectedState } from "../hooks/useSelectedCustomer";
import { describeError, useLocale } from "../locale";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  top: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalM },
  grade: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
  name: { margin: 0 },
  /** Read by screen readers, not shown: the grade is also shown large below. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

const ScoreCardDetails = lazy(() =>
  import("../scoreCard/ScoreCardDetails").then((module) => ({ default: module.ScoreCardDetails })),
);

const one = (n: number): string => n.toFixed(1);
const gradeOf = (result: RowResult | null | undefined): string | null =>
  result && result.status !== "skipped" ? result.grade : null;

function Rules({ reasons }: { readonly reasons: readonly Reason[] }) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const lines = reasons.flatMap((r) => {
    switch (r.kind) {
      case "cap":
        return [
          `${r.lowered ? strings.scoreCardCapped(r.grade) : strings.scoreCardCapNotLowering(r.grade)}: ${r.remark[locale]}`,
        ];
      case "override":
        return [`${strings.scoreCardOverride(r.grade)}: ${r.remark[locale]}`];
      case "flag":
        return [r.remark[locale]];
      case "notAssessed": // said per dimension in the detailed part
      case "dimension":
        return [];
    }
  });
  if (lines.length === 0) return null;
  return (
    <>
      <h3 className={styles.heading}>{strings.scoreCardRules}</h3>
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ul>
    </>
  );
}

function Result({ result, customer }: { readonly result: RowResult; readonly customer: SelectedCustomer }) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  if (result.status === "skipped") return <Body1>{strings.scoreCardSkipped}</Body1>;
  return (
    <>
      <div className={styles.top}>
        <Caption1 className={styles.muted}>{strings.scoreCardGrade}</Caption1>
        {result.grade !== null ? (
          <span className={styles.grade} data-testid="score-card-grade">
            {result.grade}
          </span>
        ) : (
          <Body1>{strings.scoreCardNoGrade}</Body1>
        )}
        {result.status === "graded" ? (
          <Body1>
            {strings.scoreCardScore} {one(result.score)}
          </Body1>
        ) : (
          <Body1>{strings.scoreCardIncomplete}</Body1>
        )}
      </div>
      {customer.graded && (
        <Suspense fallback={null}>
          <ScoreCardDetails
            graded={customer.graded}
            tableRow={customer.row}
            dimensionsHeading={strings.scoreCardDimensions}
          />
        </Suspense>
      )}
      <Rules reasons={result.reasons} />
      {result.remark !== "" && (
        <>
          <h3 className={styles.heading}>{strings.scoreCardRemark}</h3>
          <Body1>{result.remark}</Body1>
        </>
      )}
      {result.issues.length > 0 && (
        <>
          <h3 className={styles.heading}>{strings.scoreCardIssues}</h3>
          <ul className={styles.list}>
            {result.issues.map((issue) => (
              <li key={`${issue.column}`}>
                <Body1>
                  {issue.header}
                  {locale === "en" ? ": " : "："}
                  {issue.message[locale]}
                </Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ScoreCard({ selected }: { readonly selected: SelectedState }) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.card} data-testid="score-card">
      {selected.kind === "none" && <Body1 className={styles.muted}>{strings.scoreCardEmpty}</Body1>}
      {selected.kind === "failed" && (
        <Body1>
          {selected.message ? selected.message[locale] : strings.unexpectedError(describeError(selected.error))}
        </Body1>
      )}
      {selected.kind === "customer" && (
        <>
          {/* Only the name and the grade are announced as the selection moves, not the whole card. */}
          <div aria-live="polite" aria-atomic="true" data-testid="score-card-announced">
            <Subtitle1 as="p" className={styles.name}>
              {selected.customer.result?.name || String(Object.values(selected.customer.record)[0] ?? "")}
            </Subtitle1>
            {gradeOf(selected.customer.result) !== null && (
              <span className={styles.hidden}>{`${strings.scoreCardGrade} ${gradeOf(selected.customer.result)}`}</span>
            )}
          </div>
          {selected.customer.result ? (
            <Result result={selected.customer.result} customer={selected.customer} />
          ) : (
            <Caption1 className={styles.muted}>{strings.scoreCardNeedsGradeAll}</Caption1>
          )}
        </>
      )}
    </div>
  );
}
