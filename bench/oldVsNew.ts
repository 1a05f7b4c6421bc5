/**
 * `npm run bench:old-vs-new -- [commit]` (default c185792): the engine of an older commit and today's, bundled
 * alike and timed in turns in one process on the bench's tables, with (1) each commit's own default rule set
 * and (2) the same fixed-band rules given to both. Checks where grades must agree and says why where they do
 * not. Prints Markdown for BENCHMARKS.md. Not part of `npm run bench` or CI: it needs git history.
 */
import { cpus, loadavg } from "node:os";
import * as today from "../src/engine";
import type { GradeReport, Table } from "../src/engine";
import { fixedBandRuleSetJson } from "./fixedBandRules";
import { formatInt, formatMs, alternate, type Timing } from "./measure";
import { type EngineModule, loadOldEngine } from "./oldEngine";
import { BENCH_AS_OF, structuredTable } from "./tables";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const quick = process.argv.includes("--quick");
const SIZES = quick ? [100_000] : [100_000, 1_048_576];
const runsFor = (rows: number): number => (rows >= 1_000_000 ? 7 : 11);

/** A rule set as JSON, loaded by one engine; null with the reason when that engine refuses it. */
type Loaded = { rules: unknown; problem: null } | { rules: null; problem: string };
function load(engine: EngineModule, json: unknown): Loaded {
  const loaded = engine.loadRuleSet(json);
  if (loaded.ok) return { rules: loaded.value, problem: null };
  return { rules: null, problem: loaded.error.map((p) => `${p.path}: ${p.message}`).join("; ") };
}

/** Today's default with fixed bands, without the rank criterion at weight 0 (a kind the old engine lacks). */
function todaysFixedBandsWithoutRank(): unknown {
  const json = fixedBandRuleSetJson() as { dimensions: { criteria: { id: string }[] }[] };
  for (const d of json.dimensions) d.criteria = d.criteria.filter((c) => c.id !== "annual-amount-rank");
  return json;
}

