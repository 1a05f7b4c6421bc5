/** `customer-grader rules --export FILE` and `rules --check FILE`. */
import { defaultRuleSetJson, type Lang } from "../engine";
import { type CliIo, EXIT_OK, checkOutputPath, report, writeAtomically, writeText } from "./io";
import { readRuleSetFile } from "./ruleSetFile";

export async function exportRules(file: string, force: boolean, io: CliIo, lang: Lang): Promise<number> {
  const refused =
    checkOutputPath(file, null, force) ??
    (await writeAtomically(file, writeText(JSON.stringify(defaultRuleSetJson(), null, 2) + "\n")));
  if (refused) return report(io, refused, lang);
  const done = {
    "zh-CN": `已把默认规则集写入 ${file}`,
    "zh-TW": `已把預設規則集寫入 ${file}`,
    en: `Wrote the default rule set to ${file}`,
  };
  io.stderr(done[lang] + "\n");
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
  const n = rules.dimensions.length;
  const done = {
    "zh-CN": `${file} 是有效的规则集：${n} 个维度，等级 ${letters}`,
    "zh-TW": `${file} 是有效的規則集：${n} 個維度，等級 ${letters}`,
    en: `${file} is a valid rule set: ${n} dimensions, grades ${letters}`,
  };
  io.stderr(done[lang] + "\n");
  return EXIT_OK;
}
