/**
 * Step 5, row by row: a blank row is skipped; otherwise the score's grade, lowered by the `cap` rules that
 * hold, replaced by a manual grade, and incomplete when a `require` rule fails or nothing could be scored.
 * One pass into typed arrays, so a million rows build no object per row.
 */
import { FIELDS } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import type { Rule } from "../rules/schema";
import type { RuleSet } from "../rules/ruleSet";
import { type Table, assertNever } from "../types";
import type { RowTest } from "./conditions";
import { gradeForScore, round1 } from "./explain";
import type { PreparedRules } from "./hardRules";
import { isBlank } from "./mapTable";

export const STATUS_GRADED = 0;
export const STATUS_INCOMPLETE = 1;
export const STATUS_SKIPPED = 2;

export interface RowDecisions {
  /** STATUS_GRADED, STATUS_INCOMPLETE or STATUS_SKIPPED per row. */
  readonly status: Uint8Array;
  /** The score rounded to one decimal; NaN where the row is not graded. */
  readonly scores: Float64Array;
  /** Grade index after caps, before a manual override; -1 when not graded. */
  readonly computed: Int16Array;
  /** Grade index written to the table; -1 when none. */
  readonly finalGrade: Int16Array;
  /** Bit k set: rule k fired (a require rule: failed). */
  readonly fired: Uint32Array;
}

export interface RowEvidence {
  readonly table: Table;
  readonly mapping: ColumnMapping;
  /** Each row's weighted score, NaN where nothing could be scored. */
  readonly rowScores: Float64Array;
  readonly rules: PreparedRules;
  /** The manual-grade column, read only when a manualOverride rule exists. */
  readonly manualGrades: readonly (string | null)[] | null;
}

/** The columns whose cells decide whether a row is blank: every column but the add-in's own outputs. */
function inputColumns(table: Table, mapping: ColumnMapping): number[] {
  const outputColumns = new Set(
    Object.values(mapping.columns)
      .filter((c) => c && FIELDS[c.field].role === "output")
      .map((c) => c?.index),
  );
  return table.headers.map((_, i) => i).filter((i) => !outputColumns.has(i as never));
}

function isBlankRow(cells: readonly unknown[], inputIndexes: readonly number[]): boolean {
  for (const i of inputIndexes) if (!isBlank(cells[i])) return false;
  return true;
}

export function decideRows(ruleSet: RuleSet, evidence: RowEvidence): RowDecisions {
  const { table, rowScores, rules: prepared, manualGrades } = evidence;
  const rowCount = rowScores.length;
  const letterIndex = new Map(ruleSet.grades.map((g, i) => [g.letter, i]));
  const inputIndexes = inputColumns(table, evidence.mapping);

  const status = new Uint8Array(rowCount);
  const scores = new Float64Array(rowCount).fill(NaN);
  const computed = new Int16Array(rowCount).fill(-1);
  const finalGrade = new Int16Array(rowCount).fill(-1);
  const fired = new Uint32Array(rowCount);
  const ruleCount = prepared.rules.length;
  // Per-rule facts looked up once, not per row.
  const ruleKinds = prepared.rules.map((rule) => rule.kind);
  const capIndexes = prepared.rules.map((rule) =>
    rule.kind === "cap" ? (letterIndex.get(rule.grade.toUpperCase()) ?? 0) : 0,
  );

  for (let r = 0; r < rowCount; r++) {
    if (isBlankRow(table.rows[r] ?? [], inputIndexes)) {
      status[r] = STATUS_SKIPPED;
      continue;
    }
    const score = rowScores[r] as number;
    let mask = 0;
    let missingData = false;
    let capIndex = 0;
    let manual = -1;
    for (let k = 0; k < ruleCount; k++) {
      const kind = ruleKinds[k] as Rule["kind"];
      const holds = kind === "manualOverride" || (prepared.tests[k] as RowTest)(r);
      switch (kind) {
        case "require":
          if (!holds) {
            missingData = true;
            mask |= 1 << k;
          }
          break;
        case "cap":
          if (holds) {
            mask |= 1 << k;
            capIndex = Math.max(capIndex, capIndexes[k] as number);
          }
          break;
        case "flag":
          if (holds) mask |= 1 << k;
          break;
        case "manualOverride": {
          const letter = manualGrades?.[r];
          if (letter != null) {
            manual = letterIndex.get(letter) ?? -1;
            if (manual >= 0) mask |= 1 << k;
          }
          break;
        }
        default:
          assertNever(kind, "rule kind");
      }
    }
    fired[r] = mask >>> 0;
    if (missingData || score !== score) {
      status[r] = STATUS_INCOMPLETE;
      if (manual >= 0) finalGrade[r] = manual;
      continue;
    }
    const rounded = round1(score);
    scores[r] = rounded;
    const capped = Math.max(gradeForScore(ruleSet, rounded), capIndex);
    computed[r] = capped;
    finalGrade[r] = manual >= 0 ? manual : capped;
    status[r] = STATUS_GRADED;
  }
  return { status, scores, computed, finalGrade, fired };
}
