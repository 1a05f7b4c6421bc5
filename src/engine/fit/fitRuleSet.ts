/**
 * Fits a rule set to the grades an analyst already gave: the starting rule set's own dimensions, criteria and
 * hard rules, with the numbers (weights, bands, word points, thresholds, caps) the coordinate search finds,
 * then measured the honest way: k-fold cross-validation (each fold fitted without the rows it is scored on)
 * and graded by the engine itself. Pure and deterministic; a generator, so a host can run it in slices with
 * progress and stop it (see `runFit` for running it to the end).
 */
import { gradeTable } from "../grade/gradeTable";
import type { GradeReport } from "../grade/results";
import { engineText } from "../i18n";
import { fitText } from "./messages";
import { loadRuleSet } from "../rules/loadRuleSet";
import type { RuleSet } from "../rules/ruleSet";
import { type ParsedRuleSet, type RuleSetInput, ruleSetSchema } from "../rules/schema";
import { type Result, type Table, err, ok, rowIndex } from "../types";
import { agreementOf, baselineOf, verdictOf } from "./agreement";
import { changesOf, ladderAndRuleChanges } from "./changes";
import { foldCount, foldsOf } from "./folds";
import { evenThresholds, ladderOf } from "./ladder";
import { FitModel, type FitRows, type Knob } from "./model";
import { type Setting, prepareFit, rowsOf } from "./setting";
import { learnStart } from "./learnedStart";
import { compoundSearch, coordinateSearch, searchSteps, simplify } from "./search";
import type { Agreement, FitDifference, FitOptions, FitProblem, FitProgress, FitReport } from "./types";

/** Fewer graded rows than this: the pane and the command line say the evidence is thin. */
const THIN_EVIDENCE = 30;

function jsonOf(setting: Setting, model: FitModel, minScores: readonly number[]): RuleSetInput {
  const { start, analyst } = setting;
  return {
    ...start,
    id: start.id.endsWith("-fitted") ? start.id : `${start.id}-fitted`,
    name: fitText((m, lang) => m.fittedName(start.name[lang], analyst.header)),
    dimensions: model.dimensions(),
    grades: ladderOf(start, analyst.letters, minScores),
    rules: model.rules,
  };
}

/**
 * Weights from how well each criterion alone follows the analyst's grades: another start, near the analyst's
 * weights whenever their columns matter one at a time. A dimension keeps a weighted criterion (the rule set
 * requires one), at weight 1 where none follows the grades.
 */
function correlationWeighted(start: ParsedRuleSet, correlations: readonly (readonly number[])[]): ParsedRuleSet {
  return {
    ...start,
    dimensions: start.dimensions.map((d, i) => {
      const r = (correlations[i] ?? []).map((x) => Math.max(0, x));
      const best = Math.max(0, ...r);
      const weights = d.criteria.map((_, j) => Math.round(5 * (r[j] ?? 0)));
      const kept = weights.some((w) => w > 0) ? weights : weights.map((_, j) => (j === 0 ? 1 : 0));
      return {
        ...d,
        weight: Math.round(best * 10) * 5,
        criteria: d.criteria.map((c, j) => ({ ...c, weight: kept[j] as number })),
      };
    }),
  };
}

/**
 * Where a search starts: numbers learned from the whole table at once (`learnedStart.ts`), the rule set's own
 * (a local search from one start stops at the first set of numbers no single change improves), or the rule set
 * with weights from each criterion's own agreement. The learned one goes first: of starts that fit alike it wins.
 */
type Start = "learned" | "own" | "correlated";
const STARTS: readonly Start[] = ["learned", "own", "correlated"];

/**
 * One fit on the given rows, from each of `starts` in turn, keeping the best; yields after each number moved.
 * `onStep(done, total)`: progress within this fit.
 */
