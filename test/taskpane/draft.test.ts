/** Editing a rule set's JSON in the pane: each edit is a new draft, the old one untouched, and the result validates. */
import { defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import {
  type Draft,
  setCapGrade,
  setConditionValue,
  setDimensionWeight,
  setLanguage,
  setMinScore,
  setWordPoints,
  setWords,
  splitWords,
  isRuleOn,
  setRuleOn,
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
