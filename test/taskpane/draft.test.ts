/** Editing a rule set's JSON in the pane: each edit is a new draft, the old one untouched, and the result validates. */
import { defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import {
  type Draft,
  setCapGrade,
  setConditionValue,
  setDimensionWeight,
  setGradeRemark,
  setLanguage,
  setMinScore,
  setWordPoints,
  setWords,
  splitWords,
  isRuleOn,
  setRuleOn,
  setRuleRemark,
  wordEntries,
} from "../../src/taskpane/rules/draft";

const fresh = (): Draft => defaultRuleSetJson() as Draft;
const capIndex = (draft: Draft, id: string): number => (draft.rules ?? []).findIndex((r) => r.id === id);

describe("rule-set draft edits", () => {
  test("change only what they name and leave the draft they were given as it was", () => {
    const draft = fresh();
    const before = JSON.stringify(draft);
    const edited = setMinScore(setDimensionWeight(draft, 0, 40), 1, 55);
    expect(JSON.stringify(draft)).toBe(before);
    expect(edited.dimensions[0]?.weight).toBe(40);
    expect(edited.grades[1]?.minScore).toBe(55);
    expect(edited.dimensions[1]).toBe(draft.dimensions[1]); // untouched parts are shared, not copied
  });

  test("a remark edit changes one language of one grade or rule, keeps its placeholders, and the loader fills them", () => {
    const draft = fresh();
    const before = JSON.stringify(draft);
    const stale = capIndex(draft, "stale-record");
    const edited = setGradeRemark(
      setRuleRemark(draft, stale, "en", "idle {daysSinceLastTransaction} days"),
      0,
      "zh-TW",
      "{minScore} 分以上",
    );
    expect(JSON.stringify(draft)).toBe(before);
    expect(edited.rules?.[stale]?.remark).toEqual({
      ...draft.rules?.[stale]?.remark,
      en: "idle {daysSinceLastTransaction} days",
    });
    expect(edited.grades[0]?.remark).toEqual({ ...draft.grades[0]?.remark, "zh-TW": "{minScore} 分以上" });
    expect(edited.grades[1]).toBe(draft.grades[1]);
    const loaded = loadRuleSet(edited);
    if (!loaded.ok) throw new Error(loaded.error.map((p) => p.path).join(", "));
    expect(loaded.value.rules.find((r) => r.id === "stale-record")?.remark.en).toBe("idle 365 days");
    expect(loaded.value.grades[0]?.remark["zh-TW"]).toBe("80 分以上");
  });

  test("every kind of edit gives a rule set the engine accepts", () => {
    let draft = fresh();
    const financial = draft.dimensions.findIndex((d) => d.id === "financial");
    draft = setWords(draft, financial, 0, 0, ["优秀", "excellent"]);
    draft = setWordPoints(draft, financial, 0, 0, 95);
    draft = setCapGrade(draft, capIndex(draft, "settle-balance"), "D");
    draft = setConditionValue(draft, capIndex(draft, "settle-balance"), 0, 60);
    draft = setLanguage(draft, "zh-TW");
    draft = setRuleOn(draft, capIndex(draft, "stale-record"), false);
    const loaded = loadRuleSet(draft);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.language).toBe("zh-TW");
    expect(loaded.value.rules.map((r) => r.id)).not.toContain("stale-record");
    const cap = loaded.value.rules.find((r) => r.id === "settle-balance");
    expect(cap?.kind === "cap" && [cap.grade, cap.when[0]?.value]).toEqual(["D", 60]);
    expect(wordEntries(draft.dimensions[financial]!.criteria[0]!)?.[0]).toEqual({
      words: ["优秀", "excellent"],
      points: 95,
    });
  });

  test("a rule switched off is kept with enabled: false, and switched on again is as it was", () => {
    const draft = fresh();
    const stale = capIndex(draft, "stale-record");
    const off = setRuleOn(draft, stale, false);
    expect(off.rules?.[stale]).toMatchObject({ id: "stale-record", enabled: false });
    expect(isRuleOn(off.rules![stale]!)).toBe(false);
    const on = setRuleOn(off, stale, true);
    expect(isRuleOn(on.rules![stale]!)).toBe(true);
    expect(on).toEqual(draft);
  });

  test("a number the analyst emptied stays NaN, so validation names its path", () => {
    const loaded = loadRuleSet(setMinScore(fresh(), 2, NaN));
    expect(!loaded.ok && loaded.error.map((p) => p.path)).toContain("grades[2].minScore");
  });

  test("word lists split on commas of either width, the ideographic comma, semicolons and new lines", () => {
    expect(splitWords("良好, 长期合作，按时付款、信誉好;守信\n good credit ;; ")).toEqual([
      "良好",
      "长期合作",
      "按时付款",
      "信誉好",
      "守信",
      "good credit",
    ]);
  });

  test("only word-list criteria have entries to edit", () => {
    const draft = fresh();
    expect(wordEntries(draft.dimensions[0]!.criteria[0]!)).toBeNull(); // a band criterion
  });
});
