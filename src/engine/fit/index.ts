// Fitting a rule set to the analyst's grades: imported from "engine/fit" by the hosts that fit (the pane loads
// it on demand), so the engine's index every formula imports does not carry the search.
export { fitRuleSet, runFit } from "./fitRuleSet";
export type * from "./types";
