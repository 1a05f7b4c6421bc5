/** The Excel adapter: the only code that talks to Excel (through an `ExcelHost`). */
export {
  createExcelAdapter,
  type ExcelAdapter,
  type GradeAllDone,
  type TableInfo,
  type TemplateFormattingDone,
} from "./adapter";
export { officeHost, type ExcelHost } from "./host";
export type { AdapterError, AdapterErrorCode } from "./errors";
export type { GradeProgress } from "./gradeAll";
export type { GradeTotals } from "./gradeChunk";
export type { SelectedCustomer } from "./selection";
export type { BoundTable } from "./bound";
export type { TableAssessment } from "./assessment";
export type { ColumnSamples } from "./sampleValues";
export type { ColumnText, ColumnValues } from "./columnValues";
export type { OutputsInUse } from "./outputsInUse";
export type { InsertedTemplate } from "./template/templateTable";
export type { YearEndReview } from "./portfolio/yearEndReview";
export type { BuildProgress, CustomerTableBuilt } from "./lines/buildCustomerTable";
export type { LinesTableInfo } from "./lines/linesTables";
export type { RuleSetVersion } from "./ruleSetVersions";
export type { RulesSource } from "./tableRuleSets";
