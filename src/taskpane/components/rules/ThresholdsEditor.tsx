/** The lowest score of each grade, best grade first, with the action the grade writes as its remark. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../../engine";
import { useLocale } from "../../locale";
import { type Draft, setGradeRemark, setMinScore } from "../../rules/draft";
import { NumberField } from "./NumberField";
import { RemarkField, RemarkLanguageSwitch } from "./RemarkField";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  all: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grade: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export interface ThresholdsEditorProps {
  readonly draft: Draft;
  readonly edit: (change: (d: Draft) => Draft) => void;
  /** The language whose remarks are edited, and its switch. */
  readonly remarkLang: Lang;
  readonly onRemarkLang: (lang: Lang) => void;
}

export function ThresholdsEditor({ draft, edit, remarkLang: lang, onRemarkLang }: ThresholdsEditorProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.all}>
      <RemarkLanguageSwitch lang={lang} onLang={onRemarkLang} />
      <ul className={styles.list}>
        {draft.grades.map((g, i) => (
          <li key={g.letter} className={styles.grade}>
            <NumberField
              label={strings.thresholdLabel(g.label?.[locale] ?? g.letter)}
              value={g.minScore}
              min={0}
              max={100}
              onValue={(score) => edit((x) => setMinScore(x, i, score))}
            />
            <RemarkField
              label={strings.gradeRemarkLabel(g.label?.[locale] ?? g.letter, strings.languageNames[lang])}
              remark={g.remark}
              source={g}
              lang={lang}
              onText={(text) => edit((x) => setGradeRemark(x, i, lang, text))}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
