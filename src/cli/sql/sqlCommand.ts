/**
 * `customer-grader sql --dialect D --table NAME (--headers-from FILE | --columns MAPPING.json)`: the rule set
 * compiled to one SQL SELECT over a database table (src/plan/sql), printed, or written with `--out`.
 */
import { readFileSync } from "node:fs";
import { type Lang, type RuleSet, defaultRuleSet, tableLanguage } from "../../engine";
import { compileSql } from "../../plan/sql";
import type { SqlCommand } from "../args";
import { type CliIo, EXIT_OK, checkOutputPath, report, reportingLeftovers, writeAtomically, writeText } from "../io";
import { languageFromEnv, messageLanguage } from "../lang";
import { PROBLEMS, problem } from "../problems";
import { readRuleSetFile } from "../ruleSetFile";
import { readSource } from "../source";
import { SQL_USAGE } from "./sqlMessages";

interface Columns {
  readonly headers: readonly string[];
  readonly overrides?: Readonly<Record<string, string | null>>;
}

/** `--columns MAPPING.json`: header → field id (or null to leave a column out of grading). */
function readColumnsFile(file: string): Columns | string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return error instanceof SyntaxError ? error.message : `cannot read ${file}`;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "not an object";
  const entries = Object.entries(json as Record<string, unknown>);
  const wrong = entries.find(([, field]) => field !== null && typeof field !== "string");
  if (wrong) return `"${wrong[0]}": ${JSON.stringify(wrong[1])}`;
  return { headers: entries.map(([h]) => h), overrides: Object.fromEntries(entries) as Record<string, string | null> };
}

async function columnsOf(
  command: SqlCommand,
): Promise<{ ok: true; value: Columns } | { ok: false; error: ReturnType<typeof PROBLEMS.usage> }> {
  if (command.columns !== undefined) {
    const read = readColumnsFile(command.columns);
    if (typeof read === "string")
      return { ok: false, error: PROBLEMS.usage(SQL_USAGE.badColumns(command.columns, read)) };
    return { ok: true, value: read };
  }
  const source = await readSource(command.headersFrom as string, {});
  if (!source.ok) return source;
  return {
    ok: true,
    value: { headers: source.value.table.headers.map((h) => (h === null || h === undefined ? "" : String(h))) },
  };
}

export async function sqlCommand(command: SqlCommand, io: CliIo): Promise<number> {
  const envLang = languageFromEnv(io.env);
  let lang: Lang = messageLanguage(command.lang, envLang, undefined);
  let ruleSet: RuleSet = defaultRuleSet();
  if (command.rules !== undefined) {
    const loaded = readRuleSetFile(command.rules);
    if (!loaded.ok) return report(io, loaded.error.problem, lang);
    ruleSet = loaded.value;
  }
  if (command.out !== undefined) {
    const refused = checkOutputPath(command.out, command.headersFrom ?? command.columns ?? null, command.force);
    if (refused) return report(io, refused, lang);
  }
  const columns = await columnsOf(command);
  if (!columns.ok) return report(io, columns.error, lang);
  lang = messageLanguage(command.lang, envLang, tableLanguage(columns.value.headers));
  const compiled = compileSql(ruleSet, {
    dialect: command.dialect,
    table: command.table,
    headers: columns.value.headers,
    ...(columns.value.overrides ? { overrides: columns.value.overrides } : {}),
    ...(command.asOf === undefined ? {} : { asOf: command.asOf }),
  });
  if (!compiled.ok) {
    // Every reason at once: the analyst fixes them in one round.
    for (const p of compiled.error.slice(0, -1)) io.stderr(p.message[lang] + "\n");
    const last = compiled.error[compiled.error.length - 1];
    const code = last?.code === "table" ? "no-recognised-columns" : "not-compilable";
    return report(io, problem(code, last?.message ?? SQL_USAGE.needsHeaders()), lang);
  }
  const sql = `${compiled.value.sql};\n`;
  if (command.out === undefined) {
    await io.stdout(sql);
    return EXIT_OK;
  }
  const failed = await writeAtomically(command.out, writeText(sql), reportingLeftovers(io, lang));
  if (failed) return report(io, failed, lang);
  io.stderr(SQL_USAGE.written(command.out)[lang] + "\n");
  return EXIT_OK;
}
