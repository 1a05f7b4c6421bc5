/**
 * The year-end review sheet's cells: the tier-migration table since a date, then the screening lists (key
 * accounts and their representative, unsettled balances, candidates to drop). Every row as wide as the
 * widest, with a number format per cell, so the whole block is one write.
 */
import type { MigrationMatrix, YearEndScreening } from "../../engine";
import { asCellText } from "../../plan";
import type { ReviewLabels } from "../i18n/catalog";

export interface ReviewLayout {
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  readonly width: number;
}

type Cell = string | number;
const DATE = "yyyy-mm-dd";

export function reviewLayout(input: {
  readonly migration: MigrationMatrix;
  readonly screening: YearEndScreening;
  readonly since: number;
  /** The reviewed table's name now, in the title. */
  readonly table: string;
  readonly labels: ReviewLabels;
  /** What puts a customer on the must-settle list, in the labels' language ("逾期天数 > 90 且 欠款余额 > 0"). */
  readonly settleCondition: string | null;
}): ReviewLayout {
  const { migration, screening, since, table, labels, settleCondition } = input;
  const width = Math.max(4, migration.grades.length + 1);
  const rows: { cells: Cell[]; formats: string[] }[] = [];
  const push = (cells: Cell[], formats: string[] = []): void => void rows.push({ cells, formats });
  const gradeLabel = (grade: string | null): string => (grade === null ? labels.noGrade : asCellText(grade));

  push([labels.title(table)]);
  push([labels.since, since], ["General", DATE]);
  push([]);
  push([labels.migration]);
  push([labels.fromTo, ...migration.grades.map(gradeLabel)]);
  migration.counts.forEach((counts, i) => push([gradeLabel(migration.grades[i] ?? null), ...counts]));
  push([labels.customersMoved, migration.customers]);
  push([]);

  const list = <T>(
    title: string,
    headers: readonly string[],
    items: readonly T[],
    cells: (item: T) => Cell[],
    formats: string[],
    note?: string,
  ): void => {
    push([title]);
    if (note !== undefined) push([note]);
    push([...headers]);
    if (items.length === 0) push([labels.none]);
    for (const item of items) push(cells(item), formats);
    push([]);
  };
  list(
    labels.keyAccounts,
    labels.keyHeaders,
    screening.keyAccounts,
    (k) => [
      asCellText(k.name),
      asCellText(k.grade),
      k.score ?? "",
      k.representative === null ? labels.unassigned : asCellText(k.representative),
    ],
    ["General", "General", "0.0", "General"],
  );
  list(
    labels.unsettled,
    labels.unsettledHeaders,
    screening.unsettled,
    (u) => [asCellText(u.name), asCellText(u.grade), u.outstandingBalance ?? "", u.overdueDays ?? ""],
    ["General", "General", "#,##0.00", "0"],
    settleCondition === null ? labels.unsettledAnyOverdue : labels.unsettledWhen(settleCondition),
  );
  list(
    labels.dropCandidates,
    labels.dropHeaders,
    screening.dropCandidates,
    (d) => [asCellText(d.name), asCellText(d.grade), d.grossMargin, d.futurePoints],
    ["General", "General", "0.0%", "0"],
  );

  const pad = <T>(line: T[], fill: T): T[] => [...line, ...new Array<T>(width - line.length).fill(fill)];
  return {
    values: rows.map((r) => pad(r.cells, "")),
    numberFormats: rows.map((r) => pad(r.formats, "General")),
    width,
  };
}
