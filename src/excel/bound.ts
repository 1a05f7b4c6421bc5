/** What the adapter knows about the bound table between calls: refreshed by bind and by every Grade all. */
import type { ColumnMapping, GradeReport, RuleSet } from "../engine";
import type { OutputColumns } from "../plan";
import type { TableAssessment } from "./assessment";
import type { ColumnSamples } from "./sampleValues";
import type { Binding } from "./settings";
import type { RulesSource } from "./tableRuleSets";
import type { TableMeta } from "./tableMeta";

export interface BoundTable {
  readonly binding: Binding;
  readonly meta: TableMeta;
  readonly mapping: ColumnMapping;
  /** Known once output columns exist (after the first Grade all, or when the table already had them). */
  readonly outputColumns: OutputColumns | null;
  /** The rules in force on the table: its own, or the workbook's (`rulesFrom` says which). */
  readonly ruleSet: RuleSet;
  readonly rulesFrom: RulesSource;
  /** With rank criteria, the last full report: a single row cannot be graded alone. */
  readonly lastReport: GradeReport | null;
  /** A few values of each column from the table's first rows, for the pane's column review. */
  readonly samples: ColumnSamples;
  /** What the table can assess under `ruleSet`; `null` when it cannot be graded at all (see `tableProblem`). */
  readonly assessment: TableAssessment | null;
}

/** Table columns (0-based) that belong to the add-in. */
export function ownColumns(bound: BoundTable): ReadonlySet<number> {
  return new Set(bound.outputColumns ? Object.values(bound.outputColumns) : []);
}
