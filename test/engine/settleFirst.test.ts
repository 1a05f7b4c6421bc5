/**
 * Year-end "must settle first" follows the rule set: by default the customers its overdue cap holds for, so
 * a customer a few days late is ordinary credit; the analyst may pick another cap, or any balance past due.
 */
import {
  type RuleSet,
  type SettleFirst,
  type Table,
  defaultRuleSetJson,
  fieldValues,
  gradeTable,
  loadRuleSet,
  overdueCap,
  yearEndScreening,
} from "../../src/engine";
import type { RuleSetInput } from "../../src/engine/rules/schema";

const AS_OF = 46082; // 2026-03-01

/** Customers late by 3, 75 and 120 days with a balance, one late with nothing owed, one never late. */
const TABLE: Table = {
  headers: ["客户名称", "年交易额", "逾期天数", "未结余额", "准时付款率", "毛利率", "最近交易日期"],
  rows: [
    ["三天客户", 3_000_000, 3, 80_000, 0.95, 0.2, "2026-02-20"],
    ["七十五天客户", 3_000_000, 75, 120_000, 0.8, 0.2, "2026-02-01"],
    ["一百二十天客户", 3_000_000, 120, 50_000, 0.6, 0.2, "2026-01-15"],
    ["无欠款客户", 3_000_000, 40, 0, 0.9, 0.2, "2026-02-10"],
    ["准时客户", 3_000_000, 0, 0, 1, 0.2, "2024-06-01"],
  ],
};

function ruleSet(edit: (json: RuleSetInput) => RuleSetInput = (json) => json): RuleSet {
  const loaded = loadRuleSet(edit(defaultRuleSetJson() as RuleSetInput));
  if (!loaded.ok) throw new Error(loaded.error.map((p) => `${p.path}: ${p.message}`).join("; "));
  return loaded.value;
}

const overdueCapAt =
  (days: number) =>
  (json: RuleSetInput): RuleSetInput => ({
    ...json,
    rules: (json.rules ?? []).map((rule) =>
      rule.id === "settle-balance" && rule.kind === "cap"
        ? { ...rule, when: rule.when.map((c) => (c.field === "overdueDays" ? { ...c, value: days } : c)) }
        : rule,
    ),
  });

function toSettle(rules: RuleSet, settleFirst?: SettleFirst) {
  const graded = gradeTable(TABLE, rules, { asOf: AS_OF });
  if (!graded.ok) throw new Error(graded.error.message.en);
  const screening = yearEndScreening(graded.value, fieldValues(TABLE, graded.value, AS_OF), settleFirst);
  return { rule: screening.settleRule?.id ?? null, names: screening.unsettled.map((u) => u.name), screening };
}

test("by default lists only the customers the overdue cap holds for (more than 90 days, a balance owed)", () => {
  const { rule, names } = toSettle(ruleSet());
  expect(rule).toBe("settle-balance");
  expect(names).toEqual(["一百二十天客户"]);
});

test("follows the cap's number: at 60 days the customer 75 days late must settle too", () => {
  expect(toSettle(ruleSet(overdueCapAt(60))).names).toEqual(["七十五天客户", "一百二十天客户"]);
});

test("'any balance past due' lists everyone late with something owed, however few days", () => {
  const { rule, names } = toSettle(ruleSet(), "anyOverdue");
  expect(rule).toBeNull();
  expect(names).toEqual(["三天客户", "七十五天客户", "一百二十天客户"]);
});

test("another cap can be picked; a row it holds for is listed even without a balance column value", () => {
  const { rule, screening } = toSettle(ruleSet(), { rule: "stale-record" });
  expect(rule).toBe("stale-record");
  expect(screening.unsettled.map((u) => [u.name, u.outstandingBalance, u.overdueDays])).toEqual([
    ["准时客户", 0, 0], // last business 2024-06-01: more than 365 days before the as-of date
  ]);
});

test("a pick the rule set no longer has falls back to its overdue cap", () => {
  expect(toSettle(ruleSet(), { rule: "gone-rule" }).rule).toBe("settle-balance");
  expect(toSettle(ruleSet(), { rule: "payment-data" }).rule).toBe("settle-balance"); // a require rule is no cap
});

test("a rule set without an overdue cap lists any balance past due", () => {
  const rules = ruleSet((json) => ({ ...json, rules: (json.rules ?? []).filter((r) => r.id !== "settle-balance") }));
  expect(overdueCap(rules)).toBeNull();
  const { rule, names } = toSettle(rules);
  expect(rule).toBeNull();
  expect(names).toEqual(["三天客户", "七十五天客户", "一百二十天客户"]);
});