function* fitOn(
  setting: Setting,
  fitRows: FitRows,
  starts: readonly Start[],
  onStep: (done: number, total: number) => FitProgress,
) {
  const { start, columns, analyst, requireFails } = setting;
  const own = new FitModel(start, columns, fitRows, analyst.letters, requireFails);
  /** The model a start searches from; null where the learned start finds nothing to learn (it would be "own"). */
  const modelOf = (from: Start): { model: FitModel; knobs: Knob[] } | null => {
    if (from === "own") return { model: own, knobs: ownKnobs };
    const model = new FitModel(
      from === "correlated" ? correlationWeighted(start, own.correlations()) : start,
      columns,
      fitRows,
      analyst.letters,
      requireFails,
    );
    const knobs = model.knobs();
    if (from === "learned" && !learnStart(model, knobs, analyst.letters.length)) return null;
    return { model, knobs };
  };
  // Numbers the fit does not need go back to the analyst's own starting values, whichever start found them.
  const ownKnobs = own.knobs();
  const startValues = ownKnobs.map((k) => k.current());
  const each = searchSteps(ownKnobs);
  const total = each * starts.length;
  let best: { model: FitModel; loss: number; from: Start } | null = null;
  for (const [i, from] of starts.entries()) {
    // A fold searching only from a learned start that finds nothing searches from the rule set's own numbers.
    const made = modelOf(from) ?? (starts.length === 1 ? modelOf("own") : null);
    if (made === null) continue;
    const { model, knobs } = made;
    // Steps of this start, clamped to its share of the progress (a search that needs more sweeps runs on).
    let done = 0;
    const at = (): FitProgress => onStep(i * each + Math.min(each, done), total);
    const search = coordinateSearch(model, knobs);
    for (let step = search.next(); !step.done; step = search.next(), done++) yield at();
    const compound = compoundSearch(model, knobs);
    let step = compound.next();
    for (; !step.done; step = compound.next(), done++) yield at();
    if (step.value) {
      const again = coordinateSearch(model, knobs);
      for (let s = again.next(); !s.done; s = again.next(), done++) yield at();
    }
    const simpler = simplify(model, knobs, startValues);
    for (let s = simpler.next(); !s.done; s = simpler.next(), done++) yield at();
    const loss = model.loss();
    if (best === null || loss < best.loss) best = { model, loss, from };
  }
  const { model, from } = best as { model: FitModel; from: Start };
  const preferred = ladderOf(start, analyst.letters, evenThresholds(analyst.letters.length)).map(
    (g) => start.grades.find((s) => s.letter === g.letter)?.minScore ?? g.minScore,
  );
  const { minScores } = model.thresholds(preferred);
  return { model, from, json: jsonOf(setting, model, minScores) };
}

/** The rule set with manual grades ignored, so what is compared is what the rule set itself decides. */
function withoutManualGrades(json: RuleSetInput): RuleSetInput {
  return {
    ...json,
    rules: (json.rules ?? []).map((r) => (r.kind === "manualOverride" ? { ...r, enabled: false } : r)),
  };
}

/** The table graded by the engine with `json` (manual grades ignored); null when `json` does not load. */
function reportBy(setting: Setting, json: RuleSetInput): GradeReport | null {
  const loaded = loadRuleSet(withoutManualGrades(json));
  if (!loaded.ok) return null;
  const report = gradeTable(setting.table, loaded.value, {
    asOf: setting.options.asOf,
    ...(setting.options.asOfIsToday !== undefined && { asOfIsToday: setting.options.asOfIsToday }),
    mapping: setting.mapping,
  });
  return report.ok ? report.value : null;
}

/** The report's grade index (in the analyst's ladder) for each of `rows`, -1 where it gives none. */
function gradeIndices(setting: Setting, report: GradeReport | null, rows: Int32Array): number[] {
  if (report === null) return [];
  const index = new Map(setting.analyst.letters.map((l, i) => [l, i]));
  return Array.from(rows, (r) => index.get(report.outputs.grades[r] ?? "") ?? -1);
}

function differencesOf(setting: Setting, report: GradeReport): FitDifference[] {
  const out: FitDifference[] = [];
  for (const row of setting.graded) {
    const analyst = setting.analyst.letters[setting.analyst.byRow[row] as number] as string;
    const fitted = report.outputs.grades[row] ?? null;
    if (fitted === analyst) continue;
    const result = report.row(row);
    out.push({
      row: rowIndex(row),
      name: result.name,
      analyst,
      fitted,
      score: result.status === "graded" ? result.score : null,
      reasons: result.status === "skipped" ? [] : result.reasons,
    });
  }
  return out;
}

/**
 * Fits `start` to the grades in `options.gradeColumn`. Yields progress; returns the report, or why the table
 * cannot be fitted (no such column, fewer than two different grades, no column the rule set reads).
 */
