/**
 * docs/cli.md, made from the help text (`src/cli/help.ts`), the argument refusals (`src/cli/usageDetails.ts`)
 * and a real `--json` run on the 30-customer sample. `npm run docs:cli` writes it; test/cli/reference.test.ts
 * fails when the file and this disagree.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sample from "../samples/logistics-customers.json";
import { COMMAND_OPTIONS, type CommandName } from "../src/cli/args";
import { formatCsv } from "../src/cli/csv";
import { COMMAND_HELP, EXIT_CODES, OPTION_HELP, PROGRAM, USAGE, optionSpelling, synopsisParts } from "../src/cli/help";
import { EXIT_BAD_INPUT } from "../src/cli/io";
import { PROBLEMS } from "../src/cli/problems";
import { runCli } from "../src/cli/run";
import { USAGE_DETAILS } from "../src/cli/usageDetails";

export const REFERENCE_PATH = "docs/cli.md";

type Details = typeof USAGE_DETAILS;

/** One example per refusal: a refusal added to `USAGE_DETAILS` without one here does not compile. */
const REFUSALS: { readonly [K in keyof Details]: { readonly when: string; readonly args: Parameters<Details[K]> } } = {
  unknownOption: { when: "an option no command has", args: ["--colour"] },
  takesNoValue: { when: "a value given to a switch", args: ["json"] },
  needsValue: { when: "an option without its value", args: ["table"] },
  valueLooksLikeOption: { when: "a value that starts with a dash (write `--out=-x.xlsx`)", args: ["out", "--json"] },
  givenTwice: { when: "the same option twice", args: ["table"] },
  doesNotApply: { when: "an option of another command", args: ["export", "grade"] },
  badLang: { when: "a language other than the three", args: ["fr"] },
  needsFile: { when: "`grade` or `format` without a file", args: ["grade"] },
  oneFile: { when: "more than one file", args: ["grade", 2] },
  badAsOf: { when: "a date not written YYYY-MM-DD", args: ["22/11/2026"] },
  badEncoding: { when: "an encoding other than the five", args: ["gbk"] },
  encodingNeedsCsv: { when: "`--encoding` for an .xlsx workbook", args: [] },
  rulesTakesNoFile: { when: "`rules` given a file of its own", args: [] },
  rulesNeedsOne: { when: "`rules` with neither or both of `--export` and `--check`", args: [] },
  unknownCommand: { when: "a command that does not exist", args: ["grades", "grade, format, rules, help"] },
  macroAsXlsm: { when: "a macro workbook written to another extension", args: ["out.xlsx"] },
  outExtension: { when: "`--out` not ending in .xlsx or .csv", args: ["out.txt"] },
  formatNeedsXlsxOutput: { when: "`grade --format` to a CSV", args: [] },
  escapeNeedsCsvOutput: { when: "`grade --escape-formulas` to an .xlsx", args: [] },
  formatNeedsWorkbook: { when: "`format` on a CSV", args: [] },
  formatWritesXlsx: { when: "`format --out` to a CSV", args: [] },
  explainWritesNothing: {
    when: "`grade --explain-columns` with `--json`, `--out`, `--format` or `--force`",
    args: ["json"],
  },
  needsOption: { when: "`fit` without `--grades` or `--out`", args: ["fit", "grades"] },
  outJson: { when: "`fit --out` not ending in .json", args: ["fitted.xlsx"] },
};

