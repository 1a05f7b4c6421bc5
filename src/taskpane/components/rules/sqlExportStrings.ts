/** The SQL export's own texts (loaded with it, not in the pane's first load). */
import type { Lang } from "../../../engine";

interface SqlExportStrings {
  readonly heading: string;
  readonly hint: string;
  readonly dialect: string;
  readonly table: string;
  readonly download: string;
  readonly close: string;
  readonly refused: string;
  readonly noTable: string;
  readonly written: (name: string) => string;
}

export const SQL_EXPORT_STRINGS: Readonly<Record<Lang, SqlExportStrings>> = {
  "zh-CN": {
    heading: "规则导出为 SQL",
    hint: "生成一条 SELECT：在数据库中按这些规则为该表的每位客户评分、分级并写备注（列按本表的列对应，需为数字、日期和文本类型）。",
    dialect: "数据库",
    table: "数据库中的表名",
    download: "下载 .sql",
    close: "关闭",
    refused: "这些规则无法导出为 SQL：",
    noTable: "请先选择一张表：SQL 按它的列读取数据。",
    written: (name) => `已下载 ${name}`,
  },
  "zh-TW": {
    heading: "規則匯出為 SQL",
    hint: "產生一條 SELECT：在資料庫中依這些規則為該表的每位客戶評分、分級並寫備註（欄依本表的欄對應，須為數字、日期與文字類型）。",
    dialect: "資料庫",
    table: "資料庫中的表名",
    download: "下載 .sql",
    close: "關閉",
    refused: "這些規則無法匯出為 SQL：",
    noTable: "請先選擇一張表：SQL 依它的欄讀取資料。",
    written: (name) => `已下載 ${name}`,
  },
  en: {
    heading: "Rules as SQL",
    hint: "One SELECT that scores, grades and remarks every customer of the table in your database by these rules (columns matched as this table's; numbers, dates and text expected typed).",
    dialect: "Database",
    table: "Table name in the database",
    download: "Download .sql",
    close: "Close",
    refused: "These rules cannot be exported as SQL:",
    noTable: "Choose a table first: the SQL reads its columns.",
    written: (name) => `Downloaded ${name}`,
  },
};
