/**
 * The grade cells' fills: the template's grade colours (`src/plan/gradeColours.ts`, the ones the
 * add-in's template table uses), as the ARGB a workbook part stores. Fills only: the template's font
 * colours would mean extending the workbook's fonts as well.
 */
import { gradeColours } from "../plan";
import { argbOf } from "./xlsx/styles";

export type GradeFills = ReadonlyMap<string, string>;

/** Letter → ARGB fill, for a rule set's letters (best first). */
export function gradeFills(letters: readonly string[]): GradeFills {
  const colours = gradeColours(letters);
  return new Map(letters.map((letter, i) => [letter, argbOf(colours[i]?.fill ?? "#FFFFFF")]));
}

/** The fill for a grade, or `null` for no grade or a letter without a colour. */
export function gradeFill(fills: GradeFills, grade: string | null): string | null {
  return grade === null ? null : (fills.get(grade) ?? null);
}
