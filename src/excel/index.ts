/** The Excel adapter: the only code that talks to Excel (through an `ExcelHost`). */
export { createExcelAdapter, type ExcelAdapter, type TableInfo } from "./adapter";
export { officeHost, type ExcelHost } from "./host";
export type { AdapterError, AdapterErrorCode } from "./errors";
export type { GradeAllSummary, GradeProgress } from "./gradeAll";
export type { SelectedCustomer } from "./selection";
export type { BoundTable } from "./bound";
export type { TableAssessment } from "./assessment";
export type { ColumnSamples } from "./sampleValues";
export type { ColumnText, ColumnValues } from "./columnValues";
export type { OutputsInUse } from "./outputsInUse";
export type { TemplateFormattingSummary } from "./template/applyFormatting";
export type { InsertedTemplate } from "./template/templateTable";
export type { PortfolioRefresh } from "./portfolio/refreshPortfolio";
export type { YearEndReview } from "./portfolio/yearEndReview";
export type { BuildProgress, CustomerTableBuilt } from "./lines/buildCustomerTable";
export type { LinesTableInfo } from "./lines/linesTables";
export type { RuleSetVersion } from "./ruleSetVersions";
