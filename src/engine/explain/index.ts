// A row's detailed explanation for the score card, and what single change would lift its grade: imported from
// "engine/explain" by the host that shows it (the pane loads it on demand), so the engine's index every formula
// imports does not carry it.
import type { GradeReport, RowExplanation } from "../grade/results";
import { valueOrigins } from "./origin";
import { explainInDetail } from "./rowExplanation";

/**
 * How one row's score and grade came about: per dimension its share of the score and its maximum, per criterion
 * the value read (and its column), the points and why, the thresholds, the dimensions that do not count and
 * why, the score's own grade beside a capped or manual one, and the smallest single changes that lift it.
 * @example explainRow(report, 3).lift?.outcome // { kind: "changes", changes: [{ criterion: "gross-margin", … }] }
 */
export function explainRow(report: GradeReport, index: number): RowExplanation {
  const result = report.row(index);
  const evidence = report.evidence();
  const input = {
    ruleSet: report.ruleSet,
    table: evidence.table,
    mapping: report.mapping,
    columns: evidence.columns,
    points: evidence.points,
    asOf: evidence.asOf,
    notApplied: evidence.notApplied,
    notAssessed: report.notAssessed,
    sourceNote: evidence.sourceNote,
    origins: valueOrigins(evidence.table, report.mapping, evidence.columns, evidence.asOf),
  };
  return explainInDetail(input, index, result, evidence.outcome(index));
}
