/**
 * The score card's detailed part, in a chunk of its own (loaded the first time a customer is selected): the
 * score's own grade beside a manual or capped one, the thresholds, each dimension's weight and points out of its
 * maximum with its criteria (the value read and its cell, the points and why) under a disclosure, the
 * dimensions not assessed and why, and what single change would lift the grade.
 */
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type {
  CriterionExplanation,
  CriterionValue,
  DimensionExplanation,
  GradeReport,
  Lang,
  Lift,
  LiftChange,
  RowExplanation,
} from "../../engine";
import { explainRow } from "../../engine/explain";
import { useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { type ScoreCardStrings, scoreCardStrings } from "./i18n";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "break-word" },
  muted: { color: tokens.colorNeutralForeground2 },
  /** A label and its numbers on one line when they fit, the numbers under the label when they do not. */
  line: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  numbers: { whiteSpace: "nowrap" },
  summary: {
    cursor: "pointer",
    listStylePosition: "outside",
    "& > span": { display: "inline-flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  },
  dimension: { marginBottom: tokens.spacingVerticalXXS },
  criteria: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: "break-word",
  },
  criterion: { display: "flex", flexDirection: "column" },
});

const percent = (share: number): string => `${Number((share * 100).toFixed(1))}%`;
const one = (n: number): string => String(Number(n.toFixed(1)));

/** The value as the analyst reads it. */
const shown = (value: CriterionValue, locale: Lang): string =>
  value.kind === "number" ? value.shown[locale] : value.text;

/** The cell of the selected row in a table column ("F3"), without the sheet the table is on. */
function useCell(row: number): (column: number | null) => string | null {
  const adapter = usePaneAdapter();
  return (column) => {
    if (column === null) return null;
    const address = adapter.cellAddress(row, column);
    return address === null ? null : address.slice(address.lastIndexOf("!") + 1);
  };
}

function GradeBasis({ explanation, text }: { readonly explanation: RowExplanation; readonly text: ScoreCardStrings }) {
  const styles = useStyles();
  const { result, scoreGrade } = explanation;
  const manual = result.status !== "skipped" && result.reasons.some((r) => r.kind === "override");
  const grade = result.status === "skipped" ? null : result.grade;
  const differs = grade !== null && scoreGrade !== null && grade !== scoreGrade;
  return (
    <div className={styles.part}>
      {differs && (
        <Body1 data-testid="score-card-basis">
          {manual ? text.manualVsScore(grade, scoreGrade) : text.cappedVsScore(grade, scoreGrade)}
        </Body1>
      )}
      <Caption1 className={styles.muted} data-testid="score-card-thresholds">
        {`${text.thresholds}: `}
        {explanation.thresholds.map((t, i) => (
          <span key={t.letter} className={styles.numbers}>
            {`${i > 0 ? " · " : ""}${t.letter} ≥ ${t.minScore}`}
          </span>
        ))}
      </Caption1>
    </div>
  );
}

function Criterion({
  criterion: c,
  cell,
  text,
}: {
  readonly criterion: CriterionExplanation;
  readonly cell: (column: number | null) => string | null;
  readonly text: ScoreCardStrings;
}) {
  const { locale } = useLocale();
  const styles = useStyles();
  const value = c.value && shown(c.value, locale);
  const where = cell(c.column);
  const read = value === null ? text.noValue : where ? text.valueAt(value, where) : value;
  return (
    <li className={styles.criterion}>
      <span className={styles.line}>
        <Body1>{c.label[locale]}</Body1>
        {c.points !== null && <Body1 className={styles.numbers}>{text.criterionPoints(one(c.points))}</Body1>}
      </span>
      <Caption1 className={styles.muted}>
        {read}
        {c.why && ` · ${c.why[locale]}`}
        {c.source && ` · ${c.source[locale]}`}
      </Caption1>
    </li>
  );
}

function Dimension({
  dimension: d,
  rescaled,
  cell,
  text,
}: {
  readonly dimension: DimensionExplanation;
  readonly rescaled: boolean;
  readonly cell: (column: number | null) => string | null;
  readonly text: ScoreCardStrings;
}) {
  const { locale } = useLocale();
  const styles = useStyles();
  return (
    <details className={styles.dimension} data-testid={`score-card-dimension-${d.dimension}`}>
      <summary className={styles.summary}>
        <span>
          <Body1>{d.label[locale]}</Body1>
          <Body1 className={styles.numbers}>
            {text.dimensionShare(percent(d.weight), one(d.points), one(d.maxPoints))}
          </Body1>
          {rescaled && d.ruleWeight !== d.weight && (
            <Caption1 className={`${styles.muted} ${styles.numbers}`}>{text.ruleShare(percent(d.ruleWeight))}</Caption1>
          )}
        </span>
      </summary>
      <ul className={styles.criteria}>
        {d.criteria.map((c) => (
          <Criterion key={c.criterion} criterion={c} cell={cell} text={text} />
        ))}
      </ul>
    </details>
  );
}

