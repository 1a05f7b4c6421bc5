/**
 * The weight of each dimension as the rule set has it (the number the analyst types, saved as typed), with its
 * share of the score beside it, and the weights' total under them. Shares are rounded so they add up to 100 %,
 * as a share of a whole should: rounded one by one, weights such as 1, 1, 1 showed 33 % three times.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { NUMBER_RANGES } from "../../../engine";
import { useLocale } from "../../locale";
import { type Draft, setDimensionWeight } from "../../rules/draft";
import { percentShares } from "../../rules/shares";
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
  total: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
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
  const weights = draft.dimensions.map((d) => d.weight);
  const shares = percentShares(weights);
  // Weights such as 0.1 and 0.2 add up to 0.30000000000000004 in floating point: the total as typed, 0.3.
  const total = Math.round(weights.reduce((sum, w) => sum + (Number.isFinite(w) ? w : 0), 0) * 1e9) / 1e9;
  return (
    <>
      <ul className={styles.list} data-testid="weights">
        {draft.dimensions.map((d, i) => (
          <li key={d.id}>
            <NumberField
              label={strings.weightLabel(d.label[locale])}
              value={d.weight}
              min={0}
              max={NUMBER_RANGES.weight.max}
              onValue={(w) => edit((x) => setDimensionWeight(x, i, w))}
            />
            <Caption1 className={styles.share} data-testid="weight-share">
              {shares[i] === null || shares[i] === undefined ? "—" : strings.weightShare(shares[i])}
            </Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.total} data-testid="weights-total">
        {strings.weightsTotal(total)}
      </Caption1>
    </>
  );
}
