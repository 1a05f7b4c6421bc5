/**
 * Rules per table: a table may have a rule set of its own (`customerGrader.ruleSetByTable`, under its id) or share
 * the workbook's. Binding a table puts its rules in force; saving and going back write where they live; the
 * `=CG.*` formulas keep the workbook's. Simulator results, not Excel results.
 */
import { defaultRuleSetJson } from "../../src/engine";
import { createExcelAdapter } from "../../src/excel";
import { TODAY, hostOf, twoSeedTables } from "./fixtures";

const BY_TABLE = "customerGrader.ruleSetByTable";
const RULES = "customerGrader.ruleSet";
const VERSIONS = "customerGrader.ruleSetVersions";

type RulesJson = Record<string, unknown> & { grades: { letter: string; minScore: number }[] };

/** The default rules under `name`, with the lowest score of `letter` moved to `minScore`. */
function rulesWith(name: string, letter: string, minScore: number): RulesJson {
  const json = defaultRuleSetJson() as RulesJson & { name: Record<string, string> };
  return {
    ...json,
    id: name.toLowerCase().replace(/ /g, "-"),
    name: { ...json.name, en: name },
    grades: json.grades.map((g) => (g.letter === letter ? { ...g, minScore } : g)),
  };
}
// The seed customers score 97.3, 55.8 and 36.3: A, B, C by the default rules.
const STRICT_A = rulesWith("Strict A", "A", 98); // B, B, C
const STRICT_C = rulesWith("Strict C", "C", 40); // A, B, D

function setUp(settings: Record<string, unknown> = {}) {
  const workbook = twoSeedTables(settings);
  let minute = 0;
  const clock = () => new Date(Date.UTC(2026, 11, 7, 10, minute++));
  const adapter = createExcelAdapter(hostOf(workbook), { today: clock });
  const grades = (table: string) => workbook.tableValues(table).rows.map((r) => r[6]);
  const gradeAll = async () => {
    const done = await adapter.gradeAll();
    if (!done.ok) throw new Error(done.error.message.en);
    return done.value;
  };
  return { workbook, adapter, grades, gradeAll };
}

