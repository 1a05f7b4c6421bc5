/**
 * How one row's grade came about, as the score card shows it (`explainRow`, "engine/explain"): each dimension's share and
 * maximum, each criterion's value, cell, points and why, the thresholds, what is not assessed, the score's own
 * grade beside a capped or manual one, and the smallest single change that lifts the grade.
 */
import fc from "fast-check";
import {
  type CellValue,
  type GradeReport,
  type LiftChange,
  type RowExplanation,
  type Table,
  defaultRuleSet,
  gradeTable,
  parseDate,
} from "../../src/engine";
import { explainRow } from "../../src/engine/explain";
import sample from "../../samples/logistics-customers.json";
import seed from "../../samples/seed-000.json";

const asOf = parseDate(sample.asOf) as number;
const rules = defaultRuleSet();

function graded(table: Table): GradeReport {
  const result = gradeTable(table, rules, { asOf });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

const sampleReport = graded(sample as unknown as Table);
const seedReport = graded(seed as unknown as Table);
const rowOf = (table: { rows: readonly (readonly unknown[])[] }, name: string): number => {
  const index = table.rows.findIndex((r) => r[0] === name);
  if (index < 0) throw new Error(`no row ${name}`);
  return index;
};
const explainSample = (name: string): RowExplanation => explainRow(sampleReport, rowOf(sample, name));
const explainSeed = (name: string): RowExplanation => explainRow(seedReport, rowOf(seed, name));
const dimension = (e: RowExplanation, id: string) => e.dimensions.find((d) => d.dimension === id);
const criterion = (e: RowExplanation, id: string) =>
  e.dimensions.flatMap((d) => d.criteria).find((c) => c.criterion === id);
const column = (header: string): number => sample.headers.indexOf(header);

describe("the explanation of a row", () => {
  const row = explainSample("锦绣纺织品进出口公司");

  test("gives each dimension its share of the score and its points out of that share", () => {
    expect(dimension(row, "volume")).toMatchObject({ weight: 0.2, ruleWeight: 0.2, maxPoints: 20, points: 9 });
    const points = row.dimensions.reduce((sum, d) => sum + d.points, 0);
    expect(points).toBeCloseTo(row.result.status === "graded" ? row.result.score : NaN, 0);
  });

  test("gives each criterion the value it read, the cell's column, its points and why", () => {
    expect(criterion(row, "on-time-payment")).toMatchObject({
      points: 70,
      column: column("准时付款率"),
      value: { kind: "number", value: 0.88, unit: "percent", shown: { "zh-CN": "88%", en: "88%" } },
      why: { en: "in proportion from 60% (0) to 100% (100)" },
    });
    expect(criterion(row, "gross-margin")?.why?.["zh-CN"]).toBe("≥ 6% → 35");
    expect(criterion(row, "overdue-days")).toMatchObject({
      value: { shown: { "zh-CN": "18 天", en: "18 days" } },
      why: { en: "≥ 1 → 80" },
    });
    expect(criterion(row, "potential")).toMatchObject({
      value: { kind: "text", text: "中" },
      why: { "zh-CN": "“中” → 60" },
    });
    expect(criterion(row, "annual-amount-rank")?.why?.en).toBe("18 of 30 in this table, top 75% → 45");
  });

  test("lists only the criteria in force, each with its share of its dimension", () => {
    expect(criterion(row, "annual-amount")).toBeUndefined(); // weight 0 in the default rule set
    const safety = dimension(row, "safety");
    const shares = safety?.criteria.reduce((sum, c) => sum + c.weight, 0);
    expect(shares).toBeCloseTo(1, 10);
  });

  test("gives the grade thresholds of the rule set", () => {
    expect(row.thresholds).toEqual([
      { letter: "A", minScore: 80 },
      { letter: "B", minScore: 50 },
      { letter: "C", minScore: 30 },
      { letter: "D", minScore: 0 },
    ]);
  });

  test("says when no single change of one input lifts the grade", () => {
    expect(row.scoreGrade).toBe("B");
    expect(row.lift).toMatchObject({ grade: "A", minScore: 80, outcome: { kind: "none" } });
  });

  test("leaves out of the search what the analyst cannot change in one cell, and says why", () => {
    const skipped = Object.fromEntries((row.lift?.skipped ?? []).map((s) => [s.criterion, s.why]));
    expect(skipped).toMatchObject({
      "annual-amount-rank": "relative",
      "relationship-years": "computed",
      "active-months": "computed",
      "shipment-frequency": "computed",
    });
  });
});

describe("a capped, a manual and a best grade", () => {
  test("a capped grade keeps the score's own grade beside it, and the lift names the cap's condition", () => {
    const row = explainSample("宏远钢铁贸易公司");
    expect(row.result.status === "graded" && [row.result.grade, row.result.computedGrade]).toEqual(["C", "C"]);
    expect(row.scoreGrade).toBe("B");
    expect(row.lift?.outcome).toEqual({
      kind: "capped",
      caps: [
        expect.objectContaining({
          rule: "settle-balance",
          grade: "C",
          condition: { "zh-CN": "逾期天数 > 90 且 未结余额 > 0", "zh-TW": expect.any(String), en: expect.any(String) },
        }),
      ],
    });
  });

  test("a manual grade keeps the score's own grade, and the lift is from the score's grade", () => {
    const row = explainSample("远航国际货代公司");
    expect(row.result.status === "graded" && [row.result.grade, row.result.computedGrade]).toEqual(["A", "B"]);
    expect(row.scoreGrade).toBe("B");
    const changes = row.lift?.outcome.kind === "changes" ? row.lift.outcome.changes : [];
    expect(changes).toEqual([
      expect.objectContaining({
        criterion: "gross-margin",
        change: "raise",
        column: column("毛利率"),
        from: expect.objectContaining({ value: 0.1 }),
        to: expect.objectContaining({ value: 0.18, shown: expect.objectContaining({ "zh-CN": "18%" }) }),
        cell: 0.18,
        grade: "A",
      }),
    ]);
  });

  test("a row at the best grade has nothing to lift", () => {
    expect(explainSample("康宁医药供应链公司").lift).toBeNull();
  });

  test("lowering a number is offered where less is better, at the nearest band", () => {
    const row = explainSample("永发五金批发部");
    const changes = row.lift?.outcome.kind === "changes" ? row.lift.outcome.changes : [];
    expect(changes.find((c) => c.criterion === "overdue-days")).toMatchObject({
      change: "lower",
      to: { value: 60 },
      cell: 60,
      grade: "C",
    });
  });
});

describe("seed 000: dimensions not assessed and word lists", () => {
  test("says which dimensions do not count and why: no column, or no value in the row", () => {
    const row = explainSeed("YY贸易公司");
    const causes = Object.fromEntries(row.notAssessed.map((d) => [d.dimension, d.cause]));
    expect(causes).toEqual({ volume: "noColumn", yield: "noColumn", future: "noColumn", safety: "noValue" });
    expect(row.dimensions).toHaveLength(4);
    expect(dimension(row, "cooperation")).toMatchObject({ weight: 0.375, ruleWeight: 0.15, maxPoints: 37.5 });
  });

  test("a word read from a packed cell names the word and the cell's column", () => {
    const row = explainSeed("YY贸易公司");
    expect(criterion(row, "financial-words")).toMatchObject({
      column: seed.headers.indexOf("财务状况"),
      value: { kind: "text", text: "一般,偶尔合作" },
      why: { "zh-CN": "“一般” → 55" },
    });
    expect(criterion(row, "cooperation-words")?.column).toBe(seed.headers.indexOf("财务状况"));
  });

  test("a word change replaces only the words the criterion read, keeping the rest of the cell", () => {
    const row = explainSeed("ZZ食品加工厂");
    const changes = row.lift?.outcome.kind === "changes" ? row.lift.outcome.changes : [];
    expect(changes.find((c) => c.criterion === "financial-words")).toMatchObject({
      change: "word",
      replaces: ["较差"],
      to: { kind: "text", text: "良好" },
      cell: "良好,需谨慎评估",
      grade: "B",
    });
  });
});

describe("what a suggested change does", () => {
  const letters = rules.grades.map((g) => g.letter);
  const withChange = (rows: CellValue[][], row: number, change: LiftChange): CellValue[][] =>
    rows.map((r, i) => (i === row ? r.map((v, c) => (c === change.column ? change.cell : v)) : r));

  test("applied to the table and graded again, each reaches the grade it promised (random customers)", () => {
    const words = ["高", "中", "低", "很高"];
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sample.rows.length - 1 }),
        fc.integer({ min: -5, max: 40 }),
        fc.integer({ min: 60, max: 100 }),
        fc.integer({ min: 0, max: 130 }),
        fc.constantFrom(...words),
        fc.integer({ min: 0, max: 8 }),
        (row, margin, onTime, overdue, potential, complaints) => {
          const edits: Record<string, CellValue> = {
            毛利率: `${margin}%`,
            准时付款率: `${onTime}%`,
            逾期天数: overdue,
            发展潜力: potential,
            投诉次数: complaints,
          };
          const rows = sample.rows.map((r, i) =>
            i === row ? r.map((v, c) => edits[sample.headers[c] ?? ""] ?? v) : [...r],
          ) as CellValue[][];
          const report = graded({ headers: sample.headers, rows });
          const explained = explainRow(report, row);
          const lift = explained.lift;
          if (!lift || lift.outcome.kind !== "changes") return;
          for (const change of lift.outcome.changes) {
            const after = graded({ headers: sample.headers, rows: withChange(rows, row, change) }).row(row);
            expect(after.status).toBe("graded");
            if (after.status !== "graded") return;
            expect(letters.indexOf(after.computedGrade)).toBeLessThanOrEqual(letters.indexOf(lift.grade));
            expect([after.score, after.computedGrade]).toEqual([change.score, change.grade]);
            checked++;
          }
        },
      ),
      { numRuns: 120 },
    );
    expect(checked).toBeGreaterThan(20);
  });

  test("explaining a row changes nothing of the table or the report", () => {
    const rows = sample.rows.map((r) => [...r]) as CellValue[][];
    const copy = JSON.stringify(rows);
    const report = graded({ headers: sample.headers, rows });
    const before = report.row(12);
    explainRow(report, 12);
    expect(JSON.stringify(rows)).toBe(copy);
    expect(report.row(12)).toEqual(before);
  });
});
