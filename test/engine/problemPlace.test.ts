/**
 * A rule-set problem says where it is in the analyst's words, named from the file itself (维度“年交易量” › 权重),
 * and what is wrong without validator jargon ("应为数字，这里是文字“三十”", not "期望 数字，实际接收 string").
 */
import { defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import { pathParts, placeOf, problemPlace } from "../../src/engine/rules/problemPlace";
import type { RuleSetInput } from "../../src/engine/rules/schema";

const edited = (edit: (json: RuleSetInput) => void): RuleSetInput => {
  const json = structuredClone(defaultRuleSetJson()) as RuleSetInput;
  edit(json);
  return json;
};

/** The loader's problems, each with its place named from the same JSON, as the pane shows them. */
function problemsOf(json: unknown) {
  const loaded = loadRuleSet(json);
  if (loaded.ok) throw new Error("expected the rule set to be refused");
  return loaded.error.map((problem) => ({ ...problem, place: placeOf(problem, json) }));
}

test("a weight typed as text: the dimension by its label, in each language, and what the file holds instead", () => {
  const [problem, ...rest] = problemsOf(edited((json) => Reflect.set(json.dimensions[0] as object, "weight", "三十")));
  expect(rest).toEqual([]);
  expect(problem?.path).toBe("dimensions[0].weight"); // kept for the file and the command line
  expect(problem?.place).toEqual({
    "zh-CN": "维度“年交易量” › 权重",
    "zh-TW": "維度「年交易量」 › 權重",
    en: 'dimension "Annual volume" › weight',
  });
  expect(problem?.messages).toEqual({
    "zh-CN": "应为数字，这里是文字“三十”",
    "zh-TW": "應為數字，這裡是文字「三十」",
    en: 'should be a number, but is the text "三十"',
  });
});

test("a criterion's empty band list and a grade's empty remark: named by criterion label and grade letter", () => {
  const problems = problemsOf(
    edited((json) => {
      Reflect.set(json.dimensions[1]?.criteria[0] as object, "bands", []);
      Reflect.set(json.grades[0]?.remark as object, "en", "");
    }),
  );
  const byPath = new Map(problems.map((p) => [p.path, p]));
  const bands = byPath.get("dimensions[1].criteria[0].bands");
  expect(bands?.place?.["zh-CN"]).toMatch(/^维度“.+” › 标准“.+” › 分档$/);
  expect(bands?.messages).toEqual({ "zh-CN": "至少需要 1 项", "zh-TW": "至少需要 1 項", en: "needs at least 1 entry" });
  const remark = byPath.get("grades[0].remark.en");
  expect(remark?.place).toEqual({
    "zh-CN": "等级 A › 备注 › 英文",
    "zh-TW": "等級 A › 備註 › 英文",
    en: "grade A › remark › English",
  });
  expect(remark?.messages["zh-CN"]).toBe("不能为空");
});

test("a problem the loader finds beyond the schema is placed too: a hard rule by its remark", () => {
  const problems = problemsOf(
    edited((json) => {
      const rule = json.rules?.find((r) => r.id === "settle-balance");
      Reflect.set(rule?.remark as object, "zh-CN", "超过{days}天");
    }),
  );
  expect(problems.map((p) => [p.path, p.place?.["zh-CN"]])).toEqual([
    [expect.stringMatching(/^rules\[\d+\]\.remark\.zh-CN$/), "硬性规则“超过{days}天” › 备注 › 简体中文"],
  ]);
});

test("no entry to name from: numbered; the whole file; a key the rule set does not know, quoted", () => {
  expect(problemPlace(["rules", 2, "when", 0, "value"], { rules: [] })["zh-CN"]).toBe(
    "第 3 条硬性规则 › 第 1 个条件 › 比较的值",
  );
  expect(problemPlace([], {})).toEqual({ "zh-CN": "整个文件", "zh-TW": "整個檔案", en: "the whole file" });
  expect(problemPlace(["colour"], {}).en).toBe('"colour"');
  const long = "这是一条非常非常长的备注文字用来测试截断是否正确";
  expect(problemPlace(["rules", 0, "grade"], { rules: [{ remark: { en: long, "zh-CN": long } }] })["zh-CN"]).toBe(
    "硬性规则“这是一条非常非常长的备注文字用来…” › 最高等级",
  );
});

test("paths as the loader writes them read back into their parts", () => {
  expect(pathParts("dimensions[0].criteria[12].bands[2].points")).toEqual([
    "dimensions",
    0,
    "criteria",
    12,
    "bands",
    2,
    "points",
  ]);
  expect(pathParts("rules[3].remark.zh-CN")).toEqual(["rules", 3, "remark", "zh-CN"]);
  expect(pathParts("(root)")).toEqual([]);
});