describe("each table with rules of its own", () => {
  test("grading one table by its rules never changes the other's grades", async () => {
    const { workbook, adapter, grades, gradeAll } = setUp();
    await adapter.bind("NorthCustomers");
    expect((await adapter.useOwnRuleSet(true)).ok).toBe(true);
    expect((await adapter.saveRuleSet(STRICT_A)).ok).toBe(true);
    await gradeAll();
    expect(grades("NorthCustomers")).toEqual(["B", "B", "C"]);

    await adapter.bind("SouthCustomers");
    expect(adapter.bound()?.rulesFrom).toBe("workbook");
    expect(adapter.ruleSet().id).toBe("default");
    await adapter.useOwnRuleSet(true);
    await adapter.saveRuleSet(STRICT_C);
    await gradeAll();
    expect(grades("SouthCustomers")).toEqual(["A", "B", "D"]);
    expect(grades("NorthCustomers")).toEqual(["B", "B", "C"]);

    // Back on the first table, its own rules are in force again: grading it again changes nothing anywhere.
    const north = await adapter.bind("NorthCustomers");
    expect(north.ok && [north.value.rulesFrom, north.value.ruleSet.id]).toEqual(["table", "strict-a"]);
    expect((await gradeAll()).cellsWritten).toBe(0);
    expect(grades("SouthCustomers")).toEqual(["A", "B", "D"]);
    // The workbook's own rules were never touched, and they are what the =CG.* formulas grade by.
    expect(workbook.settings[RULES]).toBeUndefined();
    expect(adapter.workbookRuleSet().id).toBe("default");
    expect(Object.keys(workbook.settings[BY_TABLE] as object).sort()).toEqual(["{N}", "{S}"]);
  });

  test("a table's own save is one sync and sends no recalculation: the formulas keep the workbook's rules", async () => {
    const { workbook, adapter } = setUp();
    await adapter.bind("NorthCustomers");
    workbook.resetStats();
    await adapter.useOwnRuleSet(true);
    expect(workbook.stats.syncs).toBe(1);
    workbook.resetStats();
    expect((await adapter.saveRuleSet(STRICT_A)).ok).toBe(true);
    expect(workbook.stats.syncs).toBe(1);
    expect(workbook.lastRequest()?.calculation).toBeNull();
    expect(adapter.workbookRuleSet().id).toBe("default");
    // A refused rule set writes nothing, wherever the rules live.
    workbook.resetStats();
    expect((await adapter.saveRuleSet({ format: "customer-grader/rules", version: 1, grades: "A" })).ok).toBe(false);
    expect(workbook.stats.syncs).toBe(0);
    expect(adapter.ruleSet().id).toBe("strict-a");
  });

  test("turning its own rules on copies the workbook's in, grades alike, and adds no version anywhere", async () => {
    const { workbook, adapter, grades, gradeAll } = setUp();
    await adapter.bind("NorthCustomers");
    await adapter.saveRuleSet(STRICT_C); // the workbook's rules, with the default kept as their version
    await gradeAll();
    const workbookVersions = workbook.settings[VERSIONS];
    const own = await adapter.useOwnRuleSet(true);
    expect(own.ok && own.value.rulesFrom).toBe("table");
    expect(workbook.settings[BY_TABLE]).toEqual({ "{N}": { json: STRICT_C, versions: [] } });
    expect(workbook.settings[VERSIONS]).toEqual(workbookVersions);
    expect(adapter.ruleSetVersions()).toEqual([]);
    expect((await gradeAll()).cellsWritten).toBe(0);
    expect(grades("NorthCustomers")).toEqual(["A", "B", "D"]);
  });

  test("switching back to shared keeps the table's own rules, turned off: it grades by the workbook's again", async () => {
    const { workbook, adapter, grades, gradeAll } = setUp();
    await adapter.bind("NorthCustomers");
    await adapter.useOwnRuleSet(true);
    await adapter.saveRuleSet(STRICT_A);
    await gradeAll();
    expect(grades("NorthCustomers")).toEqual(["B", "B", "C"]);
    const shared = await adapter.useOwnRuleSet(false);
    expect(shared.ok && [shared.value.rulesFrom, shared.value.ruleSet.id]).toEqual(["workbook", "default"]);
    expect(workbook.settings[BY_TABLE]).toEqual({
      "{N}": { json: STRICT_A, versions: expect.any(Array), shared: true },
    });
    expect(adapter.ruleSet().id).toBe("default");
    await gradeAll();
    expect(grades("NorthCustomers")).toEqual(["A", "B", "C"]);
    // Saving now writes the workbook's rules, shared by the other table too.
    await adapter.saveRuleSet(STRICT_C);
    expect(workbook.settings[RULES]).toEqual(STRICT_C);
    await adapter.bind("SouthCustomers");
    expect(adapter.ruleSet().id).toBe("strict-c");
  });

  test("turned off and on again, the table's own rules come back as they were, versions and all", async () => {
    const { workbook, adapter, grades, gradeAll } = setUp();
    await adapter.bind("NorthCustomers");
    await adapter.useOwnRuleSet(true);
    await adapter.saveRuleSet(STRICT_A);
    const stored = (workbook.settings[BY_TABLE] as Record<string, unknown>)["{N}"];
    const versions = adapter.ruleSetVersions();
    await adapter.useOwnRuleSet(false);
    await adapter.saveRuleSet(STRICT_C); // the workbook's rules change meanwhile
    const again = await adapter.useOwnRuleSet(true);
    expect(again.ok && [again.value.rulesFrom, again.value.ruleSet.id]).toEqual(["table", "strict-a"]);
    expect((workbook.settings[BY_TABLE] as Record<string, unknown>)["{N}"]).toEqual(stored);
    expect(adapter.ruleSetVersions()).toEqual(versions);
    await gradeAll();
    expect(grades("NorthCustomers")).toEqual(["B", "B", "C"]); // by its own rules (STRICT_A), not STRICT_C
  });

  test("without a table bound there is nothing to switch, and nothing is written", async () => {
    const { workbook, adapter } = setUp();
    workbook.resetStats();
    const refused = await adapter.useOwnRuleSet(true);
    expect(!refused.ok && refused.error.code).toBe("not-bound");
    expect(workbook.stats.syncs).toBe(0);
  });
});

