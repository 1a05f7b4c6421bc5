/**
 * What replacing one rule set by another would do to a table's grades, before anything is saved or written:
 * both grade the same rows as Grade all would (as of today, with the analyst's column fixes), and the rows whose
 * grade differs are listed. The pane's preview of a learned or edited rule set.
 */
import { type MappingOverrides, type RuleSet, type Table, gradeTable } from "../engine";

export interface GradeChange {
  /** 0-based data row. */
  readonly row: number;
  readonly name: string;
  /** The grade now and after; null where a rule set cannot grade the row (data missing). */
  readonly before: string | null;
  readonly after: string | null;
}

export interface GradeChanges {
  readonly rows: number;
  readonly changes: readonly GradeChange[];
}

export interface GradeChangesOptions {
  readonly asOf: number;
  readonly overrides?: MappingOverrides;
}

/** Null when either rule set cannot grade the table at all (no column it reads). */
export function gradeChanges(
  table: Table,
  before: RuleSet,
  after: RuleSet,
  options: GradeChangesOptions,
): GradeChanges | null {
  const settings = {
    asOf: options.asOf,
    asOfIsToday: true,
    ...(options.overrides && { overrides: options.overrides }),
  };
  const now = gradeTable(table, before, settings);
  const next = gradeTable(table, after, settings);
  if (!now.ok || !next.ok) return null;
  const changes: GradeChange[] = [];
  const was = now.value.outputs.grades;
  const will = next.value.outputs.grades;
  for (let row = 0; row < table.rows.length; row++) {
    const a = was[row] ?? null;
    const b = will[row] ?? null;
    if (a !== b) changes.push({ row, name: next.value.row(row).name, before: a, after: b });
  }
  return { rows: table.rows.length, changes };
}
