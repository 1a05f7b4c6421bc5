/** What can go wrong with the analyst's workbook, as values with a message in each language. */
import type { Localized } from "../engine";

export type AdapterErrorCode =
  | "host-too-old"
  | "no-tables"
  | "table-not-found"
  | "table-renamed"
  | "table-deleted"
  | "no-header"
  | "no-recognised-columns"
  | "not-bound"
  /** A cell of a table that is no longer the bound one (an issue listed before the analyst picked another table). */
  | "table-changed"
  /** A sheet or table name the add-in wanted, and its numbered variants, are all the analyst's (#7). */
  | "name-in-use"
  /** The table was graded, but the summary sheet or grade history could not be written (#7). */
  | "portfolio-failed";

export interface AdapterError {
  readonly code: AdapterErrorCode;
  readonly message: Localized;
}

const quoteZh = (s: string): string => `“${s}”`;
const quoteTw = (s: string): string => `「${s}」`;

export const adapterErrors = {
  hostTooOld: (set: string): AdapterError => ({
    code: "host-too-old",
    message: {
      "zh-CN": `此版本的 Excel 不支持本加载项需要的功能（${set}）。请更新 Office，或使用 Microsoft 365 / 网页版 Excel。`,
      "zh-TW": `此版本的 Excel 不支援本增益集需要的功能（${set}）。請更新 Office，或使用 Microsoft 365 / 網頁版 Excel。`,
      en: `This version of Excel lacks features the add-in needs (${set}). Update Office, or use Microsoft 365 or Excel on the web.`,
    },
  }),
  noTables: (): AdapterError => ({
    code: "no-tables",
    message: {
      "zh-CN": "工作簿中没有表格。请选中客户数据，按 Ctrl+T 创建表格后再试。",
      "zh-TW": "活頁簿中沒有表格。請選取客戶資料，按 Ctrl+T 建立表格後再試。",
      en: "The workbook has no tables. Select the customer data, press Ctrl+T to make it a table, and try again.",
    },
  }),
  tableNotFound: (name: string): AdapterError => ({
    code: "table-not-found",
    message: {
      "zh-CN": `找不到表格${quoteZh(name)}。请在任务窗格中重新选择客户表格。`,
      "zh-TW": `找不到表格${quoteTw(name)}。請在工作窗格中重新選擇客戶表格。`,
      en: `Table "${name}" was not found. Choose the customer table again in the task pane.`,
    },
  }),
  tableRenamed: (oldName: string, newName: string): AdapterError => ({
    code: "table-renamed",
    message: {
      "zh-CN": `表格${quoteZh(oldName)}已改名为${quoteZh(newName)}。请确认后重新选择该表格。`,
      "zh-TW": `表格${quoteTw(oldName)}已重新命名為${quoteTw(newName)}。請確認後重新選擇該表格。`,
      en: `Table "${oldName}" was renamed to "${newName}". Confirm by choosing it again.`,
    },
  }),
  tableDeleted: (name: string): AdapterError => ({
    code: "table-deleted",
    message: {
      "zh-CN": `表格${quoteZh(name)}已被删除。请选择另一个客户表格。`,
      "zh-TW": `表格${quoteTw(name)}已被刪除。請選擇另一個客戶表格。`,
      en: `Table "${name}" was deleted. Choose another customer table.`,
    },
  }),
  tableChanged: (): AdapterError => ({
    code: "table-changed",
    message: {
      "zh-CN": "该单元格属于之前选择的表格。请对当前表格重新分级。",
      "zh-TW": "該儲存格屬於先前選擇的表格。請對目前表格重新分級。",
      en: "That cell belongs to the table chosen before. Grade the current table again.",
    },
  }),
  notBound: (): AdapterError => ({
    code: "not-bound",
    message: {
      "zh-CN": "尚未选择客户表格。",
      "zh-TW": "尚未選擇客戶表格。",
      en: "No customer table has been chosen yet.",
    },
  }),
};
