/** `customer-grader rules --export FILE` and `rules --check FILE`. */
import { defaultRuleSetJson, type Lang } from "../engine";
import { CLI_MESSAGES } from "./i18n";
import { type CliIo, EXIT_OK, checkOutputPath, report, reportingLeftovers, writeAtomically, writeText } from "./io";
import { readRuleSetFile } from "./ruleSetFile";

export async function exportRules(file: string, force: boolean, io: CliIo, lang: Lang): Promise<number> {
  const refused =
    checkOutputPath(file, null, force) ??
    (await writeAtomically(
      file,
      writeText(JSON.stringify(defaultRuleSetJson(), null, 2) + "\n"),
      reportingLeftovers(io, lang),
    ));
  if (refused) return report(io, refused, lang);
  io.stderr(CLI_MESSAGES[lang].rulesExported(file) + "\n");
  return EXIT_OK;
}

/** Lists every problem on stdout (one `path: message` a line), then the one-line verdict on stderr. */
export function checkRules(file: string, io: CliIo, lang: Lang): number {
  const loaded = readRuleSetFile(file);
  if (!loaded.ok) {
    for (const p of loaded.error.problems) io.stdout(`${p.path}: ${p.messages[lang]}\n`);
    return report(io, loaded.error.problem, lang);
  }
  const rules = loaded.value;
  const letters = rules.grades.map((g) => g.letter).join(" ");
  io.stderr(CLI_MESSAGES[lang].rulesValid(file, rules.dimensions.length, letters) + "\n");
  return EXIT_OK;
}
