/**
 * Every number of a rule set is held to a range that keeps every score finite: refused where it is declared,
 * with its path, the number given and the range, in each language. The edges are table-driven: for each kind of
 * number, one field of the default rule set, just inside each end accepted and just outside refused.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  NUMBER_RANGES,
  type RuleSet,
  defaultRuleSet,
  defaultRuleSetJson,
  gradeTable,
  loadRuleSet,
} from "../../src/engine";
import { fixedBandRuleSetJson } from "../support/fixedBandRules";

type Range = (typeof NUMBER_RANGES)[keyof typeof NUMBER_RANGES];
type Path = readonly (string | number)[];

/** The next double above (`+1`) or below (`-1`) `x`: the first number outside a closed end. */
function nextDouble(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, bits + (x > 0 === direction > 0 ? 1n : -1n));
  return view.getFloat64(0);
}

const shown = (path: Path): string =>
  path.reduce<string>((out, p) => (typeof p === "number" ? `${out}[${p}]` : out ? `${out}.${p}` : p), "");

function withValue(path: Path, value: unknown): Record<string, unknown> {
  const json = defaultRuleSetJson() as Record<string, unknown>;
  let at: Record<string | number, unknown> = json;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return json;
}

const problemsAt = (json: unknown, path: Path) => {
  const loaded = loadRuleSet(json);
  return loaded.ok ? [] : loaded.error.filter((p) => p.path === shown(path));
};

/**
 * One field of the default rule set for each kind of number, and its range. Fields chosen so the edge values
 * pass the cross-checks too (a weight of 0 where other criteria keep theirs; the lowest grade's minScore at 0).
 */
const FIELDS: readonly {
  readonly what: string;
  readonly path: Path;
  readonly range: Range;
  readonly ends?: "min" | "max";
}[] = [
  { what: "a dimension's weight", path: ["dimensions", 0, "weight"], range: NUMBER_RANGES.weight },
  { what: "a criterion's weight", path: ["dimensions", 2, "criteria", 0, "weight"], range: NUMBER_RANGES.weight },
  {
    what: "a percentile band's share",
    path: ["dimensions", 0, "criteria", 0, "bands", 0, "top"],
    range: NUMBER_RANGES.share,
  },
  {
    what: "a percentile band's points",
    path: ["dimensions", 0, "criteria", 0, "bands", 0, "points"],
    range: NUMBER_RANGES.points,
  },
  {
    what: "a percentile's otherwise",
    path: ["dimensions", 0, "criteria", 0, "otherwise"],
    range: NUMBER_RANGES.points,
  },
  {
    what: "a band's threshold",
    path: ["dimensions", 0, "criteria", 1, "bands", 0, "atLeast"],
    range: NUMBER_RANGES.figure,
  },
  {
    what: "a band's points",
    path: ["dimensions", 0, "criteria", 1, "bands", 0, "points"],
    range: NUMBER_RANGES.points,
  },
  { what: "a band's otherwise", path: ["dimensions", 0, "criteria", 1, "otherwise"], range: NUMBER_RANGES.points },
  { what: "a straight line's from", path: ["dimensions", 2, "criteria", 0, "from"], range: NUMBER_RANGES.figure },
  { what: "a straight line's to", path: ["dimensions", 2, "criteria", 0, "to"], range: NUMBER_RANGES.figure },
  {
    what: "a word list's points",
    path: ["dimensions", 2, "criteria", 3, "entries", 0, "points"],
    range: NUMBER_RANGES.points,
  },
  { what: "a condition's value", path: ["rules", 4, "when", 0, "value"], range: NUMBER_RANGES.figure },
  // The best grade's threshold can reach 100, the lowest grade's must be 0: each end on its own grade.
  { what: "the best grade's minScore", path: ["grades", 0, "minScore"], range: NUMBER_RANGES.minScore, ends: "max" },
  { what: "the lowest grade's minScore", path: ["grades", 3, "minScore"], range: NUMBER_RANGES.minScore, ends: "min" },
];

function edges(range: Range, ends: "min" | "max" | undefined): { inside: number[]; outside: number[] } {
  const atMin = ends !== "max";
  const atMax = ends !== "min";
  const aboveMin = "aboveMin" in range && range.aboveMin;
  const orZero = "orZero" in range && range.orZero;
  return {
    inside: [
      ...(atMin ? [aboveMin ? nextDouble(range.min, 1) : range.min] : []),
      ...(atMax ? [range.max] : []),
      ...(orZero ? [0] : []),
    ],
    outside: [
      ...(atMin ? [aboveMin ? range.min : nextDouble(range.min, -1)] : []),
      ...(atMax ? [nextDouble(range.max, 1)] : []),
      ...(orZero ? [-Number.MIN_VALUE] : []),
      Infinity,
      -Infinity,
      NaN,
    ],
  };
}

