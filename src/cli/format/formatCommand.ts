/** `customer-grader format FILE`: the template formatting alone, on a copy of an .xlsx workbook. */
import { type Lang, type RuleSet, defaultRuleSet, mapColumns, tableLanguage } from "../../engine";
import { planOutputColumns } from "../../plan";
import type { FormatCommand } from "../args";
import { outputTarget } from "../gradeCommand";
import { type CliIo, EXIT_OK, checkOutputPath, report, reportingLeftovers, writeAtomically } from "../io";
import { languageFromEnv, messageLanguage } from "../lang";
import { PROBLEMS } from "../problems";
import { USAGE_DETAILS } from "../usageDetails";
import { readRuleSetFile } from "../ruleSetFile";
import { noRoomForOutputs } from "../sheetRoom";
import { isCsvPath, readSource } from "../source";
import type { FormattingOutcome } from "./sheetFormatter";
import { formatSummaryLine } from "./summary";
import { writeFormattedWorkbook } from "./formatWorkbook";

export async function formatCommand(command: FormatCommand, io: CliIo): Promise<number> {
  const envLang = languageFromEnv(io.env);
  let lang: Lang = messageLanguage(command.lang, envLang, undefined);
  if (isCsvPath(command.file)) return report(io, PROBLEMS.usage(USAGE_DETAILS.formatNeedsWorkbook()), lang);
  let ruleSet: RuleSet = defaultRuleSet();
  if (command.rules !== undefined) {
    const loaded = readRuleSetFile(command.rules);
    if (!loaded.ok) return report(io, loaded.error.problem, lang);
    ruleSet = loaded.value;
  }
  const target = outputTarget(command.file, command.out, "formatted");
  if ("code" in target) return report(io, target, lang);
  if (target.format === "csv") return report(io, PROBLEMS.usage(USAGE_DETAILS.formatWritesXlsx()), lang);
  const refused = checkOutputPath(target.path, command.file, command.force);
  if (refused) return report(io, refused, lang);

  const read = await readSource(command.file, {
    ...(command.table === undefined ? {} : { table: command.table }),
    ...(command.sheet === undefined ? {} : { sheet: command.sheet }),
  });
  if (!read.ok) return report(io, read.error, lang);
  const source = read.value;
  if (source.kind !== "xlsx") return report(io, PROBLEMS.notAWorkbook(command.file), lang);
  const headersLang = tableLanguage(source.table.headers);
  lang = messageLanguage(command.lang, envLang, headersLang);
  // As the add-in does: a table without output columns gets them (empty) first, so they can be formatted.
  const layout = planOutputColumns(mapColumns(source.table.headers), source.table.headers.length, headersLang);
  const noRoom = noRoomForOutputs(source, layout);
  if (noRoom) return report(io, noRoom, lang);
  const blocked = source.read.occupiedRight.slice(0, layout.toAdd.length).find((cell) => cell !== null);
  if (blocked) return report(io, PROBLEMS.columnsBlocked(blocked), lang);

  const done: { outcome?: FormattingOutcome } = {};
  const failed = await writeAtomically(
    target.path,
    async (temp) => {
      done.outcome = (await writeFormattedWorkbook(source, layout, [], new Map(), ruleSet, temp)).outcome;
    },
    reportingLeftovers(io, lang),
  );
  if (failed) return report(io, failed, lang);
  if (done.outcome) io.stderr(formatSummaryLine(done.outcome, source.name, target.path, lang) + "\n");
  return EXIT_OK;
}
