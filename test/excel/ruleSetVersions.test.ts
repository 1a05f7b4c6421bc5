/**
 * Earlier rule sets: each save keeps the rule set it replaces in the workbook, with when it was replaced, newest
 * first and at most five, in the same round trip as the new rule set; going back saves an earlier one the same
 * way, so going back can itself be undone.
 */
import { defaultRuleSetJson } from "../../src/engine";
import { createExcelAdapter } from "../../src/excel";
import { MAX_RULE_SET_VERSIONS } from "../../src/excel/ruleSetVersions";
import { createWorkbook } from "../../src/simulator";
import { hostOf } from "./fixtures";

const VERSIONS_KEY = "customerGrader.ruleSetVersions";
const RULES_KEY = "customerGrader.ruleSet";

/** The default rule set under another English name (and id), so each one is told apart. */
function rulesNamed(name: string): Record<string, unknown> {
  const json = defaultRuleSetJson() as Record<string, unknown> & { name: Record<string, string> };
  return { ...json, id: name.toLowerCase().replace(/ /g, "-"), name: { ...json.name, en: name } };
}

/** A workbook and an adapter whose clock moves on a minute at every save. */
function setUp(settings: Record<string, unknown> = {}) {
  const workbook = createWorkbook({ sheets: [{ name: "S" }], settings });
  let minute = 0;
  const clock = () => new Date(Date.UTC(2026, 11, 7, 10, minute));
  const adapter = createExcelAdapter(hostOf(workbook), { today: clock });
  const save = async (json: unknown) => {
    const saved = await adapter.saveRuleSet(json);
    minute += 1;
    return saved;
  };
  return { workbook, adapter, save, at: (m: number) => new Date(Date.UTC(2026, 11, 7, 10, m)).toISOString() };
}

describe("keeping the rule sets a save replaces", () => {
  test("each save keeps the one it replaced, newest first, with when it was replaced, in the same single sync", async () => {
    const { workbook, adapter, save, at } = setUp();
    await adapter.restore();
    for (const name of ["First", "Second", "Third"]) {
      workbook.resetStats();
      expect((await save(rulesNamed(name))).ok).toBe(true);
      expect(workbook.stats.syncs).toBe(1);
    }
    expect(adapter.ruleSetVersions().map((v) => [v.name.en, v.savedAt])).toEqual([
      ["Second", at(2)],
      ["First", at(1)],
      ["Default logistics customer grading", at(0)],
    ]);
    expect(adapter.ruleSetVersions()[0]).toMatchObject({ id: "second", json: rulesNamed("Second") });
    expect(workbook.settings[VERSIONS_KEY]).toEqual([
      { savedAt: at(2), ruleSet: rulesNamed("Second") },
      { savedAt: at(1), ruleSet: rulesNamed("First") },
      { savedAt: at(0), ruleSet: defaultRuleSetJson() },
    ]);
  });

  test(`at most ${MAX_RULE_SET_VERSIONS} are kept: the oldest is dropped`, async () => {
    const { adapter, save } = setUp();
    await adapter.restore();
    for (let i = 1; i <= MAX_RULE_SET_VERSIONS + 2; i++) expect((await save(rulesNamed(`Rules ${i}`))).ok).toBe(true);
    expect(adapter.ruleSetVersions().map((v) => v.name.en)).toEqual([
      "Rules 6",
      "Rules 5",
      "Rules 4",
      "Rules 3",
      "Rules 2",
    ]);
  });

  test("saving the same rule set again keeps no version and leaves the stored list alone", async () => {
    const { workbook, adapter, save } = setUp();
    await adapter.restore();
    await save(rulesNamed("First"));
    const stored = workbook.settings[VERSIONS_KEY];
    workbook.resetStats();
    expect((await save(rulesNamed("First"))).ok).toBe(true);
    expect(workbook.stats.syncs).toBe(1);
    expect(adapter.ruleSetVersions()).toHaveLength(1);
    expect(workbook.settings[VERSIONS_KEY]).toEqual(stored);
  });

  test("a refused rule set keeps no version and writes nothing", async () => {
    const { workbook, adapter, save } = setUp();
    await adapter.restore();
    await save(rulesNamed("First"));
    workbook.resetStats();
    expect((await save({ format: "customer-grader/rules", version: 1, grades: "A" })).ok).toBe(false);
    expect(workbook.stats.syncs).toBe(0);
    expect(adapter.ruleSetVersions().map((v) => v.name.en)).toEqual(["Default logistics customer grading"]);
  });

  test("another session of the workbook reads the versions back when it restores", async () => {
    const { workbook, adapter, save, at } = setUp();
    await adapter.restore();
    await save(rulesNamed("First"));
    await save(rulesNamed("Second"));
    const again = createExcelAdapter(hostOf(workbook));
    expect(again.ruleSetVersions()).toEqual([]);
    workbook.resetStats();
    await again.restore();
    expect(workbook.stats.syncs).toBe(1); // read with the binding and the rule set
    expect(again.ruleSet().name.en).toBe("Second");
    expect(again.ruleSetVersions().map((v) => [v.name.en, v.savedAt])).toEqual([
      ["First", at(1)],
      ["Default logistics customer grading", at(0)],
    ]);
  });
});

