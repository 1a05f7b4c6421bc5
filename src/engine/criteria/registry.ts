/**
 * Every criterion kind the engine knows. Adding a kind: write its file beside this one, add it here.
 */
import { band } from "./band";
import type { CriterionKind } from "./kind";
import { linear } from "./linear";
import { rank } from "./rank";
import { words } from "./words";

export const CRITERION_KINDS = [band, linear, rank, words] as const;

/** Looks a kind up by name; the rule-set schema guarantees the name exists once a rule set is loaded. */
export function criterionKind(name: string): CriterionKind<unknown> {
  const found = CRITERION_KINDS.find((k) => k.kind === name);
  if (!found) throw new Error(`Unknown criterion kind "${name}" (the rule-set schema should have refused it)`);
  return found as unknown as CriterionKind<unknown>;
}

/** Whether any criterion's points depend on the other rows (ranks): an edit then re-grades the whole table. */
export function isRelativeToTable(ruleSet: {
  readonly dimensions: readonly { readonly criteria: readonly { readonly kind: string }[] }[];
}): boolean {
  return ruleSet.dimensions.some((d) => d.criteria.some((c) => criterionKind(c.kind).relativeToTable));
}
