/** The fitted rule set's grades: the analyst's letters, each with the starting rule set's label and remark. */
import { engineText } from "../i18n";
import type { GradeSpec, ParsedRuleSet } from "../rules/schema";

/**
 * The ladder for `letters` (best first) with `minScores`; a letter the starting rule set lacks gets a plain
 * label and remark the analyst can edit.
 */
export function ladderOf(start: ParsedRuleSet, letters: readonly string[], minScores: readonly number[]): GradeSpec[] {
  return letters.map((letter, g) => {
    const known = start.grades.find((s) => s.letter === letter);
    const minScore = minScores[g] ?? 0;
    return known
      ? { ...known, minScore }
      : {
          letter,
          minScore,
          label: engineText((m) => m.fit.newGradeLabel(letter)),
          remark: engineText((m) => m.fit.newGradeRemark(letter)),
        };
  });
}

/** Evenly spaced thresholds: a valid ladder to measure with before the fit has found its own. */
export function evenThresholds(grades: number): number[] {
  return Array.from({ length: grades }, (_, g) => Math.round((100 * (grades - 1 - g)) / grades));
}
