import { formatList } from "../../../engine";
import type { ScoreCardStrings } from "./catalog";

const list = (items: readonly string[], kind?: "disjunction"): string => formatList("en", items, kind);

export const en: ScoreCardStrings = {
  manualVsScore: (g, s) => `Set by hand to ${g} · by score ${s}`,
  cappedVsScore: (g, s) => `Capped at ${g} · by score ${s}`,
  thresholds: "Grade thresholds",
  dimensionShare: (w, p, m) => `weight ${w} · ${p}/${m} pts`,
  ruleShare: (w) => `${w} in the rules`,
  criterionPoints: (p) => `${p} pts`,
  noValue: "no value",
  valueAt: (v, c) => `${v} (${c})`,
  notAssessed: (d, why) => `Not assessed: ${d} (${why})`,
  noColumn: (f) =>
    `the table has no ${list(
      f.map((x) => `"${x}"`),
      "disjunction",
    )} column`,
  noValueInRow: "this row has nothing it can score",
  liftHeading: (g) => `To reach ${g}, any one of:`,
  liftRaise: (c, to, from) => `${c} up to ${to} (now ${from})`,
  liftLower: (c, to, from) => `${c} down to ${to} (now ${from})`,
  liftWord: (c, to, from) => `${c}: "${to}" instead of "${from}"`,
  liftWhere: (cell, score) => `${cell} · score ${score}`,
  liftNone: (g) => `To reach ${g}: no change of one input is enough; several must improve`,
  liftCapped: (g, c) => `To reach ${g}: lift the cap first (${c.join("; ")}); no score goes past it`,
  skippedRelative: (c) => `${list(c)}: ranked against the other customers, not counted`,
  skippedComputed: (c) => `${list(c)}: computed from other data, not typed, not counted`,
  skippedLinked: (c) => `${list(c)}: its cell also feeds a ranked criterion, not counted`,
};
