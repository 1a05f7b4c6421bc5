import {
  CRITERION_KINDS,
  defaultRuleSet,
  defaultRuleSetJson,
  isRelativeToTable,
  loadRuleSet,
  RULESET_FORMAT,
} from "../../src/engine";
import { fixedBandRuleSet } from "../support/fixedBandRules";

type Json = Record<string, unknown>;
const clone = (): Json => defaultRuleSetJson() as Json;
const problemsOf = (json: unknown) => {
  const loaded = loadRuleSet(json);
  if (loaded.ok) throw new Error("expected the rule set to be refused");
  return loaded.error;
};
const paths = (json: unknown) => problemsOf(json).map((p) => p.path);

describe("the default rule set", () => {
  test("validates and has seed 002's five measures and seed 000's three dimensions", () => {
    const rules = defaultRuleSet();
    expect(rules.dimensions.map((d) => d.id)).toEqual([
      "volume",
      "yield",
      "safety",
      "future",
      "cooperation",
      "transport",
      "service",
      "financial",
    ]);
    expect(rules.grades.map((g) => g.letter)).toEqual(["A", "B", "C", "D"]);
  });

  test("speaks zh-CN, zh-TW and en in every label and remark", () => {
    const rules = defaultRuleSet();
    const texts = [
      rules.name,
      ...rules.dimensions.flatMap((d) => [d.label, ...d.criteria.flatMap((c) => (c.label ? [c.label] : []))]),
      ...rules.grades.map((g) => g.remark),
      ...rules.rules.map((r) => r.remark),
    ];
    for (const text of texts) expect(Object.keys(text).sort()).toEqual(["en", "zh-CN", "zh-TW"]);
  });

  test("scores the annual amount on the table's own scale, keeping the fixed bands available at weight 0", () => {
    const relative: string[] = CRITERION_KINDS.filter((k) => k.relativeToTable).map((k) => k.kind);
    const criteria = defaultRuleSet().dimensions.flatMap((d) => d.criteria);
    expect(criteria.filter((c) => relative.includes(c.kind)).map((c) => [c.id, c.kind, c.weight])).toEqual([
      ["annual-amount-rank", "percentile", 1],
    ]);
    expect(criteria.find((c) => c.id === "annual-amount")).toMatchObject({ kind: "band", weight: 0 });
    expect(isRelativeToTable(fixedBandRuleSet())).toBe(false);
  });

  test("exports as JSON that loads back to the same rule set", () => {
    const again = loadRuleSet(JSON.parse(JSON.stringify(defaultRuleSetJson())));
    expect(again.ok && again.value.dimensions).toEqual(defaultRuleSet().dimensions);
  });
});

