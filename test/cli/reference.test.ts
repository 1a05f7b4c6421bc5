/**
 * docs/cli.md against the command line itself: the file is what `npm run docs:cli` makes now, its synopses
 * parse, its option table says which command takes which option as the parser decides it, and every exit code
 * and `--json` field the command has is in it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OPTIONS, type Option, parseArgs } from "../../src/cli/args";
import { USAGE } from "../../src/cli/help";
import * as io from "../../src/cli/io";
import { JSON_FIELDS, REFERENCE_PATH, renderReference, sampleJson } from "../../scripts/cliReference";
import { ROOT } from "./support/cli";

const reference = readFileSync(join(ROOT, REFERENCE_PATH), "utf8");
let json = "";
beforeAll(async () => {
  json = await sampleJson();
});

test("docs/cli.md is what `npm run docs:cli` writes from the help text and the sample (run it after changing either)", () => {
  expect(reference).toBe(renderReference(json));
});

/** The lines of the Markdown section under `heading`, up to the next heading of that level or higher. */
function section(heading: string): string[] {
  const lines = reference.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const level = heading.indexOf(" ");
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(" ") <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const tableRows = (lines: readonly string[]): string[][] =>
  lines
    .filter((l) => l.startsWith("| ") && !l.startsWith("|---"))
    .slice(1)
    .map((l) => l.slice(2, -2).split(/ (?<!\\)\| /));

/** Placeholders of a synopsis filled with values the parser accepts. */
const PLACEHOLDERS: readonly [RegExp, string][] = [
  [/<file\.xlsx\|file\.csv>|<file\.xlsx>|<lines\.xlsx\|lines\.csv>|<table\.xlsx\|table\.csv>/, "a.xlsx"],
  [/\bzh-CN\|zh-TW\|en\b/, "en"],
  [/\bYYYY-MM-DD\b/, "2026-11-22"],
  [/\bduckdb\|postgres\|clickhouse\|spark\b/, "duckdb"],
  [/--encoding NAME/, "--encoding gb18030"],
  [/\b(NAME|FILE|COLUMN|rules\.json)\b/g, "x.json"],
];

test("every synopsis in the reference parses, with every option it lists", () => {
  const synopses = section("## Commands")
    .filter((l) => l.startsWith("customer-grader "))
    .map((l) => PLACEHOLDERS.reduce((text, [pattern, value]) => text.replace(pattern, value), l));
  expect(synopses).toHaveLength(9);
  for (const line of synopses) {
    // sql takes one of --headers-from and --columns: the synopsis lists both, the parser wants one.
    const argv = line
      .replace(/ \[--columns [^\]]*\]/, "")
      .replace(/[[\]]/g, "")
      .split(" ")
      .slice(1);
    const parsed = parseArgs(argv);
    expect({ line, refused: parsed.ok ? null : parsed.error.message.en }).toEqual({ line, refused: null });
  }
});

/** How each command is typed before its options, and a value for each option. */
const BASE: Record<string, string[]> = {
  "`grade`": ["grade", "a.xlsx"],
  "`grade --explain-columns`": ["grade", "a.xlsx", "--explain-columns"],
  "`format`": ["format", "a.xlsx"],
  "`rules --export`": ["rules", "--export", "r.json"],
  "`rules --check`": ["rules", "--check", "r.json"],
  "`customers`": ["customers", "a.xlsx"],
  "`rfm`": ["rfm", "a.xlsx"],
  "`fit`": ["fit", "a.xlsx", "--grades", "Tier", "--out", "fitted.json"],
  "`sql`": ["sql", "--dialect", "duckdb", "--table", "t", "--headers-from", "h.csv"],
};
/** sql with --columns instead of --headers-from (one of the two). */
const SQL_WITH_COLUMNS = ["sql", "--dialect", "duckdb", "--table", "t"];
const VALUE: Partial<Record<Option, string>> = {
  lang: "en",
  "as-of": "2026-11-22",
  encoding: "gb18030",
  engine: "duckdb",
  dialect: "postgres",
};

test("the option table says which command takes which option, as the parser decides it", () => {
  const lines = section("## Options by command");
  const commands = (lines.find((l) => l.startsWith("| Option")) ?? "").slice(2, -2).split(" | ").slice(1);
  expect(commands).toEqual(Object.keys(BASE));
  const table = tableRows(lines).map(([spelling, ...marks]) => ({
    option: /^`--([a-z-]+)/.exec(spelling ?? "")?.[1] as Option,
    marks,
  }));
  expect([...table.map((r) => r.option), "help"].sort()).toEqual(Object.keys(OPTIONS).sort());
  for (const { option, marks } of table)
    commands.forEach((command, i) => {
      const base = command === "`sql`" && option === "columns" ? SQL_WITH_COLUMNS : (BASE[command] ?? []);
      if (base.includes(`--${option}`)) return;
      const argv = [...base, `--${option}`, ...(OPTIONS[option].type === "string" ? [VALUE[option] ?? "x.json"] : [])];
      // Accepted as the same command: `grade a.xlsx --explain-columns` parses, but as the other form of grade.
      const [parsed, plain] = [parseArgs(argv), parseArgs(BASE[command] ?? [])];
      const accepted = parsed.ok && plain.ok && parsed.value.kind === plain.value.kind;
      expect({ argv, accepted }).toEqual({ argv, accepted: marks[i] === "✓" });
    });
});

test("every exit code the command line has is in the help and in the reference", () => {
  const codes = Object.entries(io)
    .filter(([name]) => name.startsWith("EXIT_"))
    .map(([, value]) => value as number);
  expect(codes.length).toBeGreaterThanOrEqual(3);
  const documented = tableRows(section("## Exit codes")).map(([c]) => Number(c));
  expect(documented.sort()).toEqual([...codes].sort());
  for (const c of codes) expect(USAGE).toMatch(new RegExp(`^  ${c}  \\S`, "m"));
});

/** Every key path in a JSON value, arrays as `[]`, except under the maps keyed by the data (columns, counts). */
function keyPaths(value: unknown, path = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${path}[]`, out);
  else if (value !== null && typeof value === "object")
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === "" ? key : `${path}.${key}`;
      out.add(childPath);
      if (childPath !== "columns" && childPath !== "summary.counts") keyPaths(child, childPath, out);
    }
  return out;
}

test("every field of the sample's --json document is described, and every field described is in it", () => {
  const paths = keyPaths(JSON.parse(json));
  const described = JSON_FIELDS.map(([path]) => path.replace(/\[\]$/, ""));
  /** Described itself, holding described fields, or named in a description of its parent (`label`, `points`). */
  const covered = (path: string): boolean => {
    const dot = path.lastIndexOf(".");
    const [parent, key] = [path.slice(0, Math.max(dot, 0)), path.slice(dot + 1)];
    return (
      described.includes(path) ||
      described.some((d) => d.startsWith(`${path}.`)) ||
      JSON_FIELDS.some(([p, , meaning]) => p.startsWith(parent) && meaning.includes(`\`${key}\``))
    );
  };
  expect([...paths].filter((p) => !covered(p))).toEqual([]);
  expect(described.filter((p) => !paths.has(p))).toEqual([]);
});
