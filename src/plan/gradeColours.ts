/**
 * The grade column's colours: the first grade green, the last red, those between from yellow to orange, in
 * Excel's own "Good / Neutral / Bad" cell-style colours so the table looks like Excel, not like the add-in.
 */

export interface GradeColour {
  readonly fill: string;
  readonly font: string;
}

const GOOD: GradeColour = { fill: "#C6EFCE", font: "#006100" };
const NEUTRAL: GradeColour = { fill: "#FFEB9C", font: "#9C5700" };
const WARNING: GradeColour = { fill: "#FCD5B4", font: "#974706" };
const BAD: GradeColour = { fill: "#FFC7CE", font: "#9C0006" };

/**
 * One colour per grade letter, best first.
 * @example gradeColours(["A", "B", "C", "D"]) // green, yellow, orange, red
 */
export function gradeColours(letters: readonly string[]): GradeColour[] {
  const n = letters.length;
  return letters.map((_, i) => {
    if (i === 0) return GOOD;
    if (i === n - 1) return BAD;
    // Between the ends: the upper half neutral, the lower half a warning.
    return i <= (n - 1) / 2 ? NEUTRAL : WARNING;
  });
}