describe("a rule set that does not validate", () => {
  test("is refused when it is not a rule set at all", () => {
    expect(paths({ hello: "world" })).toContain("format");
    expect(problemsOf(null)[0]?.message).toContain(RULESET_FORMAT);
    expect(problemsOf([1, 2])[0]?.path).toBe("format");
  });

  test("reports every problem with its JSON path, not just the first", () => {
    const json = clone();
    const dimensions = json.dimensions as Json[];
    const volume = dimensions[0] as Json;
    const criterion = (volume.criteria as Json[])[0] as Json;
    (criterion.bands as Json[])[1] = { atLeast: 1000000, points: 150 };
    criterion.field = "noSuchField";
    (dimensions[1] as Json).weight = -1;
    (json.grades as Json[])[3] = { letter: "D", minScore: 5, remark: { "zh-CN": "x", "zh-TW": "x", en: "x" } };
    const found = paths(json);
    expect(found).toEqual(
      expect.arrayContaining([
        "dimensions[0].criteria[0].bands[1].points",
        "dimensions[0].criteria[0].field",
        "dimensions[1].weight",
      ]),
    );
  });

  test("reports cross-field problems with their paths", () => {
    const json = clone();
    const grades = json.grades as Json[];
    (grades[1] as Json).minScore = 90; // above A's
    (grades[3] as Json).minScore = 5; // lowest grade must start at 0
    const rules = json.rules as Json[];
    rules.push({
      id: "bad-cap",
      kind: "cap",
      grade: "Z",
      when: [{ field: "overdueDays", op: "gt", value: 1 }],
      remark: { "zh-CN": "x", "zh-TW": "x", en: "x" },
    });
    rules.push({
      id: "manual-grade",
      kind: "flag",
      when: [{ field: "customerName", op: "gt", value: 1 }],
      remark: { "zh-CN": "x", "zh-TW": "x", en: "x" },
    });
    const criteria = ((json.dimensions as Json[])[5] as Json).criteria as Json[];
    (criteria[0] as Json).kind = "words"; // frequency is a number
    (criteria[0] as Json).entries = [{ words: ["x"], points: 1 }];
    delete (criteria[0] as Json).bands;
    delete (criteria[0] as Json).otherwise;
    const found = problemsOf(json);
    const at = (path: string) => found.filter((p) => p.path === path).map((p) => p.message);
    expect(at("grades[1].minScore")[0]).toMatch(/below the better grade/);
    expect(at("grades[3].minScore")[0]).toMatch(/start at 0/);
    expect(at(`rules[${rules.length - 2}].grade`)[0]).toMatch(/not one of the grades/);
    expect(at(`rules[${rules.length - 1}].id`)[0]).toMatch(/already used/);
    expect(at(`rules[${rules.length - 1}].when[0]`)[0]).toMatch(/holds text/);
    expect(at("dimensions[5].criteria[0].field")[0]).toMatch(/reads text/);
  });

  test("names the unknown criterion kind and the unknown keys of a kind", () => {
    const json = clone();
    const criteria = ((json.dimensions as Json[])[0] as Json).criteria as Json[];
    const n = criteria.length; // the pushed criteria are at n and n + 1
    criteria.push({ id: "mystery", field: "annualAmount", kind: "magic" });
    criteria.push({ id: "typo", field: "annualAmount", kind: "linear", from: 0, too: 100 });
    const found = paths(json);
    expect(found).toContain(`dimensions[0].criteria[${n}].kind`);
    expect(found).toEqual(expect.arrayContaining([`dimensions[0].criteria[${n + 1}].to`]));
  });

  test("still checks the shared keys of a criterion whose kind is unknown, in the same round", () => {
    const json = clone();
    const criteria = ((json.dimensions as Json[])[0] as Json).criteria as Json[];
    const n = criteria.length; // the pushed criteria are at n and n + 1
    criteria.push({ id: "mystery", field: "noSuchField", kind: "magic", weight: -1 });
    criteria.push({ id: "nameless", field: "annualAmount" });
    const found = problemsOf(json);
    const at = (path: string) => found.filter((p) => p.path === path).map((p) => p.messages);
    expect(at(`dimensions[0].criteria[${n}].kind`)).toEqual([
      {
        "zh-CN": "未知的 kind “magic”：请使用 band、linear、percentile、rank或words",
        "zh-TW": "未知的 kind 「magic」：請使用 band、linear、percentile、rank或words",
        en: 'unknown kind "magic": use band, linear, percentile, rank, or words',
      },
    ]);
    expect(at(`dimensions[0].criteria[${n}].field`)).toHaveLength(1);
    expect(at(`dimensions[0].criteria[${n}].weight`)).toHaveLength(1);
    expect(at(`dimensions[0].criteria[${n + 1}].kind`)[0]?.en).toBe(
      "missing kind: use band, linear, percentile, rank, or words",
    );
  });

  test("names a missing parameter of a known kind in the analyst's words", () => {
    const json = clone();
    const criterion = (((json.dimensions as Json[])[0] as Json).criteria as Json[])[0] as Json;
    delete criterion.bands;
    expect(problemsOf(json)).toEqual([
      {
        path: "dimensions[0].criteria[0].bands",
        message: "missing (expected a list)",
        messages: { "zh-CN": "缺少此项（应为列表）", "zh-TW": "缺少此項（應為清單）", en: "missing (expected a list)" },
      },
    ]);
  });

  test("checks a kind's own rule even when a shared key of the same criterion is wrong", () => {
    const json = clone();
    const criteria = ((json.dimensions as Json[])[0] as Json).criteria as Json[];
    const n = criteria.length; // the pushed criteria are at n and n + 1
    criteria.push({ id: "flat", field: "noSuchField", kind: "linear", from: 1, to: 1 });
    const found = problemsOf(json);
    expect(found.map((p) => p.path).sort()).toEqual([
      `dimensions[0].criteria[${n}].field`,
      `dimensions[0].criteria[${n}].to`,
    ]);
    expect(found.find((p) => p.path.endsWith(".to"))?.messages["zh-TW"]).toBe("from 與 to 不能相同");
  });
});

