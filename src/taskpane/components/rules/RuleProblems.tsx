/**
 * A refused rule set's problems: each one's place as the editors name it, what is wrong, and its path in the
 * file. In a chunk of its own, loaded when problems are first shown: the place's words are not in the first load.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { RuleSetProblem } from "../../../engine";
import { placeOf } from "../../../engine/rules/problemPlace";
import { useLocale } from "../../locale";

const useStyles = makeStyles({
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  place: { fontWeight: tokens.fontWeightSemibold },
  path: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

export interface RuleProblemsProps {
  readonly problems: readonly RuleSetProblem[];
  /** The rule set they are in, as JSON (`null` for a file that is not JSON). */
  readonly source: unknown;
  /** Called once the list is on the page (to bring it into view). */
  readonly onShown: () => void;
}

export function RuleProblems({ problems, source, onShown }: RuleProblemsProps) {
  const { locale } = useLocale();
  const styles = useStyles();
  useEffect(() => onShown(), [problems, onShown]);
  return (
    <ul className={styles.problems} data-testid="rules-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <span className={styles.place}>{placeOf(p, source)[locale]}</span>
          {locale === "en" ? ": " : "："}
          {p.messages[locale]}
          {p.path !== "(root)" && <span className={styles.path}> ({p.path})</span>}
        </li>
      ))}
    </ul>
  );
}
