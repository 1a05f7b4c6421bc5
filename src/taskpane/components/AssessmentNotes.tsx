/**
 * What the table cannot assess (a message bar naming the dimensions and the columns to add), which amount scale
 * is in force, and, for a table of a closed year, the date days are counted to and why. Shown in the column
 * review as soon as a table is bound, and under the summary of Grade all.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { TableAssessment } from "../../excel";
import { useLocale } from "../locale";
import { PaneMessage } from "./PaneMessage";

/**
 * From this share of the rules' dimension weight not assessed, the bar is a warning rather than information:
 * the grades then rest on two thirds of what the rules weigh, or less.
 */
const WARN_FROM_SHARE = 1 / 3;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function AssessmentNotes({
  assessment,
  testId,
}: {
  readonly assessment: TableAssessment | null;
  readonly testId: string;
}) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  if (!assessment) return null;
  const { notAssessed, moneyScales, asOf, notAssessedShare } = assessment;
  const scales = moneyScales.map((s) => s.message[locale]);
  return (
    <div className={styles.root} data-testid={testId}>
      {notAssessed.message && (
        <PaneMessage
          title={strings.notAssessedTitle}
          intent={notAssessedShare >= WARN_FROM_SHARE ? "warning" : "info"}
          testId="not-assessed"
        >
          {/* What is missing first, then how to add each dimension: a list, not one long sentence. */}
          <p className={styles.line}>{notAssessed.lines[0]?.[locale]}</p>
          {notAssessed.lines.length > 1 && (
            <ul className={styles.list}>
              {notAssessed.lines.slice(1).map((line) => (
                <li key={line.en}>{line[locale]}</li>
              ))}
            </ul>
          )}
        </PaneMessage>
      )}
      {scales.length > 0 && (
        <Caption1 as="p" className={styles.line} data-testid="amount-scale">
          {strings.amountScale(scales.join(locale === "en" ? "; " : "；"))}
        </Caption1>
      )}
      {asOf.from === "period" && asOf.message && (
        <Caption1 as="p" className={styles.line} data-testid="as-of">
          {strings.asOfLine(asOf.message[locale])}
        </Caption1>
      )}
    </div>
  );
}
