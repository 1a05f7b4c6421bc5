/** Rule sets as files: read and validate one, or write the default. */
import { readFileSync } from "node:fs";
import { type Result, type RuleSet, type RuleSetProblem, err, loadRuleSet, ok } from "../engine";
import { type CliProblem, PROBLEMS } from "./problems";

export type RuleSetFile = Result<
  RuleSet,
  { readonly problem: CliProblem; readonly problems: readonly RuleSetProblem[] }
>;

export function readRuleSetFile(file: string): RuleSetFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === "ENOENT" ? "file not found" : error instanceof Error ? error.message : String(error);
    return err({ problem: PROBLEMS.rulesUnreadable(file, detail), problems: [] });
  }
  const loaded = loadRuleSet(json);
  if (!loaded.ok) return err({ problem: PROBLEMS.rulesInvalid(file, loaded.error), problems: loaded.error });
  return ok(loaded.value);
}
