/** The weight of each dimension, with its share of the score. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { NUMBER_RANGES } from "../../../engine";
import { useLocale } from "../../locale";
import { type Draft, setDimensionWeight } from "../../rules/draft";
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
  share: { color: tokens.colorNeutralForeground2 },
});

export function WeightsEditor({
  draft,
  edit,
}: {
  readonly draft: Draft;
  readonly edit: (change: (d: Draft) => Draft) => void;
}) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const total = draft.dimensions.reduce((sum, d) => sum + (Number.isFinite(d.weight) ? d.weight : 0), 0);
  return (
    <ul className={styles.list}>
      {draft.dimensions.map((d, i) => (
        <li key={d.id}>
          <NumberField
            label={strings.weightLabel(d.label[locale])}
            value={d.weight}
            min={0}
            max={NUMBER_RANGES.weight.max}
            onValue={(w) => edit((x) => setDimensionWeight(x, i, w))}
          />
          <Caption1 className={styles.share}>
            {total > 0 && Number.isFinite(d.weight) ? `${Math.round((d.weight / total) * 100)}%` : "—"}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