function grade(engine: EngineModule, rules: unknown, table: Table): GradeReport {
  const result = engine.gradeTable(table, rules as today.RuleSet, { asOf: BENCH_AS_OF });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

/** Field → column index of a mapping, for "did this table map the same way". */
function mappedColumns(report: GradeReport): Map<string, number> {
  const out = new Map<string, number>();
  for (const [field, column] of Object.entries(report.mapping.columns)) if (column) out.set(field, column.index);
  return out;
}

function mappingChanges(a: GradeReport, b: GradeReport, headers: readonly string[]): string[] {
  const [before, after] = [mappedColumns(a), mappedColumns(b)];
  const changes: string[] = [];
  for (const field of new Set([...before.keys(), ...after.keys()])) {
    const [x, y] = [before.get(field), after.get(field)];
    if (x === y) continue;
    const header = (i: number | undefined) => (i === undefined ? "–" : `「${headers[i] ?? i}」`);
    changes.push(`${field}: ${header(x)} → ${header(y)}`);
  }
  return changes;
}

interface Comparison {
  agreeGrades: number;
  agreeScores: number;
  agreeRemarks: number;
  examples: string[];
}

function compare(a: GradeReport, b: GradeReport): Comparison {
  const [ga, gb] = [a.outputs.grades, b.outputs.grades];
  const [sa, sb] = [a.outputs.scores, b.outputs.scores];
  const [ra, rb] = [a.outputs.remarks, b.outputs.remarks];
  const result: Comparison = { agreeGrades: 0, agreeScores: 0, agreeRemarks: 0, examples: [] };
  for (let r = 0; r < ga.length; r++) {
    const sameGrade = ga[r] === gb[r];
    const x = sa[r] as number;
    const y = sb[r] as number;
    const sameScore = x === y || (x !== x && y !== y);
    if (sameGrade) result.agreeGrades++;
    if (sameScore) result.agreeScores++;
    if (ra[r] === rb[r]) result.agreeRemarks++;
    if ((!sameGrade || !sameScore || ra[r] !== rb[r]) && result.examples.length < 5)
      result.examples.push(`row ${r + 1}: ${ga[r]} ${x} 「${ra[r]}」 → ${gb[r]} ${y} 「${rb[r]}」`);
  }
  return result;
}

function distribution(report: GradeReport): string {
  const counts = new Map<string, number>();
  for (const g of report.outputs.grades) counts.set(g ?? "–", (counts.get(g ?? "–") ?? 0) + 1);
  return [...counts.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([g, n]) => `${g} ${formatInt(n)}`)
    .join(", ");
}

const { commit, engine: old } = await loadOldEngine(args[0] ?? "c185792");
const short = commit.slice(0, 7);
const cases = [
  {
    name: "each commit's default rule set",
    old: load(old, old.defaultRuleSetJson()),
    new: load(today, today.defaultRuleSetJson()),
    mustAgree: false,
  },
  {
    name: `${short}'s default rule set (fixed bands), both engines`,
    old: load(old, old.defaultRuleSetJson()),
    new: load(today, old.defaultRuleSetJson()),
    mustAgree: true,
  },
  {
    name: "today's default with fixed bands (rank criterion removed), both engines",
    old: load(old, todaysFixedBandsWithoutRank()),
    new: load(today, todaysFixedBandsWithoutRank()),
    mustAgree: true,
  },
];

interface Line {
  rows: number;
  name: string;
  old?: Timing;
  new?: Timing;
  note: string;
}
const lines: Line[] = [];
const notes: string[] = [];
const loadAtStart = loadavg();

// Warm-up, untimed: both engines' loops compiled by the JIT before the first timed case, not during it.
const small = structuredTable(10_000);
for (const c of cases) {
  for (let i = 0; i < 3; i++) {
    if (c.old.rules !== null) grade(old, c.old.rules, small);
    if (c.new.rules !== null) grade(today, c.new.rules, small);
  }
}

for (const rows of SIZES) {
  const table = structuredTable(rows); // generated outside the timed runs
  for (const c of cases) {
    if (c.old.rules === null || c.new.rules === null) {
      lines.push({ rows, name: c.name, note: `not run: ${c.old.problem ?? c.new.problem}` });
      continue;
    }
    const [oldRules, newRules] = [c.old.rules, c.new.rules];
    const [a, b] = [grade(old, oldRules, table), grade(today, newRules, table)];
    const cmp = compare(a, b);
    const changes = mappingChanges(a, b, table.headers as readonly string[]);
    const agree =
      `grades ${formatInt(cmp.agreeGrades)} / ${formatInt(rows)}, scores ${formatInt(cmp.agreeScores)}, ` +
      `remarks ${formatInt(cmp.agreeRemarks)}`;
    if (changes.length > 0) notes.push(`${formatInt(rows)} rows, ${c.name}: mapping changed: ${changes.join("; ")}`);
    if (!c.mustAgree)
      notes.push(`${formatInt(rows)} rows, ${c.name}: ${short} ${distribution(a)}; today ${distribution(b)}`);
    else if (cmp.examples.length > 0)
      notes.push(`${formatInt(rows)} rows, ${c.name}: differ: ${cmp.examples.join(" | ")}`);
    const [tOld, tNew] = alternate(
      runsFor(rows),
      () => grade(old, oldRules, table),
      () => grade(today, newRules, table),
    );
    lines.push({ rows, name: c.name, old: tOld, new: tNew, note: agree });
    process.stderr.write(`measured ${formatInt(rows)} rows: ${c.name}\n`);
  }
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpu}; old = ${commit}, new = the working tree; ` +
    `load average at start ${fmtLoad(loadAtStart)}, at end ${fmtLoad(loadavg())}; median of N runs, in turns.\n`,
);
console.log(
  "| rows | rules | old engine: median (min), runs | new engine: median (min), runs | new ÷ old, median (min) | " +
    "CPU time new ÷ old, median | agreement |",
);
console.log("|---:|---|---:|---:|---:|---:|---|");
const cell = (t: Timing | undefined) => (t ? `${formatMs(t.medianMs)} (${formatMs(t.minMs)}), ${t.runs}` : "–");
for (const l of lines) {
  const [a, b] = [l.old, l.new];
  const ratio = a && b ? `${(b.medianMs / a.medianMs).toFixed(2)} (${(b.minMs / a.minMs).toFixed(2)})` : "–";
  const cpu = a && b ? (b.cpuMedianMs / a.cpuMedianMs).toFixed(2) : "–";
  console.log(`| ${formatInt(l.rows)} | ${l.name} | ${cell(a)} | ${cell(b)} | ${ratio} | ${cpu} | ${l.note} |`);
}
if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join("\n")}`);
