/** An edited rule set is named as the analyst's own; the shipped default and a rule set with its own id keep theirs. */
import { defaultRuleSetJson } from "../../src/engine";
import type { Draft } from "../../src/taskpane/rules/draft";
import { setDimensionWeight } from "../../src/taskpane/rules/draft";
import { withOwnIdentity } from "../../src/taskpane/rules/ownIdentity";

const DAY = new Date(2026, 11, 7, 23, 30); // local time: the analyst's day, whatever the zone
const defaults = (): Draft => defaultRuleSetJson() as Draft;

test("the default with one weight changed becomes my-rules-<day>, named so in each language", () => {
  const own = withOwnIdentity(setDimensionWeight(defaults(), 0, 50), DAY);
  expect(own.id).toBe("my-rules-2026-12-07");
  expect(own.name).toEqual({
    "zh-CN": "我的物流客户分级规则（2026-12-07）",
    "zh-TW": "我的物流客戶分級規則（2026-12-07）",
    en: "My logistics customer grading (2026-12-07)",
  });
  expect(own.dimensions[0]?.weight).toBe(50);
});

test("the default unchanged, a rule set with its own id, and a name the analyst typed are kept", () => {
  expect(withOwnIdentity(defaults(), DAY)).toEqual(defaults());
  const theirs = { ...setDimensionWeight(defaults(), 0, 50), id: "north-branch" };
  expect(withOwnIdentity(theirs, DAY)).toBe(theirs);
  const named = {
    ...setDimensionWeight(defaults(), 0, 50),
    name: { "zh-CN": "华东项目", "zh-TW": "華東專案", en: "East China" },
  };
  const own = withOwnIdentity(named, DAY);
  expect([own.id, own.name.en]).toEqual(["my-rules-2026-12-07", "East China"]);
});
