/**
 * `npm run bench:fit`: learning a rule set from the analyst's grades, as the pane runs it (the engine's fit,
 * bundled as webpack ships it), on hidden analysts' tables (test/support/hiddenAnalysts.ts) of 100, 300 and
 * 1,000 graded customers. Side by side in one run: the whole fit as the pane runs it (every start, then k-fold
 * cross-validation), the fit without cross-validation, and grading the same table once. Then how well it
 * learns: fitted on one half of 600 and of 1,000 customers, the other half graded, per analyst kind over twelve seeds.
 * Prints Markdown for BENCHMARKS.md. Not a test: nothing here asserts a time.
 */
import { type Table, defaultRuleSet, gradeTable, loadRuleSet } from "../src/engine";
import { runFit } from "../src/engine/fit";
import { type AnalystKind, GRADE_HEADER, type TableLang, analystTable } from "../test/support/hiddenAnalysts";
import { formatMs, time } from "./measure";

const quick = process.argv.includes("--quick");
const AS_OF = 46082; // 2026-03-01
const SIZES = quick ? [100, 300] : [100, 300, 1000];
const KINDS: readonly { kind: AnalystKind; lang: TableLang }[] = [
  { kind: "scorecard", lang: "zh-CN" },
  { kind: "capped", lang: "zh-TW" },
  { kind: "words", lang: "en" },
];

function fit(table: Table, lang: TableLang, folds?: number) {
  const result = runFit(table, defaultRuleSet(), {
    gradeColumn: GRADE_HEADER[lang],
    asOf: AS_OF,
    ...(folds !== undefined && { folds }),
  });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

const speed: string[] = [];
for (const count of SIZES)
  for (const { kind, lang } of KINDS) {
    const { table } = analystTable(kind, lang, 1, count);
    const runs = count >= 1000 ? 3 : 5;
    let folds = 0;
    const whole = time(runs, () => {
      folds = fit(table, lang).crossValidated?.folds ?? 0;
    });
    const single = time(runs, () => fit(table, lang, 0));
    const grade = time(runs, () => {
      if (!gradeTable(table, defaultRuleSet(), { asOf: AS_OF }).ok) throw new Error("not graded");
    });
    speed.push(
      `| ${count} | ${kind} (${lang}) | ${formatMs(whole.medianMs)} (${formatMs(whole.minMs)}–${formatMs(whole.maxMs)}), k = ${folds} | ` +
        `${formatMs(single.medianMs)} | ${formatMs(grade.medianMs)} | ${(whole.medianMs / single.medianMs).toFixed(1)}× | ` +
        `${Math.round(whole.medianMs / grade.medianMs)}× |`,
    );
    process.stderr.write(`fit: timed ${kind} × ${count}\n`);
  }

const quality: string[] = [];
const SEEDS = quick ? [1, 2] : Array.from({ length: 12 }, (_, i) => i + 1);
const QUALITY_SIZES = quick ? [1000] : [600, 1000];
for (const count of QUALITY_SIZES)
  for (const { kind, lang } of [...KINDS, { kind: "random" as const, lang: "zh-CN" as const }]) {
    const shares: number[] = [];
    const verdicts = new Map<string, number>();
    const h = count / 2;
    for (const seed of SEEDS) {
      const { table, grades } = analystTable(kind, lang, seed, count);
      const half = { headers: table.headers, rows: table.rows.slice(0, h) };
      const rest = { headers: table.headers, rows: table.rows.slice(h) };
      const report = fit(half, lang);
      const loaded = loadRuleSet(report.ruleSet);
      if (!loaded.ok) throw new Error("the fitted rule set does not load");
      const graded = gradeTable(rest, loaded.value, { asOf: AS_OF });
      if (!graded.ok) throw new Error("not graded");
      shares.push(graded.value.outputs.grades.filter((g, i) => g === grades[h + i]).length / h);
      verdicts.set(report.verdict, (verdicts.get(report.verdict) ?? 0) + 1);
    }
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    const atLeast90 = shares.filter((x) => x >= 0.9).length;
    quality.push(
      `| ${h} of ${count} | ${kind} (${lang}) | ${pct(mean)} | ${pct(Math.min(...shares))} | ${pct(Math.max(...shares))} | ` +
        `${atLeast90} of ${shares.length} | ${[...verdicts].map(([v, n]) => `${n} ${v}`).join(", ")} |`,
    );
    process.stderr.write(`fit: measured ${kind} × ${count}\n`);
  }

process.stdout.write(
  [
    "Time to learn (medians; min–max in brackets):",
    "",
    "| graded rows | analyst | the pane's fit (all starts + k folds) | one fit, no folds | grading once | pane ÷ one fit | pane ÷ grading |",
    "|---:|---|---:|---:|---:|---:|---:|",
    ...speed,
    "",
    `Agreement on the unseen half (fitted on the first half, graded the other; seeds ${SEEDS[0]}–${SEEDS[SEEDS.length - 1]}):`,
    "",
    "| fitted on | analyst | mean | worst seed | best seed | seeds ≥ 90 % | verdicts |",
    "|---|---|---:|---:|---:|---:|---|",
    ...quality,
    "",
  ].join("\n"),
);
