/**
 * Remarks are templates of their rule's own numbers: change the number and the words written into the row
 * change with it, in every language; a placeholder that names nothing of its rule is refused at its path.
 */
import { type Table, defaultRuleSetJson, gradeTable, loadRuleSet } from "../../src/engine";
import type { RuleSetInput } from "../../src/engine/rules/schema";
import { filledText, templateValues } from "../../src/engine/rules/remarkTemplates";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const AS_OF = 46082; // 2026-03-01

/** Two customers: 75 days overdue with a balance, and one paying on time. */
const TABLE: Table = {
  headers: ["客户名称", "年交易额", "逾期天数", "未结余额", "准时付款率", "毛利率"],
  rows: [
    ["远航电子有限公司", 3_000_000, 75, 120_000, 0.9, 0.3],
    ["恒通食品有限公司", 3_000_000, 0, 0, 1, 0.3],
  ],
};

function withOverdueCap(days: number, language: "zh-CN" | "zh-TW" | "en"): RuleSetInput {
  const json = defaultRuleSetJson() as RuleSetInput;
  return {
    ...json,
    language,
    rules: (json.rules ?? []).map((rule) =>
      rule.id === "settle-balance" && rule.kind === "cap"
        ? { ...rule, when: rule.when.map((c) => (c.field === "overdueDays" ? { ...c, value: days } : c)) }
        : rule,
    ),
  };
}

function remarksBy(json: RuleSetInput): readonly string[] {
  const loaded = loadRuleSet(json);
  if (!loaded.ok) throw new Error(loaded.error.map((p) => `${p.path}: ${p.message}`).join("; "));
  const graded = gradeTable(TABLE, loaded.value, { asOf: AS_OF });
  if (!graded.ok) throw new Error(graded.error.message.en);
  return graded.value.outputs.remarks;
}

test.each([
  ["zh-CN", "欠款逾期超过60天"],
  ["zh-TW", "欠款逾期超過60天"],
  ["en", "balance overdue more than 60 days"],
] as const)("the overdue cap set to 60 days writes 60 into a 75-days-overdue row's remark (%s)", (lang, words) => {
  const [late, onTime] = remarksBy(withOverdueCap(60, lang));
  expect(late).toContain(words);
  expect(late).not.toContain("90");
  expect(onTime).not.toContain(words);
});

test("at the default 90 days the same customer is not capped; at 70 it is, and the remark says 70", () => {
  expect(remarksBy(withOverdueCap(90, "zh-CN"))[0]).not.toContain("欠款逾期超过");
  expect(remarksBy(withOverdueCap(70, "zh-CN"))[0]).toContain("欠款逾期超过70天");
});

test("a placeholder that names nothing of its rule is refused at the remark's path, naming what it can use", () => {
  const json = defaultRuleSetJson() as RuleSetInput;
  const rules = (json.rules ?? []).map((rule) =>
    rule.id === "settle-balance" ? { ...rule, remark: { ...rule.remark, en: "over {overdueDay} days" } } : rule,
  );
  const index = rules.findIndex((r) => r.id === "settle-balance");
  const loaded = loadRuleSet({ ...json, rules });
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  expect(loaded.error).toHaveLength(1);
  expect(loaded.error[0]?.path).toBe(`rules[${index}].remark.en`);
  expect(loaded.error[0]?.message).toContain("{overdueDays}");
  expect(loaded.error[0]?.messages["zh-CN"]).toContain("{overdueDay}");
});

test("a share reads as a per cent, a cap's grade and a grade's threshold by name, other braces as written", () => {
  const values = templateValues({
    kind: "cap",
    grade: "c",
    when: [
      { field: "overdueShare", value: 0.5 },
      { field: "overdueShare", value: 0.9 },
      { field: "exposure", value: { field: "creditLimit" } },
    ],
  });
  expect(filledText("{overdueShare%} overdue, at most {grade}", values)).toBe("50% overdue, at most C");
  expect(filledText("ratio {overdueShare}", values)).toBe("ratio 0.5");
  expect(values.has("exposure")).toBe(false);
  expect(filledText("score ≥ {minScore}", templateValues({ letter: "A", minScore: 80 }))).toBe("score ≥ 80");
  expect(filledText("{ no placeholder }", values)).toBe("{ no placeholder }");
});

/** The default rule set with one condition's number changed, and what its loaded rule's remark says. */
function remarkWith(id: string, field: string, value: number): Record<"zh-CN" | "zh-TW" | "en", string> {
  const json = defaultRuleSetJson() as RuleSetInput;
  const rules = (json.rules ?? []).map((rule) =>
    rule.id === id && rule.kind === "cap"
      ? { ...rule, when: rule.when.map((c) => (c.field === field ? { ...c, value } : c)) }
      : rule,
  );
  const loaded = loadRuleSet({ ...json, rules });
  if (!loaded.ok) throw new Error(loaded.error.map((p) => `${p.path}: ${p.message}`).join("; "));
  const rule = loaded.value.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.remark;
}

test.each([
  [365, { "zh-CN": "超过365天无交易", "zh-TW": "超過365天無交易", en: "no business for more than 365 days" }],
  [180, { "zh-CN": "超过180天无交易", "zh-TW": "超過180天無交易", en: "no business for more than 180 days" }],
] as const)("the stale-record cap names its days: %i days", (days, words) => {
  const remark = remarkWith("stale-record", "daysSinceLastTransaction", days);
  expect(remark["zh-CN"]).toContain(words["zh-CN"]);
  expect(remark["zh-TW"]).toContain(words["zh-TW"]);
  expect(remark.en).toContain(words.en);
});

test.each([
  [
    0.5,
    { "zh-CN": "50%以上的欠款已逾期", "zh-TW": "50%以上的欠款已逾期", en: "50% or more of the balance is overdue" },
  ],
  [
    0.3,
    { "zh-CN": "30%以上的欠款已逾期", "zh-TW": "30%以上的欠款已逾期", en: "30% or more of the balance is overdue" },
  ],
] as const)("the mostly-overdue cap names its share as a per cent: %d", (share, words) => {
  const remark = remarkWith("mostly-overdue", "overdueShare", share);
  expect(remark["zh-CN"]).toContain(words["zh-CN"]);
  expect(remark["zh-TW"]).toContain(words["zh-TW"]);
  expect(remark.en).toContain(words.en);
});

/** The default rule set and every sample rule set, by file name. */
function ruleSetFiles(): [string, RuleSetInput][] {
  const samples = join(__dirname, "../../samples/rules");
  return [
    ["default-rules.json", defaultRuleSetJson() as RuleSetInput],
    ...readdirSync(samples)
      .filter((file) => file.endsWith(".json"))
      .map((file): [string, RuleSetInput] => [
        file,
        JSON.parse(readFileSync(join(samples, file), "utf8")) as RuleSetInput,
      ]),
  ];
}

test("no remark of the default rules or the sample rule sets holds a number its rule could name instead", () => {
  // A remark naming the rule's number as written would stop saying the truth once the number is changed.
  for (const [name, json] of ruleSetFiles()) {
    for (const rule of (json.rules ?? []) as { when?: { value?: unknown }[]; remark: Record<string, string> }[]) {
      for (const { value } of rule.when ?? []) {
        if (typeof value !== "number" || value === 0) continue;
        for (const text of Object.values(rule.remark))
          expect(`${name}: ${text}`).not.toMatch(
            new RegExp(`(?<![\\d.])(${value}|${value * 100}%)(?![\\d.])|一年|一半|over a year|half or more`),
          );
      }
    }
  }
});
