/**
 * The start learned from the whole table (least squares on each column's steps), before any search: it reads the
 * columns the analyst grades by, writes them the way the analyst's scale runs, and already agrees with the
 * analyst far better than the rule set it started from.
 */
import { defaultRuleSet } from "../../../src/engine";
import type { Criterion } from "../../../src/engine/rules/ruleSet";
import { learnStart } from "../../../src/engine/fit/learnedStart";
import { FitModel } from "../../../src/engine/fit/model";
import { prepareFit, rowsOf } from "../../../src/engine/fit/setting";
import { type AnalystKind, GRADE_HEADER, type TableLang, analystTable } from "../../support/hiddenAnalysts";

const AS_OF = 46082; // 2026-03-01

function models(kind: AnalystKind, lang: TableLang, seed: number, count: number) {
  const { table } = analystTable(kind, lang, seed, count);
  const prepared = prepareFit(table, defaultRuleSet(), { gradeColumn: GRADE_HEADER[lang], asOf: AS_OF });
  if (!prepared.ok) throw new Error(prepared.error.message.en);
  const s = prepared.value;
  const make = () => new FitModel(s.start, s.columns, rowsOf(s, s.graded), s.analyst.letters, s.requireFails);
  const own = make();
  const learned = make();
  const learnedAnything = learnStart(learned, learned.knobs(), s.analyst.letters.length);
  return { own, learned, learnedAnything, rows: s.graded.length };
}

/** Each criterion's share of the score (dimension share × criterion share), by criterion id. */
function shares(model: FitModel): Map<string, number> {
  const dimensions = model.dimensions().filter((d) => d.weight > 0);
  const total = dimensions.reduce((s, d) => s + d.weight, 0);
  const out = new Map<string, number>();
  for (const d of dimensions) {
    const within = d.criteria.reduce((s, c) => s + c.weight, 0);
    for (const c of d.criteria) out.set(c.id, (d.weight / total) * (within > 0 ? c.weight / within : 0));
  }
  return out;
}

function criterion(model: FitModel, id: string): Criterion {
  const found = model
    .dimensions()
    .flatMap((d) => d.criteria)
    .find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found as Criterion;
}

test.each<[TableLang, number]>([
  ["zh-CN", 7],
  ["en", 8],
])(
  "a scorecard analyst (%s, seed %i): the learned start reads their five columns and agrees far better",
  (lang, seed) => {
    const { own, learned, learnedAnything, rows } = models("scorecard", lang, seed, 400);
    expect(learnedAnything).toBe(true);
    expect(learned.disagreements()).toBeLessThan(own.disagreements() / 2);
    expect(learned.disagreements() / rows).toBeLessThan(0.2);
    const share = shares(learned);
    for (const id of ["annual-amount", "gross-margin", "overdue-days", "on-time-payment", "shipment-frequency"])
      expect(share.get(id) ?? 0).toBeGreaterThan(0.04);
    // Punctuality is graded in steps by this analyst: the line becomes bands, more punctual earning more.
    const onTime = criterion(learned, "on-time-payment");
    expect(onTime.kind).toBe("band");
    if (onTime.kind !== "band") return;
    const byCut = [...onTime.bands].sort((a, b) => a.atLeast - b.atLeast).map((b) => b.points);
    expect(byCut).toEqual([...byCut].sort((a, b) => a - b));
    expect(byCut[byCut.length - 1]).toBeGreaterThan(byCut[0] as number);
    // Days overdue the other way: more days, fewer points.
    const overdue = criterion(learned, "overdue-days");
    if (overdue.kind !== "band") throw new Error("overdue days should stay bands");
    const byDays = [...overdue.bands].sort((a, b) => a.atLeast - b.atLeast).map((b) => b.points);
    expect(byDays).toEqual([...byDays].sort((a, b) => b - a));
  },
);

test("a words analyst: the learned start weights the financial words above the unused figures", () => {
  const { own, learned } = models("words", "zh-TW", 9, 400);
  expect(learned.disagreements()).toBeLessThan(own.disagreements());
  const share = shares(learned);
  const financial = Math.max(share.get("financial-words") ?? 0, share.get("credit-remarks") ?? 0);
  expect(financial).toBeGreaterThan(share.get("gross-margin") ?? 0);
  expect(financial).toBeGreaterThan(share.get("on-time-payment") ?? 0);
});

test("grades with no relation to the table: the learned start finds little, and the fit stays honest about it", () => {
  const { learned, rows } = models("random", "zh-CN", 5, 300);
  expect(learned.disagreements() / rows).toBeGreaterThan(0.5);
});