describe("a table's own rules that no longer validate", () => {
  const broken = { format: "customer-grader/rules", version: 1, grades: "A" };
  const stored = { "{N}": { json: broken, versions: [] }, "{other}": { json: "kept as it was", versions: 3 } };

  test("fall back to the workbook's rules, are said so, and stay stored unchanged", async () => {
    const { workbook, adapter, grades, gradeAll } = setUp({ [BY_TABLE]: stored, [RULES]: STRICT_C });
    await adapter.restore();
    const north = await adapter.bind("NorthCustomers");
    expect(north.ok && [north.value.rulesFrom, north.value.ruleSet.id]).toEqual(["unreadable-own", "strict-c"]);
    await gradeAll();
    expect(grades("NorthCustomers")).toEqual(["A", "B", "D"]);
    // Saving meanwhile saves the rules in force: the workbook's.
    await adapter.saveRuleSet(STRICT_A);
    expect(workbook.settings[RULES]).toEqual(STRICT_A);
    expect(workbook.settings[BY_TABLE]).toEqual(stored);
  });

  test("turning the table's own rules on replaces them with the workbook's, keeping the old ones as a version not offered", async () => {
    const { workbook, adapter } = setUp({ [BY_TABLE]: stored });
    await adapter.bind("NorthCustomers");
    const own = await adapter.useOwnRuleSet(true);
    expect(own.ok && own.value.rulesFrom).toBe("table");
    const entries = workbook.settings[BY_TABLE] as Record<string, { json: unknown; versions: { ruleSet: unknown }[] }>;
    expect(entries["{N}"]?.json).toEqual(defaultRuleSetJson());
    expect(entries["{N}"]?.versions.map((v) => v.ruleSet)).toEqual([broken]);
    expect(entries["{other}"]).toEqual(stored["{other}"]);
    expect(adapter.ruleSetVersions()).toEqual([]);
  });

  test("a setting that is not an object of entries reads as none: every table shares the workbook's", async () => {
    const { adapter } = setUp({ [BY_TABLE]: ["not", "entries"] });
    const north = await adapter.bind("NorthCustomers");
    expect(north.ok && north.value.rulesFrom).toBe("workbook");
  });
});

describe("versions per table", () => {
  test("each table keeps the rule sets its own saves replaced; the workbook keeps its own", async () => {
    const { workbook, adapter } = setUp();
    await adapter.bind("NorthCustomers");
    await adapter.useOwnRuleSet(true);
    await adapter.saveRuleSet(STRICT_A);
    await adapter.saveRuleSet(STRICT_C);
    expect(adapter.ruleSetVersions().map((v) => v.id)).toEqual(["strict-a", "default"]);

    await adapter.bind("SouthCustomers");
    expect(adapter.ruleSetVersions()).toEqual([]);
    await adapter.saveRuleSet(STRICT_A);
    expect(adapter.ruleSetVersions().map((v) => v.id)).toEqual(["default"]);

    await adapter.bind("NorthCustomers");
    expect(adapter.ruleSetVersions().map((v) => v.id)).toEqual(["strict-a", "default"]);
    workbook.resetStats();
    const back = await adapter.restoreRuleSetVersion(0);
    expect(back.ok && back.value.id).toBe("strict-a");
    expect(workbook.stats.syncs).toBe(1);
    expect(adapter.ruleSetVersions().map((v) => v.id)).toEqual(["strict-c", "strict-a", "default"]);
    // Going back on one table left the workbook's rules (the other table's) as they were.
    expect(workbook.settings[RULES]).toEqual(STRICT_A);
    expect((workbook.settings[VERSIONS] as { ruleSet: unknown }[]).map((v) => v.ruleSet)).toEqual([
      defaultRuleSetJson(),
    ]);
  });
});

describe("reopening the workbook", () => {
  test("restore puts the bound table's own rules and versions in force; the formulas get the workbook's", async () => {
    const { workbook, adapter } = setUp();
    await adapter.bind("NorthCustomers");
    await adapter.saveRuleSet(STRICT_C); // the workbook's
    await adapter.useOwnRuleSet(true);
    await adapter.saveRuleSet(STRICT_A); // the table's own
    const again = createExcelAdapter(hostOf(workbook), { today: TODAY });
    workbook.resetStats();
    const restored = await again.restore();
    expect(restored.ok && [restored.value?.binding.tableName, restored.value?.rulesFrom]).toEqual([
      "NorthCustomers",
      "table",
    ]);
    expect(again.ruleSet().id).toBe("strict-a");
    expect(again.workbookRuleSet().id).toBe("strict-c");
    expect(again.ruleSetVersions().map((v) => v.id)).toEqual(["strict-c"]);
    // The table's own rules come with its header: no round trip of their own.
    expect(workbook.stats.syncs).toBe(2);
    // Another table bound in that session shares the workbook's.
    await again.bind("SouthCustomers");
    expect(again.ruleSet().id).toBe("strict-c");
    expect(again.ruleSetVersions().map((v) => v.id)).toEqual(["default"]);
  });

  test("a table bound after reopening, shared in the first session, stays shared", async () => {
    const { workbook, adapter } = setUp();
    await adapter.bind("SouthCustomers");
    await adapter.saveRuleSet(STRICT_C);
    const again = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const restored = await again.restore();
    expect(restored.ok && restored.value?.rulesFrom).toBe("workbook");
    expect(again.ruleSet().id).toBe("strict-c");
  });
});
