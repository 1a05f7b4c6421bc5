/**
 * `fit --json`: the fit's report as one JSON document, its fields described in docs/cli.md (the list is
 * `FIT_JSON_FIELDS` in scripts/cliReference.ts). Other tools read it: its shape stays.
 */
import type { Lang } from "../../engine";
import type { Agreement, FitReport } from "../../engine/fit";

/** The confusion matrix's column for rows the fitted rule set could not grade. */
const NO_GRADE = "none";

const rounded = (value: number): number => Math.round(value * 10_000) / 10_000;

interface AgreementJson {
  readonly rows: number;
  readonly agreed: number;
  readonly share: number;
  readonly withinOne: number;
  readonly kappa: number;
}

const agreementJson = (a: Agreement): AgreementJson => ({
  rows: a.rows,
  agreed: a.agreed,
  share: a.rows === 0 ? 0 : rounded(a.agreed / a.rows),
  withinOne: a.withinOne,
  kappa: rounded(a.kappa),
});

/**
 * @param written the path the fitted rule set was written to
 * @param firstRow the sheet row of the table's first data row (a CSV's is 2)
 */
export function fitJson(report: FitReport, written: string, firstRow: number, lang: Lang) {
  return {
    ruleSet: written,
    gradeColumn: report.gradeColumn.header,
    letters: report.letters,
    graded: report.graded,
    thin: report.thin,
    inSample: agreementJson(report.inSample),
    crossValidated: report.crossValidated && {
      folds: report.crossValidated.folds,
      ...agreementJson(report.crossValidated),
    },
    baseline: rounded(report.baseline),
    before: agreementJson(report.before),
    verdict: report.verdict,
    confusion: {
      rows: report.letters,
      columns: [...report.letters, NO_GRADE],
      inSample: report.inSample.confusion,
      crossValidated: report.crossValidated?.confusion ?? null,
    },
    differences: report.differences.map((d) => ({
      row: firstRow + d.row,
      name: d.name,
      analyst: d.analyst,
      fitted: d.fitted,
      score: d.score,
    })),
    changes: report.changes.map((c) => ({
      kind: c.kind,
      path: c.path,
      label: c.label[lang],
      before: c.before,
      after: c.after,
      ...(c.shareBefore === undefined ? {} : { shareBefore: c.shareBefore }),
      ...(c.shareAfter === undefined ? {} : { shareAfter: c.shareAfter }),
      ...(c.grade === undefined ? {} : { grade: c.grade }),
    })),
    issues: report.issues.map((i) => ({
      row: firstRow + i.row,
      column: i.header,
      code: i.code,
      message: i.message[lang],
    })),
  };
}
