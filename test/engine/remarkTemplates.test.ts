/**
 * Remarks are templates of their rule's own numbers: change the number and the words written into the row
 * change with it, in every language; a placeholder that names nothing of its rule is refused at its path.
 */
import { type Table, defaultRuleSetJson, gradeTable, loadRuleSet } from "../../src/engine";
import type { RuleSetInput } from "../../src/engine/rules/schema";
import { filledText, templateValues } from "../../src/engine/rules/remarkTemplates";

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
