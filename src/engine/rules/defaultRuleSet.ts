import defaultRules from "./default-rules.json";
import { loadRuleSet } from "./loadRuleSet";
import type { RuleSet } from "./ruleSet";

let cached: RuleSet | undefined;

/**
 * The rule set shipped with the product (`default-rules.json`): seed 002's five year-end measures plus seed
 * 000's transport needs, service preferences and financial status, grades A–D.
 */
export function defaultRuleSet(): RuleSet {
  if (cached) return cached;
  const loaded = loadRuleSet(defaultRules);
  // The file ships with the code and a test validates it: failing here is a build defect, not bad data.
  if (!loaded.ok)
    throw new Error(`default-rules.json is invalid: ${loaded.error.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  cached = loaded.value;
  return cached;
}

/** The default rule set as JSON, for "export" and "reset to default". */
export function defaultRuleSetJson(): unknown {
  return structuredClone(defaultRules);
}
