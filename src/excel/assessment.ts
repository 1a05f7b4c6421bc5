/**
 * What a table can assess under a rule set, for the pane to say before and after grading: the dimensions and
 * checks it has no column for (with how to add them), which amount scale is in force, and the date days are
 * counted to. All of it follows from the header and the rules alone, so it is known as soon as a table is bound.
 */
import type { GradeReport, RuleSet } from "../engine";

export interface TableAssessment {
  readonly notAssessed: GradeReport["notAssessed"];
  readonly moneyScales: GradeReport["moneyScales"];
  readonly asOf: GradeReport["asOf"];
  /** 0–1: the share of the rule set's dimension weight the table cannot assess (what the grades do not rest on). */
  readonly notAssessedShare: number;
}

/** The assessment a report (of any rows, even none) carries. */
export function assessmentOf(report: GradeReport, ruleSet: RuleSet): TableAssessment {
  const inForce = ruleSet.dimensions.filter((d) => d.weight > 0);
  const total = inForce.reduce((sum, d) => sum + d.weight, 0);
  const missing = new Set(report.notAssessed.dimensions.map((d) => d.id));
  const lost = inForce.filter((d) => missing.has(d.id)).reduce((sum, d) => sum + d.weight, 0);
  return {
    notAssessed: report.notAssessed,
    moneyScales: report.moneyScales,
    asOf: report.asOf,
    notAssessedShare: total > 0 ? lost / total : 0,
  };
}
