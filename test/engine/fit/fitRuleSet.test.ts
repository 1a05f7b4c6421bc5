/**
 * The fit, as a spec: hidden analysts of several kinds (test/support/hiddenAnalysts.ts) grade tables of our own
 * making; the fit learns from half of each table and the fitted rule set, loaded and graded by the engine,
 * grades the other half as the analyst did. A random "analyst" is reported as poor, not dressed up.
 */
import seed000 from "../../../samples/seed-000.json";
import { type Table, defaultRuleSet, gradeTable, loadRuleSet } from "../../../src/engine";
import { type FitProgress, type FitReport, fitRuleSet, runFit } from "../../../src/engine/fit";
import { type AnalystKind, GRADE_HEADER, type TableLang, analystTable } from "../../support/hiddenAnalysts";

const AS_OF = 46082; // 2026-03-01

const half = (table: Table, second: boolean): Table => {
  const n = table.rows.length / 2;
  return { headers: table.headers, rows: second ? table.rows.slice(n) : table.rows.slice(0, n) };
};

function fitted(table: Table, lang: TableLang, folds?: number): FitReport {
  const fit = runFit(table, defaultRuleSet(), {
    gradeColumn: GRADE_HEADER[lang],
    asOf: AS_OF,
    ...(folds !== undefined && { folds }),
  });
  if (!fit.ok) throw new Error(fit.error.message.en);
  return fit.value;
}

function gradesBy(report: FitReport, table: Table): readonly (string | null)[] {
  const ruleSet = loadRuleSet(report.ruleSet);
  if (!ruleSet.ok) throw new Error(ruleSet.error.map((p) => p.message).join("; "));
  const graded = gradeTable(table, ruleSet.value, { asOf: AS_OF });
  if (!graded.ok) throw new Error(graded.error.message.en);
  return graded.value.outputs.grades;
}

// Tables of 1,000 customers, fitted on 500: the size at which every seed measured (1–12, BENCHMARKS.md) agrees on
// 90 % or more of the unseen half for every kind. Fitted on 300 of 600, most seeds do too but not all (85 % worst).
test.each<[AnalystKind, TableLang, number]>([
  ["scorecard", "zh-CN", 1],
  ["capped", "zh-TW", 1],
  ["words", "en", 1],
  ["scorecard", "en", 7],
  ["capped", "zh-CN", 8],
  ["words", "zh-TW", 9],
])("a %s analyst (%s, seed %i): fitted on half, the other half agrees on at least 90 %%", (kind, lang, seed) => {
  const { table, grades } = analystTable(kind, lang, seed, 1000);
  const report = fitted(half(table, false), lang, 0);
  const unseen = gradesBy(report, half(table, true));
  const agreed = unseen.filter((g, i) => g === grades[500 + i]).length;
  expect(agreed / 500).toBeGreaterThanOrEqual(0.9);
  expect(report.verdict).not.toBe("poor");
});

test("a random analyst's grades are reported as poor agreement on rows the fit did not see", () => {
  const { table } = analystTable("random", "zh-CN", 5, 300);
  const report = fitted(table, "zh-CN");
  expect(report.crossValidated?.folds).toBe(3);
  expect(report.verdict).toBe("poor");
  const cv = report.crossValidated;
  if (cv === null) throw new Error("expected cross-validation");
  expect(cv.agreed / cv.rows).toBeLessThan(report.baseline + 0.1);
});

test("seed 000's own grade column fits A, B, C, with thin evidence and every row held out once", () => {
  const table: Table = { headers: seed000.headers, rows: seed000.rows };
  const report = fitted(table, "zh-CN");
  expect(report.letters).toEqual(["A", "B", "C"]);
  expect(report.thin).toBe(true);
  expect(report.graded).toBe(3);
  expect(report.inSample).toMatchObject({ rows: 3, agreed: 3 });
  expect(report.crossValidated?.folds).toBe(3);
  expect(report.differences).toEqual([]);
  expect(gradesBy(report, table)).toEqual(["A", "B", "C"]);
});

test("the agreement reported is the engine's own grading by the fitted rule set, and what differs is listed", () => {
  const { table, grades } = analystTable("capped", "en", 6, 200);
  const report = fitted(table, "en", 0);
  const given = gradesBy(report, table);
  const agreed = given.filter((g, i) => g === grades[i]).length;
  expect(report.inSample).toMatchObject({ rows: 200, agreed });
  expect(report.differences.map((d) => d.row)).toEqual(given.flatMap((g, i) => (g === grades[i] ? [] : [i])));
  for (const d of report.differences) {
    expect(d.analyst).toBe(grades[d.row]);
    expect(d.fitted).toBe(given[d.row]);
  }
  // The confusion matrix counts every compared row once, the diagonal being the rows that agree.
  const cells = report.inSample.confusion.flat().reduce((a, b) => a + b, 0);
  const diagonal = report.inSample.confusion.reduce((sum, line, i) => sum + (line[i] ?? 0), 0);
  expect([cells, diagonal]).toEqual([200, agreed]);
});

test("the weights before → after are listed with their paths, and the fitted rule set reads as ours", () => {
  const { table } = analystTable("words", "zh-CN", 1, 200);
  const report = fitted(table, "zh-CN", 0);
  const start = defaultRuleSet();
  const dimensionChanges = report.changes.filter((c) => c.kind === "dimension");
  expect(dimensionChanges.length).toBeGreaterThan(0);
  for (const change of dimensionChanges) {
    const index = Number(/^dimensions\[(\d+)\]\.weight$/.exec(change.path)?.[1]);
    expect(change.before).toBe(start.dimensions[index]?.weight);
    expect(change.after).toBe(report.ruleSet.dimensions[index]?.weight);
    // A weight that stayed can still carry a different share of the score when others moved.
    expect(change.before !== change.after || change.shareBefore !== change.shareAfter).toBe(true);
    expect(change.label["zh-CN"].length).toBeGreaterThan(0);
  }
  expect(report.ruleSet.dimensions.map((d) => d.id)).toEqual(start.dimensions.map((d) => d.id));
  expect(report.ruleSet.grades.map((g) => g.letter)).toEqual(report.letters);
});

test("the fit is deterministic and its progress only moves forward, to the end", () => {
  const { table } = analystTable("scorecard", "zh-TW", 7, 120);
  const steps: FitProgress[] = [];
  const run = fitRuleSet(table, defaultRuleSet(), { gradeColumn: GRADE_HEADER["zh-TW"], asOf: AS_OF });
  let step = run.next();
  for (; !step.done; step = run.next()) steps.push(step.value);
  if (!step.value.ok) throw new Error("expected a fit");
  expect(steps.length).toBeGreaterThan(10);
  steps.forEach((s, i) => {
    expect(s.total).toBe(steps[0]?.total);
    if (i > 0) expect(s.done).toBeGreaterThanOrEqual(steps[i - 1]?.done as number);
  });
  expect(steps.at(-1)?.done).toBeLessThanOrEqual(steps[0]?.total as number);
  const again = fitted(table, "zh-TW");
  expect(again.ruleSet).toEqual(step.value.value.ruleSet);
  expect(again.crossValidated).toEqual(step.value.value.crossValidated);
});

test("a missing grade column is refused with the table's columns named", () => {
  const { table } = analystTable("scorecard", "en", 1, 20);
  const fit = runFit(table, defaultRuleSet(), { gradeColumn: "Rating", asOf: AS_OF });
  if (fit.ok) throw new Error("expected a refusal");
  expect(fit.error.code).toBe("no-grade-column");
  expect(fit.error.message.en).toContain("Tier");
});
