/** The one line printed on stderr when grading is done. */
import type { GradeSummary, Lang } from "../engine";
import { CLI_MESSAGES } from "./i18n";

export interface RunFacts {
  readonly summary: GradeSummary;
  /** Non-empty cells of the output columns that held something else (an analyst's "A级", an old grade). */
  readonly replacedCells: number;
  /** Where the graded copy went; `null` when nothing was written. */
  readonly written: string | null;
}

/**
 * @example summaryLine(facts, "en") // "Graded 3 rows: A 1, B 1, C 1, D 0; 0 incomplete, 0 skipped; 0 unreadable cells; replaced 6 non-empty cells; written to a.graded.xlsx"
 */
export function summaryLine(facts: RunFacts, lang: Lang): string {
  const { summary, replacedCells, written } = facts;
  return CLI_MESSAGES[lang].graded({
    graded: summary.graded,
    counts: Object.entries(summary.counts).map(([letter, n]) => `${letter} ${n}`),
    incomplete: summary.incomplete,
    skipped: summary.skipped,
    issues: summary.issues,
    replaced: replacedCells,
    written,
  });
}
