/**
 * Tier migration: how customers moved between grades since a date, from the grade history. Each customer
 * counts once, from its grade before its first change in the period to its grade after its last.
 */
import type { GradeChange } from "./history";

export interface MigrationMatrix {
  /** Row and column labels: the rule set's letters, then `null` (no grade: new or incomplete customers). */
  readonly grades: readonly (string | null)[];
  /** `counts[from][to]`: customers that went from grade `grades[from]` to `grades[to]`. */
  readonly counts: readonly (readonly number[])[];
  /** Customers that changed grade at least once in the period. */
  readonly customers: number;
}

export function migrationMatrix(
  history: readonly GradeChange[],
  since: number,
  letters: readonly string[],
): MigrationMatrix {
  const grades: (string | null)[] = [...letters, null];
  const slot = (grade: string | null): number => {
    const at = grade === null ? -1 : letters.indexOf(grade);
    return at === -1 ? letters.length : at; // a letter no longer in the rule set counts as "no grade"
  };
  const moves = new Map<string, { from: string | null; to: string | null }>();
  const ordered = history.filter((change) => change.date >= since).sort((a, b) => a.date - b.date);
  for (const change of ordered) {
    const key = change.customerId !== "" ? `id:${change.customerId}` : `name:${change.customer}`;
    const seen = moves.get(key);
    if (seen) seen.to = change.to;
    else moves.set(key, { from: change.from, to: change.to });
  }
  const counts = grades.map(() => grades.map(() => 0));
  for (const { from, to } of moves.values()) {
    const row = counts[slot(from)];
    if (row) row[slot(to)] = (row[slot(to)] ?? 0) + 1;
  }
  return { grades, counts, customers: moves.size };
}
