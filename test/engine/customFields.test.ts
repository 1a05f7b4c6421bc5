/**
 * The analyst's own indicators: a rule set declares fields (结算方式, 客户评价, KPI得分) and grades them as it
 * grades the built-in ones; a file naming a field nobody declared is refused with the path, in the same round.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRuleSetJson, gradeTable, loadRuleSet, parseDate, type RuleSet } from "../../src/engine";

const SAMPLE = join(__dirname, "..", "..", "samples", "rules", "tms-own-indicators.rules.json");
const sampleJson = (): Record<string, unknown> => JSON.parse(readFileSync(SAMPLE, "utf8")) as Record<string, unknown>;

function sampleRules(): RuleSet {
  const loaded = loadRuleSet(sampleJson());
  if (!loaded.ok) throw new Error(loaded.error.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return loaded.value;
}

const asOf = parseDate("2026-11-30") as number;
const headers = ["客户简称", "结算方式", "时效要求", "客户评价", "KPI得分", "应收账款余额(万元)", "最长账龄(天)"];
const rows = [
  ["华东精密", "现结", "次日达", "好", 95, 0, 0],
  ["南方建材", "季结", "普通", "差", 62, 12, 40],
  ["北方食品", "月结", "隔日达", "一般", 80, 3, 10],
];

describe("a rule set with the analyst's own fields", () => {
  test("reads their columns and scores them like built-in fields", () => {
    const graded = gradeTable({ headers, rows }, sampleRules(), { asOf });
    if (!graded.ok) throw new Error(graded.error.message.en);
    const report = graded.value;
    expect(report.mapping.custom?.["settlement-terms"]).toMatchObject({
      header: "结算方式",
      type: "text",
      via: "alias",
    });
    expect(report.mapping.custom?.["kpi-score"]).toMatchObject({ header: "KPI得分", type: "count" });
    const points = (row: number, criterion: string) =>
      report.row(row).status === "skipped"
        ? null
        : (
            report.row(row) as {
              reasons: readonly {
                kind: string;
                criteria?: readonly { criterion: string; points: number | null; label: { en: string } }[];
              }[];
            }
          ).reasons
            .flatMap((r) => r.criteria ?? [])
            .find((c) => c.criterion === criterion);
    expect(points(0, "settlement")).toMatchObject({ points: 100, label: { en: "Settlement terms" } });
    expect(points(1, "settlement")?.points).toBe(40);
    expect(points(2, "rating")?.points).toBe(60);
    expect(points(0, "kpi")?.points).toBeCloseTo(87.5, 5);
    expect(report.outputs.grades[0]).not.toBe(report.outputs.grades[1]); // cash, rated good vs quarterly, rated poor
  });

  test("reports a word of the analyst's field that the rule set does not know, by row and column", () => {
    const graded = gradeTable({ headers, rows: [["西部化工", "赊账", "普通", "好", 70, 1, 5]] }, sampleRules(), {
      asOf,
    });
    if (!graded.ok) throw new Error(graded.error.message.en);
    expect(graded.value.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 0, column: 1, code: "unrecognised-words" },
    ]);
  });

  test("a header the analyst declared is theirs, even where a built-in field also knows it", () => {
    const json = sampleJson() as { fields: { aliases: string[] }[] };
    json.fields[0]?.aliases.push("时效要求"); // now also the settlement field's header (first match wins)
    const loaded = loadRuleSet(json);
    if (!loaded.ok) throw new Error("loads");
    const graded = gradeTable({ headers: ["客户简称", "时效要求"], rows: [["甲", "月结"]] }, loaded.value, { asOf });
    if (!graded.ok) throw new Error(graded.error.message.en);
    expect(graded.value.mapping.columns.servicePreferences).toBeUndefined();
    expect(graded.value.mapping.custom?.["settlement-terms"]?.header).toBe("时效要求");
  });

  test("a table without the analyst's columns grades as before, saying the own dimension is not assessed", () => {
    const graded = gradeTable(
      {
        headers: ["客户名称", "年交易额", "财务状况"],
        rows: [
          ["甲", 100, "良好"],
          ["乙", 300, "一般"],
        ],
      },
      sampleRules(),
      { asOf },
    );
    if (!graded.ok) throw new Error(graded.error.message.en);
    expect(graded.value.notAssessed.dimensions.map((d) => d.id)).toContain("own");
    expect(graded.value.notAssessed.message?.["zh-CN"]).toContain("客户评价");
  });
});

describe("checking the analyst's fields", () => {
  const paths = (json: unknown): string[] => {
    const loaded = loadRuleSet(json);
    return loaded.ok ? [] : loaded.error.map((p) => p.path);
  };

  test("a file without `fields` (every rule set written before them) loads unchanged", () => {
    const loaded = loadRuleSet(defaultRuleSetJson());
    expect(loaded.ok && loaded.value.fields).toEqual([]);
  });

  test("names a field that is neither built in nor declared, with its path", () => {
    const json = sampleJson() as { dimensions: { criteria: { field: string }[] }[]; rules: { anyOf?: string[] }[] };
    const own = json.dimensions.at(-1);
    if (own?.criteria[0]) own.criteria[0].field = "customer-ratings";
    const loaded = loadRuleSet(json);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problem = loaded.error.find((p) => p.path === `dimensions[${json.dimensions.length - 1}].criteria[0].field`);
    expect(problem?.messages["zh-CN"]).toContain("customer-ratings");
    expect(problem?.messages["zh-CN"]).toContain("fields");
  });

  test("names an unknown field in the same round as a schema problem elsewhere", () => {
    const json = sampleJson() as { dimensions: { weight: unknown; criteria: { field: string }[] }[] };
    const own = json.dimensions.at(-1);
    if (own?.criteria[0]) own.criteria[0].field = "nobody";
    if (json.dimensions[0]) json.dimensions[0].weight = "heavy";
    expect(paths(json)).toEqual(
      expect.arrayContaining(["dimensions[0].weight", `dimensions[${json.dimensions.length - 1}].criteria[0].field`]),
    );
  });

  test("refuses an id of a built-in field, a duplicate id, and a words criterion on a number field", () => {
    const json = sampleJson() as {
      fields: { id: string; type: string }[];
      dimensions: { criteria: { id: string; field: string }[] }[];
    };
    const [first, second, third] = json.fields;
    if (!first || !second || !third) throw new Error("the sample declares three fields");
    second.id = "profit";
    third.id = first.id;
    third.type = "words";
    first.type = "number"; // the settlement criterion reads words
    expect(paths(json)).toEqual(expect.arrayContaining(["fields[1].id", "fields[2].id"]));
    expect(paths(json).some((p) => p.endsWith(".field"))).toBe(true);
  });
});
