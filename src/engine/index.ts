/**
 * Customer Grader's grading engine: pure TypeScript, no host. Task pane, custom functions and command line
 * all come in through here.
 */
export * from "./types";
export {
  FIELDS,
  FIELD_IDS,
  MONTH_FIELDS,
  fieldSpec,
  isFieldId,
  type FieldId,
  type FieldSpec,
  type ValueType,
} from "./fields";
export { DERIVED_FIELDS, type DerivedFieldId } from "./derived";
export { TEMPLATE_FIELDS, templateHeaders } from "./template";
export {
  mapColumns,
  aliasTable,
  type ColumnMapping,
  type MappedColumn,
  type HeaderIssue,
  type MappingOverrides,
} from "./headers/mapColumns";
export { normalizeHeader } from "./headers/normalizeHeader";
export { tableLanguage } from "./headers/tableLanguage";
export { parseNumber } from "./values/number";
export { parsePercent } from "./values/percent";
export { parseDays } from "./values/days";
export { parseDate, serialFromParts, serialFromLocalDate, partsFromSerial, type ExcelSerial } from "./values/date";
export { parseBoolean } from "./values/boolean";
export { parseFrequency, frequencyFromPhrase } from "./values/frequency";
export { parseChineseInteger } from "./values/chineseNumerals";
export { splitTokens, normalizeText } from "./values/text";
export { isProblem, type CellProblem } from "./values/problem";
export { CRITERION_KINDS, isRelativeToTable, wordListOf, withWordList } from "./criteria/registry";
export type { WordEntry } from "./criteria/kind";
export { loadRuleSet, type RuleSetProblem } from "./rules/loadRuleSet";
export { defaultRuleSet, defaultRuleSetJson } from "./rules/defaultRuleSet";
export type { RuleSet, Criterion, RuleSetDimension } from "./rules/ruleSet";
export {
  RULESET_FORMAT,
  RULESET_VERSION,
  type RuleSetInput,
  type Rule,
  type Condition,
  type FieldRef,
} from "./rules/schema";
export { gradeTable, type GradeOptions } from "./grade/gradeTable";
export type * from "./grade/results";
export * from "./portfolio";
