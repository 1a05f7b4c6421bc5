/**
 * `customer-grader fit TABLE --grades COLUMN --out FITTED.json`: the engine's fit on a table read as `grade`
 * reads it, the fitted rule set written as JSON (ready for `grade --rules`), and how well it agrees printed,
 * or given as one JSON document with `--json`.
 */
import { type Lang, type RuleSet, defaultRuleSet, serialFromLocalDate, tableLanguage } from "../../engine";
import { type FitProblem, type FitReport, fitRuleSet } from "../../engine/fit";
import type { Result, Table } from "../../engine";
import type { FitCommand } from "../args";
import { CLI_MESSAGES } from "../i18n";
import { type CliIo, EXIT_OK, checkOutputPath, report, reportingLeftovers, writeAtomically, writeText } from "../io";
import { languageFromEnv, messageLanguage } from "../lang";
import { problem } from "../problems";
import { readRuleSetFile } from "../ruleSetFile";
import { readCommandSource } from "../source";
import { fitJson } from "./fitJson";
import { fitLines } from "./fitLines";

/** Runs the fit to the end, a line at every tenth of the way on a terminal (a fit of 1,000 rows takes seconds). */
function fitWithProgress(
  table: Table,
  start: RuleSet,
  options: Parameters<typeof fitRuleSet>[2],
  progress: ((percent: number) => void) | null,
): Result<FitReport, FitProblem> {
  const fit = fitRuleSet(table, start, options);
  let shown = 0;
  for (;;) {
    const step = fit.next();
    if (step.done) return step.value;
    if (!progress) continue;
    const tenth = Math.floor((10 * step.value.done) / Math.max(1, step.value.total));
    if (tenth > shown && tenth < 10) progress((shown = tenth) * 10);
  }
}

export async function fitCommand(command: FitCommand, io: CliIo): Promise<number> {
  const envLang = languageFromEnv(io.env);
  let lang: Lang = messageLanguage(command.lang, envLang, undefined);
  let start: RuleSet = defaultRuleSet();
  if (command.rules !== undefined) {
    const loaded = readRuleSetFile(command.rules);
    if (!loaded.ok) return report(io, loaded.error.problem, lang);
    start = loaded.value;
  }
  const refused = checkOutputPath(command.out, command.file, command.force);
  if (refused) return report(io, refused, lang);
  const read = await readCommandSource(command);
  if (!read.ok) return report(io, read.error, lang);
  const source = read.value;
  lang = messageLanguage(command.lang, envLang, tableLanguage(source.table.headers));
  const texts = CLI_MESSAGES[lang];
  const progress = io.stderrIsTTY ? (percent: number) => io.stderr(`… ${texts.fit.progress(percent)}\n`) : null;

  const fitted = fitWithProgress(
    source.table,
    start,
    {
      gradeColumn: command.grades,
      asOf: command.asOf ?? serialFromLocalDate(io.today()),
      asOfIsToday: command.asOf === undefined,
    },
    progress,
  );
  if (!fitted.ok) {
    const { code, message } = fitted.error;
    return report(io, problem(code === "table" ? "no-recognised-columns" : code, message), lang);
  }
  const fit = fitted.value;
  const failed = await writeAtomically(
    command.out,
    writeText(JSON.stringify(fit.ruleSet, null, 2) + "\n"),
    reportingLeftovers(io, lang),
  );
  if (failed) return report(io, failed, lang);

  // Rows as the spreadsheet numbers them: a CSV's header is row 1, a workbook's table may start lower.
  const firstRow = (source.kind === "xlsx" ? source.read.located.headerRow : 1) + 1;
  if (command.json) {
    await io.stdout(JSON.stringify(fitJson(fit, command.out, firstRow, lang), null, 2) + "\n");
    io.stderr(texts.fit.title(fit.gradeColumn.header, fit.graded, command.out) + "\n");
  } else await io.stdout(fitLines(fit, command.out, firstRow, lang).join("\n") + "\n");
  return EXIT_OK;
}
