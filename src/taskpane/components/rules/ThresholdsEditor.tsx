/** The lowest score of each grade, best grade first, with the action the grade writes as its remark. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../../locale";
import { type Draft, setMinScore } from "../../rules/draft";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  remark: { color: tokens.colorNeutralForeground2 },
});

export function ThresholdsEditor({
  draft,
  edit,
}: {
  readonly draft: Draft;
  readonly edit: (change: (d: Draft) => Draft) => void;
}) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {draft.grades.map((g, i) => (
        <li key={g.letter}>
          <NumberField
            label={strings.thresholdLabel(g.label?.[locale] ?? g.letter)}
            value={g.minScore}
            min={0}
            max={100}
            onValue={(score) => edit((x) => setMinScore(x, i, score))}
          />
          <Caption1 className={styles.remark}>{g.remark[locale]}</Caption1>
        </li>
      ))}
    </ul>
  );
}