export function* fitRuleSet(
  table: Table,
  start: RuleSet,
  options: FitOptions,
): Generator<FitProgress, Result<FitReport, FitProblem>, void> {
  const prepared = prepareFit(table, start, options);
  if (!prepared.ok) return prepared;
  const setting = prepared.value;
  const { analyst, graded } = setting;
  const K = analyst.letters.length;
  const folds = options.folds ?? foldCount(graded.length);
  // Progress in searches: the whole table from every start, then each fold from the start that won there (which
  // start to use is the one choice the folds inherit; their numbers are fitted from scratch on their own rows).
  const searches = STARTS.length + folds;
  let searchesDone = 0;
  const UNIT = 1000;
  const progress =
    (searchesNow: number) =>
    (done: number, total: number): FitProgress => ({
      done: searchesDone * UNIT + Math.round((UNIT * searchesNow * done) / Math.max(1, total)),
      total: searches * UNIT,
    });

  const whole = yield* fitOn(setting, rowsOf(setting, graded), STARTS, progress(STARTS.length));
  searchesDone += STARTS.length;
  const analystOfGraded = Array.from(graded, (r) => analyst.byRow[r] as number);
  // The fitted rule set graded once: the agreement and the differences are of the same grading.
  const fittedReport = reportBy(setting, whole.json);
  const inSampleGrades = gradeIndices(setting, fittedReport, graded);
  const inSample = agreementOf(analystOfGraded, inSampleGrades, K);
  const before = agreementOf(
    analystOfGraded,
    gradeIndices(setting, reportBy(setting, setting.start as RuleSetInput), graded),
    K,
  );

  let crossValidated: (Agreement & { folds: number }) | null = null;
  if (folds >= 2) {
    const foldOf = foldsOf(Int16Array.from(analystOfGraded), folds);
    const predicted = new Array<number>(graded.length).fill(-1);
    for (let f = 0; f < folds; f++) {
      const train = graded.filter((_, i) => foldOf[i] !== f);
      const testAt = analystOfGraded.map((_, i) => i).filter((i) => foldOf[i] === f);
      const fold = yield* fitOn(setting, rowsOf(setting, train), [whole.from], progress(1));
      const grades = gradeIndices(
        setting,
        reportBy(setting, fold.json),
        Int32Array.from(testAt, (i) => graded[i] as number),
      );
      testAt.forEach((i, k) => {
        predicted[i] = grades[k] ?? -1;
      });
      searchesDone++;
    }
    crossValidated = { ...agreementOf(analystOfGraded, predicted, K), folds };
  }
  const baseline = baselineOf(analystOfGraded, K);
  const measured = crossValidated ?? inSample;
  // The fitted rule set is built from valid numbers; should it not load, say why rather than hand it over.
  if (fittedReport === null) {
    const loaded = loadRuleSet(whole.json);
    if (!loaded.ok) return err({ code: "table", message: engineText(() => loaded.error[0]?.message ?? "") });
  }
  const after = ruleSetSchema.parse(whole.json);
  // Shares of the score are of the dimensions the graded rows have data for.
  const active = (d: number): boolean =>
    (setting.start.dimensions[d]?.criteria ?? []).some((c) => {
      const present = setting.columns.presence(c.field);
      return graded.some((r) => present(r));
    });
  return ok({
    ruleSet: whole.json,
    gradeColumn: { index: analyst.column, header: analyst.header },
    letters: analyst.letters,
    graded: graded.length,
    issues: analyst.issues,
    thin: graded.length < THIN_EVIDENCE,
    inSample,
    crossValidated,
    baseline,
    before,
    verdict: verdictOf(measured, baseline),
    differences: fittedReport === null ? [] : differencesOf(setting, fittedReport),
    changes: [
      ...changesOf(setting.start, after, setting.start.fields, active),
      ...ladderAndRuleChanges(setting.start, whole.json),
    ],
  });
}

/** Runs a fit to the end (the command line, tests). */
export function runFit(table: Table, start: RuleSet, options: FitOptions): Result<FitReport, FitProblem> {
  const fit = fitRuleSet(table, start, options);
  for (;;) {
    const step = fit.next();
    if (step.done) return step.value;
  }
}