describe("going back", () => {
  test("restores the earlier rule set and keeps the current one as a version, so going back again undoes it", async () => {
    const { workbook, adapter, save, at } = setUp();
    await adapter.restore();
    await save(rulesNamed("First"));
    await save(rulesNamed("Second"));
    workbook.resetStats();
    const back = await adapter.restoreRuleSetVersion(0);
    expect(back.ok && back.value.name.en).toBe("First");
    expect(workbook.stats.syncs).toBe(1);
    expect(workbook.lastRequest()?.calculation).toBe("Full");
    expect(adapter.ruleSet().name.en).toBe("First");
    expect(workbook.settings[RULES_KEY]).toEqual(rulesNamed("First"));
    expect(adapter.ruleSetVersions().map((v) => [v.name.en, v.savedAt])).toEqual([
      ["Second", at(2)],
      ["First", at(1)],
      ["Default logistics customer grading", at(0)],
    ]);
    const undone = await adapter.restoreRuleSetVersion(0);
    expect(undone.ok && undone.value.name.en).toBe("Second");
  });

  test("an index past the list is a mistake in code, and nothing is written", async () => {
    const { workbook, adapter } = setUp();
    await adapter.restore();
    workbook.resetStats();
    await expect(adapter.restoreRuleSetVersion(0)).rejects.toThrow(RangeError);
    expect(workbook.stats.syncs).toBe(0);
  });
});

describe("stored versions that no longer validate", () => {
  const broken = { format: "customer-grader/rules", version: 1, grades: "A" };
  const stored = [
    { savedAt: "2026-12-01T08:00:00.000Z", ruleSet: broken },
    { savedAt: "2026-11-30T08:00:00.000Z", ruleSet: rulesNamed("Kept") },
    { savedAt: "not a date", ruleSet: rulesNamed("Undated") },
    "not a version",
  ];

  test("are skipped, never thrown; the list is still read and offered around them", async () => {
    const { adapter } = setUp({ [VERSIONS_KEY]: stored });
    const restored = await adapter.restore();
    expect(restored.ok).toBe(true);
    expect(adapter.ruleSetVersions().map((v) => [v.name.en, v.savedAt])).toEqual([
      ["Kept", "2026-11-30T08:00:00.000Z"],
    ]);
    const back = await adapter.restoreRuleSetVersion(0);
    expect(back.ok && back.value.name.en).toBe("Kept");
  });

  test("stay stored (a newer add-in may read them) until the cap pushes them out", async () => {
    const { workbook, adapter, save, at } = setUp({ [VERSIONS_KEY]: stored });
    await adapter.restore();
    await save(rulesNamed("First"));
    expect(workbook.settings[VERSIONS_KEY]).toEqual([
      { savedAt: at(0), ruleSet: defaultRuleSetJson() },
      stored[0],
      stored[1],
    ]);
  });

  test("a setting that is not a list reads as no versions", async () => {
    const { adapter } = setUp({ [VERSIONS_KEY]: { savedAt: "2026-12-01T08:00:00.000Z" } });
    expect((await adapter.restore()).ok).toBe(true);
    expect(adapter.ruleSetVersions()).toEqual([]);
  });
});
