/**
 * The amount scales worth telling the analyst: those of money criteria in a dimension the table assesses (a
 * scale of a dimension graded without is beside the point).
 */
import { FIELDS, type GradeReport, type Lang, type MoneyScale, isFieldId } from "../engine";

export interface AmountScale {
  readonly scale: MoneyScale;
  /** The criterion's label, else its field's, else its id. */
  readonly label: (lang: Lang) => string;
}

export function amountScalesInForce(report: GradeReport): AmountScale[] {
  const notAssessed = new Set(report.notAssessed.dimensions.map((d) => d.id));
  return report.moneyScales.flatMap((scale) => {
    const dimension = report.ruleSet.dimensions.find((d) => d.criteria.some((c) => c.id === scale.criterion));
    const criterion = dimension?.criteria.find((c) => c.id === scale.criterion);
    if (!dimension || !criterion || notAssessed.has(dimension.id)) return [];
    const { field } = criterion;
    const label = (lang: Lang): string =>
      criterion.label?.[lang] ?? (isFieldId(field) ? FIELDS[field].label[lang] : criterion.id);
    return [{ scale, label }];
  });
}