describe("a file with a wrong type somewhere", () => {
  test("still has its grade ladder checked, so every problem shows in one round", () => {
    const json = clone() as { grades: Json[]; dimensions: Json[]; rules: Json[] };
    json.dimensions[0]!.weight = "heavy"; // the schema fails here...
    json.grades[1]!.letter = json.grades[0]!.letter; // ...and these are cross-checks, which need the ladder
    const cap = json.rules.findIndex((rule) => rule.kind === "cap");
    json.rules[cap]!.grade = "E";
    expect(paths(json)).toEqual(
      expect.arrayContaining(["dimensions[0].weight", "grades[1].letter", `rules[${cap}].grade`]),
    );
  });

  test("does not check a ladder that is itself malformed (its own problems are reported instead)", () => {
    const json = clone() as { grades: Json[] };
    json.grades[1]!.minScore = "high";
    const found = paths(json);
    expect(found).toContain("grades[1].minScore");
    expect(found.filter((p) => p === "grades[1].minScore")).toHaveLength(1);
  });
});

describe("problems in the analyst's language", () => {
  test("every problem carries its message in zh-CN, zh-TW and en; the English one is `message`", () => {
    const json = clone() as { grades: Json[]; dimensions: Json[] };
    json.grades[0]!.minScore = 120; // zod's own check
    json.dimensions[2]!.weight = "heavy"; // zod's own check, with what it received
    (json.grades[1] as Json).letter = (json.grades[0] as Json).letter; // a cross-check of ours
    const problems = problemsOf(json);
    for (const p of problems) {
      expect(Object.keys(p.messages).sort()).toEqual(["en", "zh-CN", "zh-TW"]);
      expect(p.message).toBe(p.messages.en);
    }
    const minScore = problems.find((p) => p.path === "grades[0].minScore")!;
    expect(minScore.messages["zh-CN"]).toContain("数值过大");
    expect(minScore.messages["zh-CN"]).not.toMatch(/Too big/);
    const weight = problems.find((p) => p.path === "dimensions[2].weight")!;
    // What it should be and what the file holds, not the validator's "invalid input: expected number, received string".
    expect(weight.messages["zh-TW"]).toMatch(/^應為數字，這裡是/);
    expect(weight.messages["zh-CN"]).not.toMatch(/string|无效输入/);
  });

  test("the schema's and the cross-checks' own messages are translated, not passed through in English", () => {
    const badId = clone() as { id: string };
    badId.id = "Not Valid";
    expect(problemsOf(badId).find((p) => p.path === "id")?.messages["zh-CN"]).toBe(
      "只能使用小写字母、数字和连字符，并以字母开头",
    );
    const twice = clone() as { grades: Json[] };
    twice.grades[1]!.letter = twice.grades[0]!.letter;
    expect(problemsOf(twice).find((p) => p.path === "grades[1].letter")?.messages["zh-CN"]).toBe("等级 “A” 出现了两次");
    expect(problemsOf([]).map((p) => p.messages["zh-CN"])).toEqual([
      expect.stringContaining("这不是 Customer Grader 规则集"),
    ]);
  });
});

describe("a hard rule switched off", () => {
  const withStaleOff = () => {
    const json = clone() as { rules: Json[] };
    json.rules = json.rules.map((r) => (r.id === "stale-record" ? { ...r, enabled: false } : r));
    return json;
  };

  test("stays in the rule set's JSON but takes no part in grading", () => {
    const loaded = loadRuleSet(withStaleOff());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(loaded.value.rules.map((r) => r.id)).not.toContain("stale-record");
    expect(loaded.value.rules).toHaveLength(defaultRuleSet().rules.length - 1);
    expect((loaded.value.source as { rules: Json[] }).rules.find((r) => r.id === "stale-record")).toMatchObject({
      enabled: false,
    });
  });

  test("switched on again (enabled true, or the key left out) is applied as before", () => {
    const json = withStaleOff() as { rules: Json[] };
    json.rules = json.rules.map((r) => (r.id === "stale-record" ? { ...r, enabled: true } : r));
    const loaded = loadRuleSet(json);
    expect(loaded.ok && loaded.value.rules.map((r) => r.id)).toEqual(defaultRuleSet().rules.map((r) => r.id));
  });

  test("`enabled` must be true or false", () => {
    const json = clone() as { rules: Json[] };
    json.rules[0]!.enabled = "no";
    expect(paths(json)).toContain("rules[0].enabled");
  });
});