/** `fit --json`'s fields, in the order it writes them. */
export const FIT_JSON_FIELDS: readonly (readonly [path: string, type: string, meaning: string])[] = [
  ["ruleSet", "string", "the path the fitted rule set was written to (`--out`), ready for `grade --rules`"],
  ["gradeColumn", "string", "the header of the analyst's grade column, as written in the table"],
  ["letters", "string[]", "the grades the analyst uses, best first: the fitted rule set's grades"],
  ["graded", "number", "rows with a grade the fit learned from"],
  ["thin", "boolean", "true under 30 graded rows: the evidence is thin, whatever the agreement"],
  [
    "inSample",
    "object",
    "the fitted rule set on the rows it was fitted on: `rows` compared, `agreed` (same grade), `share` (agreed ÷ rows, 0–1), `withinOne` (at most one grade apart), `kappa` (Cohen's, quadratic weights: 1 full agreement, 0 chance); four decimals",
  ],
  [
    "crossValidated",
    "object | null",
    "the same on rows each fold's fit did not see (k-fold cross-validation), with `folds`; null under 3 graded rows",
  ],
  ["baseline", "number", "0–1: the share of rows with the most common grade, what always guessing it agrees on"],
  ["before", "object", "the starting rule set (`--rules`, else the default) on the same rows, as `inSample`"],
  [
    "verdict",
    '"good" | "fair" | "poor"',
    "good: trust it; fair: check the differences; poor: the grades do not follow the table's columns (cross-validated agreement, else in-sample, against kappa and the baseline)",
  ],
  [
    "confusion",
    "object",
    "counts of rows by the analyst's grade (`rows`, the letters) and the rule set's grade (`columns`, the letters then `none`: not graded)",
  ],
  ["confusion.rows", "string[]", "the analyst's grades, one matrix row each"],
  ["confusion.columns", "string[]", 'the fitted grades, one matrix column each, "none" last'],
  ["confusion.inSample", "number[][]", "the fitted rule set on the rows it was fitted on"],
  ["confusion.crossValidated", "number[][] | null", "each row graded by the fold's fit that did not see it"],
  ["differences[]", "array", "every customer the fitted rule set grades differently from the analyst, in table order"],
  ["differences[].row", "number", "the sheet row (a CSV's header is row 1; a workbook's as Excel numbers it)"],
  ["differences[].name", "string", "the customer's name as typed"],
  ["differences[].analyst", "string", "the analyst's grade"],
  ["differences[].fitted", "string | null", "the fitted rule set's grade; null where it cannot grade the row"],
  ["differences[].score", "number | null", "the fitted rule set's score, 0–100, one decimal; null when not graded"],
  ["changes[]", "array", "each number of the rule set the fit changed, before → after"],
  [
    "changes[].kind",
    '"dimension" | "criterion" | "parameter" | "threshold" | "rule"',
    "a dimension's weight, a criterion's weight, a number inside a criterion (a band, a range, a word's points), a grade's minimum score, or a hard rule",
  ],
  ["changes[].path", "string", "where the number is in the rule set's JSON (`dimensions[2].weight`)"],
  ["changes[].label", "string", "what it is, in the document's language"],
  ["changes[].before", "number | null", "the number before (a rule switched on or off: 1 or 0); null when new"],
  ["changes[].after", "number | null", "the number after; null for a cap's grade (see `grade`)"],
  ["changes[].shareBefore", "number", "dimension: its share of the score (%) before; absent for the other kinds"],
  ["changes[].shareAfter", "number", "dimension: its share of the score (%) after"],
  ["changes[].grade", "object", "a cap's grade changed: the letters `before` and `after`; absent otherwise"],
  ["issues[]", "array", "grade cells that could not be read, left out of the fit"],
  ["issues[].row", "number", "the sheet row, as for `differences`"],
  ["issues[].column", "string", "the grade column's header"],
  ["issues[].code", "string", "why, as in `grade --json`'s issues"],
  ["issues[].message", "string", "why, in the document's language"],
];