function changeText(change: LiftChange, locale: Lang, text: ScoreCardStrings): string {
  const label = change.label[locale];
  switch (change.change) {
    case "raise":
      return text.liftRaise(label, shown(change.to, locale), shown(change.from, locale));
    case "lower":
      return text.liftLower(label, shown(change.to, locale), shown(change.from, locale));
    case "word":
      return text.liftWord(label, shown(change.to, locale), change.replaces.join(locale === "en" ? ", " : "、"));
  }
}

function LiftPart({
  lift,
  cell,
  text,
}: {
  readonly lift: Lift;
  readonly cell: (column: number | null) => string | null;
  readonly text: ScoreCardStrings;
}) {
  const { locale } = useLocale();
  const styles = useStyles();
  const { outcome } = lift;
  const skippedBy = (why: Lift["skipped"][number]["why"]): string[] =>
    lift.skipped.filter((s) => s.why === why).map((s) => s.label[locale]);
  const notes = [
    [skippedBy("relative"), text.skippedRelative],
    [skippedBy("computed"), text.skippedComputed],
    [skippedBy("linked"), text.skippedLinked],
  ] as const;
  return (
    <div className={styles.part} data-testid="score-card-lift">
      {outcome.kind === "changes" && (
        <>
          <Body1>{text.liftHeading(lift.grade)}</Body1>
          <ul className={styles.list}>
            {outcome.changes.map((change) => (
              <li key={change.criterion}>
                <Body1>{changeText(change, locale, text)}</Body1>{" "}
                <Caption1 className={`${styles.muted} ${styles.numbers}`}>
                  {text.liftWhere(cell(change.column) ?? "", one(change.score))}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.kind === "none" && <Body1>{text.liftNone(lift.grade)}</Body1>}
      {outcome.kind === "capped" && (
        <Body1>
          {text.liftCapped(
            lift.grade,
            outcome.caps.map((c) => c.condition[locale]),
          )}
        </Body1>
      )}
      {outcome.kind !== "capped" &&
        notes.map(([labels, note]) =>
          labels.length > 0 ? (
            <Caption1 key={labels.join()} className={styles.muted}>
              {note(labels)}
            </Caption1>
          ) : null,
        )}
    </div>
  );
}

export interface ScoreCardDetailsProps {
  /** The report the selected row's result is of, and its index there. */
  readonly graded: { readonly report: GradeReport; readonly row: number };
  /** The selected row's 0-based data row in the bound table (for cell addresses). */
  readonly tableRow: number;
  readonly dimensionsHeading: string;
}

export function ScoreCardDetails({ graded, tableRow, dimensionsHeading }: ScoreCardDetailsProps) {
  const { locale } = useLocale();
  const styles = useStyles();
  const text = scoreCardStrings[locale];
  const cell = useCell(tableRow);
  const explanation = useMemo(() => explainRow(graded.report, graded.row), [graded]);
  const rescaled = explanation.notAssessed.length > 0;
  return (
    <>
      <GradeBasis explanation={explanation} text={text} />
      {explanation.dimensions.length > 0 && (
        <div className={styles.part}>
          <h3 className={styles.heading}>{dimensionsHeading}</h3>
          <div>
            {explanation.dimensions.map((d) => (
              <Dimension key={d.dimension} dimension={d} rescaled={rescaled} cell={cell} text={text} />
            ))}
          </div>
          {explanation.notAssessed.map((d) => (
            <Caption1 key={d.dimension} className={styles.muted} data-testid="score-card-not-assessed">
              {text.notAssessed(
                d.label[locale],
                d.cause === "noColumn" ? text.noColumn(d.fields.map((f) => f[locale])) : text.noValueInRow,
              )}
            </Caption1>
          ))}
        </div>
      )}
      {explanation.lift && <LiftPart lift={explanation.lift} cell={cell} text={text} />}
    </>
  );
}
