/** The Excel adapter: the only code that talks to Excel (through an `ExcelHost`). */
export {
  createExcelAdapter,
  type ExcelAdapter,
  type ExcelAdapterOptions,
  type TableInfo,
  type Watch,
  type AutoGradeWatch,
} from "./adapter";
export { officeHost, type ExcelHost, type RunBatch } from "./host";
export type { AdapterError, AdapterErrorCode } from "./errors";
export type { GradeAllOptions, GradeAllSummary, GradeProgress } from "./gradeAll";
export type { SelectedCustomer } from "./selection";
export type { BoundTable } from "./bound";
export { REQUIRED_SETS } from "./requirements";
export { SETTING_KEYS } from "./settings";
export type { OutputsInUse } from "./outputsInUse";
export type { TemplateFormattingSummary } from "./template/applyFormatting";
export type { InsertedTemplate } from "./template/templateTable";
export type { PortfolioRefresh } from "./portfolio/refreshPortfolio";
export type { PortfolioSettings } from "./portfolio/portfolioSettings";
export type { YearEndReview } from "./portfolio/yearEndReview";