/** The `--json` document's fields, in the order it writes them. */
export const JSON_FIELDS: readonly (readonly [path: string, type: string, meaning: string])[] = [
  ["table", "string", "the graded table: the Excel table's name, else the sheet's, else the CSV file's name"],
  [
    "columns",
    "{ field: header }",
    "the header each field was read from, and those of the grade, score and remark columns as written",
  ],
  [
    "mapping[]",
    "array",
    "one entry per column of the table, in column order: what it is read as and how, or why it is not used",
  ],
  ["mapping[].column", "number", "1-based column of the table"],
  ["mapping[].header", "string", 'the header as written ("" when blank)'],
  ["mapping[].field", "string | null", "the field the column is read as; null when it is not used"],
  [
    "mapping[].via",
    '"alias" | "qualified" | "contains" | "override" | null',
    "how: the header is a known name, is one once its period or unit is set aside, contains one, or the analyst chose the field; null when not used",
  ],
  ["mapping[].confidence", "number | null", "0–1, two decimals: how sure the reading is; null when not used"],
  ["mapping[].period", "string | null", 'the period the header names, as written ("2017", "本年"); null when none'],
  ["mapping[].unit", "string | null", 'the unit the header names, as written ("万元", "USD"); null when none'],
  [
    "mapping[].samples",
    "string[]",
    "up to 3 distinct non-blank values from the top of the column, as text (a date column's serials as YYYY-MM-DD)",
  ],
  [
    "mapping[].note",
    '"unrecognised" | "ambiguous" | "duplicate" | "older-period" | null',
    "why the column is not used: no field recognised; ambiguous, with the fields it could be in `candidates`; its field is read from another column; another column holds its field for a newer period. null when used",
  ],
  ["notAssessed", "object", "what the table has no column for: graded without it, said once for the table"],
  [
    "notAssessed.dimensions",
    "array",
    "the dimensions not assessed, each with its `id`, `label` and the `fields` any of which would let the table assess it",
  ],
  [
    "notAssessed.rules",
    "array",
    "the `require` rules not applied because the table has none of their fields, each with its `id` and `anyOf`",
  ],
  [
    "notAssessed.message",
    "string | null",
    "what is not assessed and how to add it, in the document's language; null when the table assesses everything",
  ],
  ["asOf", "object", "the date days and years were counted to"],
  ["asOf.date", "string", "YYYY-MM-DD"],
  [
    "asOf.from",
    '"given" | "period"',
    "given: --as-of, else today; period: the end of the closed year the headers name (a table of 2017's figures), with the `header` that named it and a `message`",
  ],
  [
    "scales[]",
    "array",
    "each money criterion in force: its `criterion` id, `relative` (true: ranked within the table, whatever the currency or unit; false: fixed amount bands) and a `message` saying so",
  ],
  ["encoding", "object | null", "the encoding a CSV was read in; null for a workbook (whose text is always Unicode)"],
  [
    "encoding.name",
    '"utf8" | "utf16le" | "utf16be" | "gb18030" | "big5"',
    "as `--encoding` takes it (gb18030 also reads GBK)",
  ],
  [
    "encoding.why",
    '"bom" | "valid-utf8" | "option" | "detected"',
    "how it was decided: the byte order mark at the start; the bytes being valid UTF-8; --encoding; or, for a file that is not valid UTF-8, the text reading more plausibly in it than in UTF-8, GB18030 or Big5",
  ],
  ["encoding.bom", "boolean", "whether the file starts with the encoding's byte order mark"],
  ["rows[]", "array", "one entry per data row, in order"],
  ["rows[].row", "number", "1-based data row (the header row is not counted)"],
  ["rows[].name", "string", 'the customer\'s name as typed ("" when blank)'],
  [
    "rows[].status",
    '"graded" | "incomplete" | "skipped"',
    "incomplete: a required column is empty (grade only when set by hand); skipped: a blank row",
  ],
  ["rows[].score", "number | null", "0–100, one decimal; null when not graded"],
  ["rows[].grade", "string | null", "the grade letter as written to the grade column"],
  ["rows[].remark", "string", "the remark as written to the remark column"],
  ["rows[].reasons[]", "array", "why: one entry per dimension, cap, override or flag (none for a skipped row)"],
  [
    "rows[].reasons[].kind",
    '"dimension" | "cap" | "override" | "flag" | "notAssessed"',
    "which it is; notAssessed (once per row, when the table has no column for some dimensions) lists their ids in `dimensions`, with a `remark`",
  ],
  [
    "rows[].reasons[].dimension",
    "string",
    "dimension: its id, with `label`, `points` (its share of the score) and `dimensionScore` (0–100)",
  ],
  [
    "rows[].reasons[].criteria[]",
    "array",
    "dimension: each criterion's `criterion` id, `label`, `field` and `points` (null when its cell is empty)",
  ],
  [
    "rows[].reasons[].criteria[].source",
    "string",
    "where the values came from when not simply the field's own column (a period's figure scaled to a year, profit ÷ revenue, the ageing buckets); absent otherwise",
  ],
  ["rows[].reasons[].rule", "string", "cap, override, flag: the rule's id"],
  [
    "rows[].reasons[].grade",
    "string",
    "cap: the highest grade allowed, with `lowered` (whether it lowered this row's); override: the grade set by hand, with `computedGrade`",
  ],
  ["rows[].reasons[].remark", "string", "cap, override, flag: the rule's remark"],
  ["rows[].issues[]", "array", "cells that could not be read: `column` (its header), `code`, `message`"],
  ["summary.counts", "{ grade: number }", "rows per grade letter, every letter of the rule set present"],
  [
    "summary.receivables",
    "array",
    "only for a table with a balance (a balance column or ageing buckets): one entry per grade letter in the rule set's order, then the ungraded (`grade` null)",
  ],
  ["summary.receivables[].grade", "string | null", "the grade letter; null for customers without a grade"],
  ["summary.receivables[].customers", "number", "customers of the grade with a known balance"],
  ["summary.receivables[].balance", "number", "what they owe, summed"],
  [
    "summary.receivables[].overdue",
    "number | null",
    "the part of it past due (an overdue-amount column, or the ageing buckets past due); null when the table does not say",
  ],
  [
    "summary.receivables[].ageing",
    "object | null",
    "with ageing buckets: `notDue`, `days1to30`, `days31to60`, `days61to90`, `over90` (buckets of other ranges folded into these by their first day); null without",
  ],
];

