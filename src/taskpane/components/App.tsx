import { Body1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { defaultRuleSet } from "../../engine";
import { type Locale, uiStrings } from "../i18n";
import { RuleSetSummary } from "./RuleSetSummary";

export interface AppProps {
  /** The language to write the pane in. */
  readonly locale: Locale;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  heading: {
    margin: 0,
  },
  summary: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export function App({ locale }: AppProps) {
  const styles = useStyles();
  const strings = uiStrings[locale];
  return (
    <main className={styles.root} lang={locale}>
      <Title2 as="h1" className={styles.heading}>
        {strings.title}
      </Title2>
      <Body1 as="p" className={styles.summary}>
        {strings.summary}
      </Body1>
      <RuleSetSummary ruleSet={defaultRuleSet()} locale={locale} />
    </main>
  );
}
