/** The one line printed on stderr when grading is done. */
import { type GradeReport, type GradeSummary, type Lang, isoDateOfSerial } from "../engine";
import { amountScalesInForce } from "./amountScales";
import type { GradedFacts, TableNotes } from "./i18n/catalog";
import { CLI_MESSAGES } from "./i18n";

export interface RunFacts {
  readonly summary: GradeSummary;
  /** Non-empty cells of the output columns that held something else (an analyst's "A级", an old grade). */
  readonly replacedCells: number;
  /** Where the graded copy went; `null` when nothing was written. */
  readonly written: string | null;
  /** What the line says about the table itself (see `tableNotes`); nothing when absent. */
  readonly notes?: TableNotes;
  /** The encoding a CSV was read in, said when it is not UTF-8; nothing when absent. */
  readonly readAs?: GradedFacts["readAs"];
  /** Cells given a `'` by `--escape-formulas`; absent without it. */
  readonly escapedCells?: number;
}

const NO_NOTES: TableNotes = { notAssessed: [], asOfFromHeaders: null, amounts: { ranked: [], fixed: [] } };

/** What was not assessed, the as-of date when the headers set it, and how amounts are scored. */
export function tableNotes(report: GradeReport, lang: Lang): TableNotes {
  const scales = amountScalesInForce(report);
  const labels = (relative: boolean): string[] =>
    scales.filter((s) => s.scale.relative === relative).map((s) => s.label(lang));
  return {
    notAssessed: report.notAssessed.dimensions.map((d) => d.label[lang]),
    asOfFromHeaders: report.asOf.from === "period" ? isoDateOfSerial(report.asOf.serial) : null,
    amounts: { ranked: labels(true), fixed: labels(false) },
  };
}

/**
 * @example summaryLine(facts, "en") // "Graded 3 rows: A 1, B 1, C 1, D 0; 0 incomplete, 0 skipped; amounts ranked within the table; 0 unreadable cells; replaced 6 non-empty cells; written to a.graded.xlsx"
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
    readAs: facts.readAs ?? null,
    escaped: facts.escapedCells ?? null,
    ...(facts.notes ?? NO_NOTES),
  });
}