describe.each(FIELDS)("$what ($range.meaning)", ({ path, range, ends }) => {
  const { inside, outside } = edges(range, ends);

  test.each(inside)("%p, at the edge, is accepted", (value) => {
    expect(loadRuleSet(withValue(path, value)).ok).toBe(true);
  });

  test.each(outside)("%p, just outside, is refused at its path, naming the range in each language", (value) => {
    const problems = problemsAt(withValue(path, value), path);
    expect(problems).toHaveLength(1);
    const { messages } = problems[0]!;
    const max = (lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(range.max);
    expect(messages.en).toContain(max("en"));
    expect(messages["zh-CN"]).toContain(max("zh-CN"));
    expect(messages["zh-TW"]).toContain(max("zh-TW"));
    expect(messages["zh-CN"]).not.toMatch(/[a-z]{4,}/i); // no English words in the Chinese text
  });
});

describe("the default rule set with every weight at 1e308", () => {
  const everyWeight = (to: number): { json: unknown; paths: string[] } => {
    const paths: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}[${i}]`));
      else if (typeof node === "object" && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          const here = at === "" ? key : `${at}.${key}`;
          if (key === "weight") {
            (node as Record<string, unknown>)[key] = to;
            paths.push(here);
          } else walk(value, here);
        }
      }
    };
    const json = defaultRuleSetJson();
    walk(json, "");
    return { json, paths };
  };

  test("is refused with every weight's path, and the message says the range", () => {
    const { json, paths } = everyWeight(1e308);
    const loaded = loadRuleSet(json);
    expect(loaded.ok).toBe(false);
    const problems = loaded.ok ? [] : loaded.error;
    expect(problems.map((p) => p.path)).toEqual(paths);
    expect(problems[0]?.messages).toEqual({
      "zh-CN": "数值过大（1e+308）：权重应为 0（不计入），或在 0.000001 到 1,000,000 之间",
      "zh-TW": "數值過大（1e+308）：權重應為 0（不計入），或介於 0.000001 到 1,000,000 之間",
      en: "too big (1e+308): a weight is 0 (left out) or from 0.000001 to 1,000,000",
    });
  });

  test("at the largest weight allowed, grades every row with a finite score, as at the default weights", () => {
    const { json } = everyWeight(NUMBER_RANGES.weight.max);
    const loaded = loadRuleSet(json);
    if (!loaded.ok) throw new Error(loaded.error.map((p) => p.path).join(", "));
    const table = {
      headers: ["客户名称", "年交易额", "逾期天数", "准时付款率", "毛利率"],
      rows: [
        ["甲", 2_500_000, 0, 0.98, 0.3],
        ["乙", 300_000, 45, 0.7, 0.05],
      ],
    };
    const report = gradeTable(table, loaded.value, { asOf: 46082 });
    if (!report.ok) throw new Error(report.error.code);
    expect([...report.value.outputs.scores].every(Number.isFinite)).toBe(true);
  });
});

test("a number written as 1e400 (Infinity once parsed) is refused with the range, not graded", () => {
  const text = JSON.stringify(defaultRuleSetJson()).replace('"weight":20', '"weight":1e400');
  const json: unknown = JSON.parse(text);
  const problems = problemsAt(json, ["dimensions", 0, "weight"]);
  expect(problems.map((p) => p.messages)).toEqual([
    {
      "zh-CN":
        "数值过大，无法计算（像 1e400 这样的数会被读作无穷大）：权重应为 0（不计入），或在 0.000001 到 1,000,000 之间",
      "zh-TW":
        "數值過大，無法計算（像 1e400 這樣的數會被讀作無限大）：權重應為 0（不計入），或介於 0.000001 到 1,000,000 之間",
      en: "too big to compute with (a number such as 1e400 reads as infinity): a weight is 0 (left out) or from 0.000001 to 1,000,000",
    },
  ]);
});

test("a text where a bounded number belongs is still worded as a wrong type, a missing one as missing", () => {
  expect(problemsAt(withValue(["dimensions", 0, "weight"], "heavy"), ["dimensions", 0, "weight"])[0]?.message).toMatch(
    /^should be a number, but is the text "heavy"$/,
  );
  const json = defaultRuleSetJson() as { grades: Record<string, unknown>[] };
  delete json.grades[0]!.minScore;
  expect(problemsAt(json, ["grades", 0, "minScore"])[0]?.message).toBe("missing (expected a number)");
});

test("the default rule set, the fixed-band variant and every sample rule set stay valid", () => {
  const dir = join(__dirname, "..", "..", "samples", "rules");
  const samples = readdirSync(dir).filter((f) => f.endsWith(".json"));
  expect(samples.length).toBeGreaterThan(0);
  const all: [string, unknown][] = [
    ["default", defaultRuleSetJson()],
    ["fixed bands", fixedBandRuleSetJson()],
    ...samples.map((f): [string, unknown] => [f, JSON.parse(readFileSync(join(dir, f), "utf8"))]),
  ];
  for (const [name, json] of all) {
    const loaded = loadRuleSet(json);
    expect([name, loaded.ok ? [] : loaded.error.map((p) => `${p.path}: ${p.message}`)]).toEqual([name, []]);
  }
});

test("a rule set that bypassed loadRuleSet and overflows is a bug: grading throws rather than grade or skip rows", () => {
  const checked = defaultRuleSet();
  const unchecked: RuleSet = {
    ...checked,
    dimensions: checked.dimensions.map((d) => ({
      ...d,
      weight: 1e308,
      criteria: d.criteria.map((c) => ({ ...c, weight: c.weight === 0 ? 0 : 1e308 })),
    })),
  };
  const table = { headers: ["客户名称", "年交易额", "逾期天数"], rows: [["甲", 2_500_000, 0]] };
  expect(() => gradeTable(table, unchecked, { asOf: 46082 })).toThrow(RangeError);
});
