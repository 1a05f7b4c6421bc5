/** The fitted rule set's grades: the analyst's letters, each with the starting rule set's label and remark. */
import { fitText } from "./messages";
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
          label: fitText((m) => m.newGradeLabel(letter)),
          remark: fitText((m) => m.newGradeRemark(letter)),
        };
  });
}

/** Evenly spaced thresholds: a valid ladder to measure with before the fit has found its own. */
export function evenThresholds(grades: number): number[] {
  return Array.from({ length: grades }, (_, g) => Math.round((100 * (grades - 1 - g)) / grades));
}
