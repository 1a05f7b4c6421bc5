/**
 * A strict simulator of the subset of the Excel JavaScript API the add-in's Excel adapter uses, for tests on
 * machines without Excel (and a local demo page). See `createWorkbook`.
 */
export { SHEET_COLUMNS, SHEET_ROWS, type Rect, columnLetters, parseAddress } from "./address";
export { type CellInput, type CellValue, UNEVALUATED_FORMULA } from "./cells";
export { type RunFunction, SimApplication, SimRequestContext, SimRuntime, SimWorkbookObject } from "./context";
export { type WorkbookChange } from "./changeFeed";
export { SimulatorError } from "./errors";
export { type ChartData, type ChartSnapshot, type FormattingSnapshot } from "./inspectFormatting";
export { SimEventHandlerResult, SimEventHandlers } from "./eventHandlers";
export { type SimTableSelectionChangedEventArgs } from "./events";
export { LIMITS } from "./limits";
export { SimRange } from "./range";
export { SimSetting, SimSettingCollection } from "./settings";
export { SimClientResult, SimTable, SimTableCollection, SimTableRowCollection } from "./table";
export { SimTableColumn, SimTableColumnCollection } from "./tableColumns";
export { type SimWorkbook, type TableSpec, type WorkbookSpec, createWorkbook } from "./workbook";
export { SimWorksheet, SimWorksheetCollection } from "./worksheet";
export { APIS_WITHOUT_UNDO } from "./undo";
