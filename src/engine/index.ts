/**
 * Customer Grader's grading engine: pure TypeScript, no host. Task pane, custom functions and command line
 * all come in through here.
 */
export * from "./types";
export { FIELDS, FIELD_IDS, isFieldId, type FieldId, type ValueType } from "./fields";
export { DERIVED_FIELDS } from "./derived";
export { templateHeaders } from "./template";
export {
  mapColumns,
  type ColumnMapping,
  type HeaderIssue,
  type MappedColumn,
  type MappingOverrides,
} from "./headers/mapColumns";
export { tableLanguage } from "./headers/tableLanguage";
export { parseNumber } from "./values/number";
export { parsePercent } from "./values/percent";
export { parseDate, serialFromLocalDate, partsFromSerial, isoDateOfSerial } from "./values/date";
export { parseBoolean } from "./values/boolean";
export { normalizeToken, splitTokens } from "./values/text";
export { CRITERION_KINDS, isRelativeToTable, wordListOf, withWordList } from "./criteria/registry";
export type { WordEntry } from "./criteria/kind";
export { loadRuleSet, type RuleSetProblem } from "./rules/loadRuleSet";
export { defaultRuleSet, defaultRuleSetJson } from "./rules/defaultRuleSet";
export type { RuleSet } from "./rules/ruleSet";
export { NUMBER_RANGES } from "./rules/numberRanges";
export { RULESET_FORMAT, type Condition, type RuleSetInput, type FieldRef } from "./rules/schema";
export { CUSTOM_FIELD_TYPES, type CustomFieldType, isBuiltInRef } from "./customFields";
export { readHeader } from "./headers/readHeader";
export { gradeTable } from "./grade/gradeTable";
export { mapTableColumns } from "./grade/mapTable";
export { isRelativeInTable } from "./grade/assessed";
export type { MoneyScale } from "./grade/moneyScales";
export type * from "./grade/results";
export * from "./portfolio";
// Only the shapes: the lines builder is imported from "./lines" by the hosts that build (the pane loads it on
// demand), so the index every formula and the pane's first load import does not carry it.
export type * from "./lines/types";
// The same for fitting a rule set to the analyst's grades ("./fit").
export type * from "./fit/types";
export { isLang, langFromTag, localize, formatList } from "./lang";
