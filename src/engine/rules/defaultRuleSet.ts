import type { Lang } from "../types";
import defaultRules from "./default-rules.json";
import { loadRuleSet } from "./loadRuleSet";
import type { RuleSet } from "./ruleSet";

const cached = new Map<Lang, RuleSet>();

/**
 * The rule set shipped with the product (`default-rules.json`): seed 002's five year-end measures plus seed
 * 000's transport needs, service preferences and financial status, grades A–D. `language` is the language of
 * the remarks it writes (every remark is there in all three); absent, the file's own (Simplified Chinese).
 */
export function defaultRuleSet(language?: Lang): RuleSet {
  const key = language ?? (defaultRules.language as Lang);
  const known = cached.get(key);
  if (known) return known;
  // Read, never changed: no copy needed (and none made, which jsdom's environment could not: no structuredClone).
  const loaded = loadRuleSet(key === defaultRules.language ? defaultRules : { ...defaultRules, language: key });
  // The file ships with the code and a test validates it: failing here is a build defect, not bad data.
  if (!loaded.ok)
    throw new Error(`default-rules.json is invalid: ${loaded.error.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  cached.set(key, loaded.value);
  return loaded.value;
}

/** The default rule set as JSON, for "export" and "reset to default"; `language` as in `defaultRuleSet`. */
export function defaultRuleSetJson(language?: Lang): unknown {
  const json = structuredClone(defaultRules);
  return language === undefined ? json : { ...json, language };
}
