/**
 * Year-end screening (seed 002): the key accounts that should each have a dedicated representative, the
 * customers that must settle this year's balance before new business, and the candidates to drop (lowest
 * grade, no margin, no prospects). A list for the analyst to decide on: nothing here deletes anything.
 *
 * "Must settle first" follows the rule set: by default the customers its overdue cap holds for (the cap
 * reads "more than 90 days", so a customer 3 days late is ordinary credit, not on the list); the analyst may
 * pick another cap, or any balance past its due date.
 */
import type { FieldId } from "../fields";
import type { GradeReport } from "../grade/results";
import type { RuleSet } from "../rules/ruleSet";
import type { Rule } from "../rules/schema";
import type { FieldValues } from "./fieldValues";

/** Who must settle first: the customers a cap rule holds for (by its id), or anyone with a balance past due. */
export type SettleFirst = { readonly rule: string } | "anyOverdue";
type CapRule = Extract<Rule, { kind: "cap" }>;

export interface ScreenedCustomer {
  /** 0-based data row. */
  readonly row: number;
  readonly name: string;
  readonly grade: string;
  readonly score: number | null;
}

export interface KeyAccount extends ScreenedCustomer {
  /** The account manager's name, `null` when none is recorded (assign one). */
  readonly representative: string | null;
}

export interface UnsettledCustomer extends ScreenedCustomer {
  /** `null` when the row has none (a cap the analyst picked may not read the balance). */
  readonly outstandingBalance: number | null;
  readonly overdueDays: number | null;
}

export interface DropCandidate extends ScreenedCustomer {
  /** The gross margin (≤ 0). */
  readonly grossMargin: number;
  /** The lowest points the row got on the "future" criteria (potential, industry standing). */
  readonly futurePoints: number;
}

export interface YearEndScreening {
  readonly keyAccounts: readonly KeyAccount[];
  /** The cap rule the unsettled list follows; `null` when it lists any balance past due. */
  readonly settleRule: CapRule | null;
  readonly unsettled: readonly UnsettledCustomer[];
  readonly dropCandidates: readonly DropCandidate[];
}

/** Fields that measure seed 002's "future": the customer's prospects and standing in its industry. */
const FUTURE_FIELDS: readonly FieldId[] = ["potential", "industryStanding"];
/** Points at or below which a future criterion means "no prospects" (the default word lists give 20 to 低/弱). */
const NO_PROSPECTS_POINTS = 20;

/** The rule set's overdue cap: its first cap with a lower bound on days overdue; `null` when it has none. */
export function overdueCap(ruleSet: RuleSet): CapRule | null {
  for (const rule of ruleSet.rules) {
    if (rule.kind !== "cap") continue;
    if (rule.when.some((c) => c.field === "overdueDays" && (c.op === "gt" || c.op === "gte"))) return rule;
  }
  return null;
}

/**
 * The cap the unsettled list follows: the one the analyst chose while the rule set still has it, else the
 * overdue cap; `null` for "any balance past due" (chosen, or no cap to follow).
 */
export function settleRuleOf(ruleSet: RuleSet, choice?: SettleFirst): CapRule | null {
  if (choice === "anyOverdue") return null;
  if (choice !== undefined) {
    const chosen = ruleSet.rules.find((rule) => rule.id === choice.rule);
    if (chosen?.kind === "cap") return chosen;
  }
  return overdueCap(ruleSet);
}

export function yearEndScreening(
  report: GradeReport,
  values: FieldValues,
  settleFirst?: SettleFirst,
): YearEndScreening {
  const settleRule = settleRuleOf(report.ruleSet, settleFirst);
  const letters = report.ruleSet.grades.map((g) => g.letter);
  const top = letters[0];
  const lowest = letters[letters.length - 1];
  const managers = values.texts("accountManager");
  const balances = values.numbers("outstandingBalance");
  const overdue = values.numbers("overdueDays");
  const margins = values.numbers("grossMargin");
  const keyAccounts: KeyAccount[] = [];
  const unsettled: UnsettledCustomer[] = [];
  const dropCandidates: DropCandidate[] = [];
  for (let row = 0; row < report.rowCount; row++) {
    const grade = report.outputs.grades[row];
    if (grade == null) continue;
    const score = report.outputs.scores[row] ?? NaN;
    const base = (): ScreenedCustomer => ({
      row,
      name: report.row(row).name,
      grade,
      score: Number.isNaN(score) ? null : score,
    });
    if (grade === top) keyAccounts.push({ ...base(), representative: managers[row] ?? null });
    const balance = balances[row] ?? NaN;
    const daysOverdue = overdue[row] ?? NaN;
    const mustSettle = settleRule ? report.ruleFired(row, settleRule.id) : balance > 0 && daysOverdue > 0;
    if (mustSettle)
      unsettled.push({ ...base(), outstandingBalance: numberOrNull(balance), overdueDays: numberOrNull(daysOverdue) });
    const margin = margins[row] ?? NaN;
    if (grade !== lowest || !(margin <= 0)) continue;
    const future = futurePoints(report, row);
    if (future !== null && future <= NO_PROSPECTS_POINTS)
      dropCandidates.push({ ...base(), grossMargin: margin, futurePoints: future });
  }
  return { keyAccounts, settleRule, unsettled, dropCandidates };
}

const numberOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** The row's lowest points on a future criterion; `null` when it has no value for any (unknown ≠ none). */
function futurePoints(report: GradeReport, row: number): number | null {
  const result = report.row(row);
  if (result.status === "skipped") return null;
  let lowest: number | null = null;
  for (const reason of result.reasons) {
    if (reason.kind !== "dimension") continue;
    for (const criterion of reason.criteria) {
      if (!FUTURE_FIELDS.includes(criterion.field as FieldId) || criterion.points === null) continue;
      lowest = lowest === null ? criterion.points : Math.min(lowest, criterion.points);
    }
  }
  return lowest;
}
