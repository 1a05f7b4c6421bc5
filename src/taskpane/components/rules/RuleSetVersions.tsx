/** The rule sets the workbook's rules replaced, newest first, each with when it was replaced and a way back. */
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { RuleSetVersion } from "../../../excel";
import { useLocale } from "../../locale";
import { formatSavedAt } from "../../rules/savedAt";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  version: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface RuleSetVersionsProps {
  readonly versions: readonly RuleSetVersion[];
  readonly onGoBack: (index: number) => void;
  /** True while rules are being saved or the table graded. */
  readonly disabled: boolean;
}

export function RuleSetVersions({ versions, onGoBack, disabled }: RuleSetVersionsProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  return (
    <>
      <Caption1 className={styles.muted}>{strings.ruleVersionsHint}</Caption1>
      <ul className={styles.list} data-testid="rule-set-versions">
        {versions.map((version, index) => {
          const when = formatSavedAt(version.savedAt, locale);
          const name = version.name[locale];
          return (
            <li key={`${version.savedAt}-${index}`} className={styles.version}>
              <div className={styles.text}>
                <Body1>{name}</Body1>
                <Caption1 className={styles.muted}>{strings.ruleVersionReplaced(when)}</Caption1>
              </div>
              <Button
                size="small"
                disabled={disabled}
                aria-label={strings.goBackToVersionFor(name, when)}
                onClick={() => onGoBack(index)}
              >
                {strings.goBackToVersion}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