const code = (text: string): string => `\`${text}\``;
/** Text in a table cell: GitHub's tables split on "|" even inside code spans. */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
/** Prose with `<name>` in it, which Markdown would take for an HTML tag. */
const prose = (text: string): string => text.replace(/</g, "\\<");
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
    "\n",
  );

const COMMANDS = Object.keys(COMMAND_OPTIONS) as CommandName[];

function commandSection(command: CommandName): string {
  const options = COMMAND_OPTIONS[command].map((o) => [
    cell(code(optionSpelling(o))),
    prose(cell(OPTION_HELP[o].text)),
  ]);
  return [
    `### ${code(`${PROGRAM} ${command}`)}`,
    "",
    "```sh",
    synopsisParts(command).join(" "),
    "```",
    "",
    prose(COMMAND_HELP[command].text),
    "",
    table(["Option", "What it does"], options),
  ].join("\n");
}

function optionMatrix(): string {
  const options = [...new Set(COMMANDS.flatMap((c) => COMMAND_OPTIONS[c]))];
  const rows = options.map((o) => [
    cell(code(optionSpelling(o))),
    ...COMMANDS.map((c) => ((COMMAND_OPTIONS[c] as readonly string[]).includes(o) ? "✓" : "")),
  ]);
  return table(["Option", ...COMMANDS.map(code)], rows);
}

function refusalTable(): string {
  const rows = (Object.keys(REFUSALS) as (keyof Details)[]).map((key) => {
    const { when, args } = REFUSALS[key];
    const detail = (USAGE_DETAILS[key] as (...a: typeof args) => Record<"zh-CN" | "zh-TW" | "en", string>)(...args);
    return [when, cell(detail.en), cell(detail["zh-CN"]), cell(detail["zh-TW"])];
  });
  return table(["When", "en", "zh-CN", "zh-TW"], rows);
}

