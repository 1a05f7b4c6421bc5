import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { RuleSet } from "../../engine";
import type { Locale } from "../i18n";
import { uiStrings } from "../i18n";

export interface RuleSetSummaryProps {
  readonly ruleSet: RuleSet;
  readonly locale: Locale;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** What the grading weighs and where each grade starts, so the analyst sees the rules before grading. */
export function RuleSetSummary({ ruleSet, locale }: RuleSetSummaryProps) {
  const styles = useStyles();
  const strings = uiStrings[locale];
  const totalWeight = ruleSet.dimensions.reduce((sum, d) => sum + d.weight, 0);
  return (
    <section className={styles.section} aria-label={strings.rulesHeading}>
      <Subtitle2 as="h2">{strings.rulesHeading}</Subtitle2>
      <Caption1>{ruleSet.name[locale]}</Caption1>
      <ul className={styles.list}>
        {ruleSet.dimensions.map((d) => (
          <li key={d.id}>
            {d.label[locale]} · {Math.round((d.weight / totalWeight) * 100)}%
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">{strings.gradesHeading}</Subtitle2>
      <ul className={styles.list}>
        {ruleSet.grades.map((g) => (
          <li key={g.letter}>
            {g.label?.[locale] ?? g.letter} ≥ {g.minScore}
            {locale === "en" ? ": " : "："}
            {g.remark[locale]}
          </li>
        ))}
      </ul>
    </section>
  );
}
