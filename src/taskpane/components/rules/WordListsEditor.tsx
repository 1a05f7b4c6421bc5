/** The word lists that turn qualitative text (良好 / 一般 / 较差 …) into points, one group per points value. */
import { Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../../locale";
import { type Draft, setWordPoints, setWords, splitWords, wordEntries } from "../../rules/draft";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  criterion: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  entry: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  all: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export function WordListsEditor({
  draft,
  edit,
}: {
  readonly draft: Draft;
  readonly edit: (change: (d: Draft) => Draft) => void;
}) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const separator = locale === "en" ? ", " : "，";
  return (
    <div className={styles.all}>
      {draft.dimensions.flatMap((dimension, d) =>
        dimension.criteria.map((criterion, c) => {
          const entries = wordEntries(criterion);
          if (!entries) return null;
          const name = criterion.label?.[locale] ?? dimension.label[locale];
          return (
            <fieldset key={criterion.id} className={styles.criterion}>
              <legend className={styles.legend}>{name}</legend>
              {entries.map((entry, e) => (
                <div key={e} className={styles.entry}>
                  <Field label={strings.wordsLabel(name, e + 1)} hint={e === 0 ? strings.wordsHint : null} size="small">
                    <Textarea
                      size="small"
                      resize="vertical"
                      defaultValue={entry.words.join(separator)}
                      onBlur={(event) => {
                        const words = splitWords(event.currentTarget.value);
                        if (words.join("\n") !== entry.words.join("\n")) edit((x) => setWords(x, d, c, e, words));
                      }}
                    />
                  </Field>
                  <NumberField
                    label={strings.pointsLabel(name, e + 1)}
                    value={entry.points}
                    min={0}
                    max={100}
                    onValue={(p) => edit((x) => setWordPoints(x, d, c, e, p))}
                  />
                </div>
              ))}
            </fieldset>
          );
        }),
      )}
    </div>
  );
}