/** The command that made the example, as a reader would type it. */
const EXAMPLE_COMMAND = `${PROGRAM} grade logistics-customers.csv --json --as-of ${sample.asOf} --lang en > grades.json`;
/** `--json` of the sample, as a CSV graded by the command line in this process. */
export async function sampleJson(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cg-reference-"));
  try {
    const csv = join(dir, "logistics-customers.csv");
    const cells = (row: readonly (string | number | null)[]) => row.map((v) => (v === "" ? null : v));
    writeFileSync(csv, formatCsv([sample.headers, ...sample.rows.map(cells)], ","));
    let stdout = "";
    let stderr = "";
    const argv = ["grade", csv, "--json", "--as-of", sample.asOf, "--lang", "en", "--out", join(dir, "graded.xlsx")];
    const exit = await runCli(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: {},
      stderrIsTTY: false,
      today: () => new Date(),
    });
    if (exit !== 0) throw new Error(`grading the sample failed (${exit}): ${stderr}`);
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ExampleRow {
  readonly row: number;
  readonly status: string;
  readonly reasons: readonly { readonly kind: string }[];
  readonly issues: readonly unknown[];
}

interface ExampleColumn {
  readonly column: number;
  readonly via: string | null;
  readonly note: string | null;
  readonly period: string | null;
  readonly unit: string | null;
}

/** What a row shows that another may not: its status, its kinds of reason, whether it has issues. */
const rowFeatures = (row: ExampleRow): Set<string> =>
  new Set([row.status, ...row.reasons.map((r) => r.kind), ...(row.issues.length > 0 ? ["issues"] : [])]);

/** What a column's reading shows: how it was read or why not, and whether it has a period or a unit. */
const columnFeatures = (c: ExampleColumn): Set<string> =>
  new Set([
    `via:${c.via}`,
    `note:${c.note}`,
    ...(c.period === null ? [] : ["period"]),
    ...(c.unit === null ? [] : ["unit"]),
  ]);

/** Items that between them show every feature: the most new at each step, first come first, in their order. */
function showEveryFeature<T>(items: readonly T[], features: (item: T) => Set<string>, order: (item: T) => number): T[] {
  const chosen: T[] = [];
  const shown = new Set<string>();
  for (;;) {
    const gain = (item: T) => [...features(item)].filter((f) => !shown.has(f)).length;
    const best = items.reduce<T | null>((b, r) => (gain(r) > (b ? gain(b) : 0) ? r : b), null);
    if (!best) return chosen.sort((a, b) => order(a) - order(b));
    chosen.push(best);
    for (const f of features(best)) shown.add(f);
  }
}

const exampleRows = (rows: readonly ExampleRow[]): ExampleRow[] => showEveryFeature(rows, rowFeatures, (r) => r.row);
const exampleColumns = (columns: readonly ExampleColumn[]): ExampleColumn[] =>
  showEveryFeature(columns, columnFeatures, (c) => c.column);

/** Pretty JSON with each array of plain values, then each object that holds no object, on one line where it stays short. */
const compactJson = (value: unknown): string =>
  JSON.stringify(value, null, 2)
    .replace(/\[\n\s+([^{}[\]]*?)\n\s*\]/g, (whole, body: string) => {
      const line = `[${body.replace(/\n\s+/g, " ")}]`;
      return line.length <= 100 ? line : whole;
    })
    .replace(/\{\n\s+("[^{}]*?)\n\s*\}/g, (whole, body: string) => {
      const line = `{ ${body.replace(/\n\s+/g, " ")} }`;
      return line.length <= 120 ? line : whole;
    });

function jsonExample(json: string): string {
  const document = JSON.parse(json) as { rows: ExampleRow[]; mapping: ExampleColumn[] };
  const rows = exampleRows(document.rows);
  const left = `… the other ${document.rows.length - rows.length} of ${document.rows.length} rows, left out here`;
  const columns = exampleColumns(document.mapping);
  const leftColumns = `… the other ${document.mapping.length - columns.length} of ${document.mapping.length} columns, left out here`;
  return compactJson({ ...document, mapping: [...columns, leftColumns], rows: [...rows, left] });
}

/** Which rows of the sample the example shows (1-based), for the text around it. */
const shownRows = (json: string): string =>
  exampleRows((JSON.parse(json) as { rows: ExampleRow[] }).rows)
    .map((r) => r.row)
    .join(", ");
/** Which columns of the sample the example's `mapping` shows: "column 1", "columns 1, 5". */
function shownColumns(json: string): string {
  const columns = exampleColumns((JSON.parse(json) as { mapping: ExampleColumn[] }).mapping).map((c) => c.column);
  return `${columns.length === 1 ? "column" : "columns"} ${columns.join(", ")}`;
}

/** docs/cli.md, given the `--json` text of the sample (`sampleJson()`). */
export function renderReference(json: string): string {
  const usageProblem = PROBLEMS.usage(USAGE_DETAILS.needsValue("table")).message;
  return `# Command line reference

<!-- Made by \`npm run docs:cli\` from src/cli/help.ts (what \`${PROGRAM} --help\` prints), src/cli/usageDetails.ts
and a run on samples/logistics-customers.json. Edit those, not this file: test/cli/reference.test.ts fails when
they disagree. -->

For grading where no Excel runs (a nightly job, a shared folder, a Linux machine): the same engine, rule set
and output columns as the add-in. Build it once with \`npm run build:cli\` (or \`npm run build\`), then run
\`npx ${PROGRAM} …\` or \`npm run grade -- …\`.

## Commands

${COMMANDS.map(commandSection).join("\n\n")}

### ${code(`${PROGRAM} help`)}

Prints the help below (as do ${code("-h")}, ${code("--help")} and no command at all).

## Options by command

Options go before or after the file, as ${code("--name value")} or ${code("--name=value")}; a value that starts
with a dash needs the ${code("=")} form. After ${code("--")} every argument is a file name.

${optionMatrix()}

## Exit codes

${table(
  ["Code", "Meaning"],
  EXIT_CODES.map((e) => [String(e.code), cell(e.text)]),
)}

## Wrong arguments

Arguments the commands do not take are refused before any file is read: exit ${EXIT_BAD_INPUT}, one line on
stderr, in the language of ${code("--lang")} (else of ${code("LC_ALL")}, ${code("LC_MESSAGES")} or ${code("LANG")}, else English), for example:

\`\`\`text
${usageProblem.en}
${usageProblem["zh-CN"]}
${usageProblem["zh-TW"]}
\`\`\`

What the line says after ${code("Wrong arguments:")}:

${refusalTable()}

## The ${code("--json")} document

One JSON document on stdout and nothing else (the summary line goes to stderr). Other tools read it: its
shape stays.

${table(
  ["Field", "Type", "Meaning"],
  JSON_FIELDS.map(([path, type, meaning]) => [code(path), cell(type), cell(meaning)]),
)}

The 30-customer sample (samples/logistics-customers.json saved as a CSV), graded with the command below; the
document's \`mapping\` shows ${shownColumns(json)} (between them, every way the sample's columns were read),
and its rows ${shownRows(json)}, which between them have every status, kind of reason and an issue, and the
summary:

\`\`\`sh
${EXAMPLE_COMMAND}
\`\`\`

\`\`\`json
${jsonExample(json)}
\`\`\`

## The ${code("fit --json")} document

One JSON document on stdout (the closing line goes to stderr), written after the fitted rule set: other tools
read it, its shape stays. Numbers of agreement are counts and shares of the graded rows.

${table(
  ["Field", "Type", "Meaning"],
  FIT_JSON_FIELDS.map(([path, type, meaning]) => [code(path), cell(type), cell(meaning)]),
)}

## ${code(`${PROGRAM} --help`)}

\`\`\`text
${USAGE}
\`\`\`
`;
}
