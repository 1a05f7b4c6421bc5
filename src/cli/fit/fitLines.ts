/** `fit`'s report as the lines it prints, in the analyst's language. */
import type { Lang } from "../../engine";
import type { Agreement, FitChange, FitReport } from "../../engine/fit";
import { CLI_MESSAGES } from "../i18n";
import type { AgreementFacts, FitTexts } from "../i18n/catalog";

/** How many differing customers and unreadable cells are listed one by one (`--json` has them all). */
const LISTED = 20;

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

const factsOf = (a: Agreement): AgreementFacts => ({
  share: percent(a.rows === 0 ? 0 : a.agreed / a.rows),
  agreed: a.agreed,
  rows: a.rows,
  kappa: a.kappa.toFixed(2),
});

/** Columns a terminal gives the text: CJK characters take two. */
const widthOf = (text: string): number =>
  [...text].reduce(
    (w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(c) ? 2 : 1),
    0,
  );
const padStart = (text: string, width: number): string => " ".repeat(Math.max(0, width - widthOf(text))) + text;

/** The analyst's grades down, the fitted rule set's across, "none" last. */
function confusionLines(report: FitReport, texts: FitTexts): string[] {
  const columns = [...report.letters, texts.none];
  const matrix = report.inSample.confusion;
  const cells = matrix.flatMap((row) => row.map(String));
  const width = Math.max(...[...columns, ...cells].map(widthOf)) + 2;
  const label = Math.max(...report.letters.map(widthOf)) + 2;
  return [
    texts.confusionTitle,
    " ".repeat(label) + columns.map((c) => padStart(c, width)).join(""),
    ...matrix.map(
      (row, i) => padStart(report.letters[i] ?? "", label) + row.map((n) => padStart(String(n), width)).join(""),
    ),
  ];
}

const shown = (n: number | null): string => (n === null ? "—" : String(n));

function changeLine(change: FitChange, texts: FitTexts, lang: Lang): string {
  const label = change.label[lang];
  const [before, after] = [shown(change.before), shown(change.after)];
  switch (change.kind) {
    case "dimension":
      return texts.dimension(label, before, after, `${change.shareBefore ?? 0}%`, `${change.shareAfter ?? 0}%`);
    case "criterion":
      return texts.criterion(label, before, after);
    case "parameter":
      return texts.parameter(label, change.path.replace(/^dimensions\[\d+\]\.criteria\[\d+\]\./, ""), before, after);
    case "threshold":
      return texts.threshold(label, before, after);
    case "rule":
      if (change.grade) return texts.ruleGrade(label, change.grade.before, change.grade.after);
      if (change.path.endsWith(".enabled")) return texts.ruleSwitched(label, change.after === 1);
      return texts.ruleValue(label, before, after);
  }
}

function listed<T>(items: readonly T[], line: (item: T) => string, more: (count: number) => string): string[] {
  const lines = items.slice(0, LISTED).map(line);
  return items.length > LISTED ? [...lines, more(items.length - LISTED)] : lines;
}

/**
 * @param written the path the fitted rule set was written to
 * @param firstRow the sheet row of the table's first data row (a CSV's is 2)
 */
export function fitLines(report: FitReport, written: string, firstRow: number, lang: Lang): string[] {
  const texts = CLI_MESSAGES[lang].fit;
  const cv = report.crossValidated;
  return [
    texts.title(report.gradeColumn.header, report.graded, written),
    texts.inSample(factsOf(report.inSample)),
    cv ? texts.crossValidated(factsOf(cv), cv.folds) : texts.noCrossValidation,
    texts.baseline(percent(report.baseline)),
    texts.before(factsOf(report.before)),
    texts.verdict[report.verdict],
    ...(report.thin ? [texts.thin(report.graded)] : []),
    "",
    ...confusionLines(report, texts),
    "",
    ...(report.differences.length === 0
      ? [texts.noDifferences]
      : [
          texts.differencesTitle(report.differences.length),
          ...listed(
            report.differences,
            (d) =>
              texts.difference(
                firstRow + d.row,
                d.name,
                d.analyst,
                d.fitted,
                d.score === null ? null : d.score.toFixed(1),
              ),
            texts.moreDifferences,
          ),
        ]),
    "",
    ...(report.changes.length === 0
      ? [texts.noChanges]
      : [texts.changesTitle, ...report.changes.map((c) => changeLine(c, texts, lang))]),
    ...(report.issues.length === 0
      ? []
      : [
          "",
          texts.issuesTitle(report.issues.length),
          ...listed(report.issues, (i) => texts.issue(firstRow + i.row, i.header, i.message[lang]), texts.moreIssues),
        ]),
  ];
}
