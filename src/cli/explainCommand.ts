/**
 * `customer-grader grade FILE --explain-columns`: how each column is read, what the table cannot assess and
 * which amount scale is in force, on stdout. Grades no row and writes no file.
 */
import {
  type Lang,
  type RuleSet,
  defaultRuleSet,
  gradeTable,
  mapColumns,
  serialFromLocalDate,
  tableLanguage,
} from "../engine";
import type { ExplainColumnsCommand } from "./args";
import { columnReadings } from "./columnReadings";
import { columnLines, tableLines } from "./explainColumns";
import { CLI_MESSAGES } from "./i18n";
import { type CliIo, EXIT_OK, report } from "./io";
import { languageFromEnv, messageLanguage } from "./lang";
import { problem } from "./problems";
import { readRuleSetFile } from "./ruleSetFile";
import { readCommandSource } from "./source";

export async function explainCommand(command: ExplainColumnsCommand, io: CliIo): Promise<number> {
  const envLang = languageFromEnv(io.env);
  let lang: Lang = messageLanguage(command.lang, envLang, undefined);
  let ruleSet: RuleSet = defaultRuleSet();
  if (command.rules !== undefined) {
    const loaded = readRuleSetFile(command.rules);
    if (!loaded.ok) return report(io, loaded.error.problem, lang);
    ruleSet = loaded.value;
  }
  const read = await readCommandSource(command);
  if (!read.ok) return report(io, read.error, lang);
  const { name, table } = read.value;
  lang = messageLanguage(command.lang, envLang, tableLanguage(table.headers));

  // The header row alone: the mapping, what is not assessed, the as-of date and the scales are decided from the
  // headers and the rule set, so no row needs grading (test/cli/explainColumns.test.ts holds it to --json's).
  const graded = gradeTable({ headers: table.headers, rows: [] }, ruleSet, {
    asOf: command.asOf ?? serialFromLocalDate(io.today()),
    asOfIsToday: command.asOf === undefined,
    ...(command.lang ? { language: command.lang } : {}),
  });
  if (!graded.ok && graded.error.code === "no-header")
    return report(io, problem(graded.error.code, graded.error.message), lang);
  const mapping = graded.ok ? graded.value.mapping : mapColumns(table.headers);
  const lines = [
    ...columnLines(name, columnReadings(table, mapping), lang),
    ...(graded.ok
      ? tableLines(graded.value, lang)
      : [CLI_MESSAGES[lang].explain.cannotGrade(graded.error.message[lang])]),
  ];
  await io.stdout(lines.join("\n") + "\n");
  return EXIT_OK;
}
