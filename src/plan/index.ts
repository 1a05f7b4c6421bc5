/**
 * What to write, decided once for every host: where the output columns go and what their cells hold, the
 * template formatting and how to tell the add-in's own formats from the analyst's, column letters. Pure
 * TypeScript over the engine; the Excel adapter (`src/excel`) and the command line (`src/cli`) only carry it
 * out. Exported here is what a host uses; the rest stays inside (tests import it from its file).
 */
export { type CellBlock, SHEET_COLUMNS, columnLetters, parseAddress } from "./addresses";
export { asCellText, sameCellValue } from "./cellText";
export {
  OUTPUT_FIELDS,
  type OutputColumns,
  type OutputField,
  type OutputPlan,
  outputsAdjacent,
  planOutputColumns,
} from "./outputColumns";
export { type RowOutputs, outputsOf, outputsUnchanged, overwrittenOutputs } from "./rowOutputs";
export { type FormattingPlan, type ListValidation, SCORE_BAR_COLOUR, formattingPlan } from "./formattingPlan";
export { type SeenFormat, isOwnGradeRule, isOwnScoreBar, ownRules } from "./ownRules";
export { gradeColours } from "./gradeColours";
export { type FreezeOutcome, type FrozenNow, FREEZE_ROW_LIMIT, freezeOutcome } from "./freezeHeader";
export { PLAN_MESSAGES } from "./i18n";
export { type GradeChanges, gradeChanges } from "./gradeChanges";
export { conditionText, fieldLabel, operatorSymbol } from "./ruleText";
