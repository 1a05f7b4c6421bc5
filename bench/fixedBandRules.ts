/**
 * The default rule set with the annual amount scored in its fixed amount bands instead of by the customer's
 * place in the table: the scorecard `formulaRoute.ts` writes as Excel formulas, and the rules both engines of
 * `oldVsNew.ts` read alike. The same swap as the tests' fixed-band rule set, kept here so the bench does not
 * import from test/.
 */
import { type RuleSet, defaultRuleSetJson, loadRuleSet } from "../src/engine";

export function fixedBandRuleSetJson(): Record<string, unknown> {
  const json = defaultRuleSetJson() as { dimensions: { criteria: { id: string; weight: number }[] }[] };
  for (const dimension of json.dimensions) {
    for (const criterion of dimension.criteria) {
      if (criterion.id === "annual-amount-rank") criterion.weight = 0;
      if (criterion.id === "annual-amount") criterion.weight = 1;
    }
  }
  return json as unknown as Record<string, unknown>;
}

export function fixedBandRuleSet(): RuleSet {
  const loaded = loadRuleSet(fixedBandRuleSetJson());
  if (!loaded.ok) throw new Error("the fixed-band rule set does not load");
  return loaded.value;
}
