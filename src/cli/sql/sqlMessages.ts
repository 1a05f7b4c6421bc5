/** What the `sql` command says about its own arguments, in the analyst's three languages. */
import type { Localized } from "../../engine";

export const SQL_USAGE = {
  badDialect: (given: string | undefined): Localized => ({
    "zh-CN": `sql 需要 --dialect duckdb、postgres、clickhouse 或 spark${given === undefined ? "" : `，而不是“${given}”`}`,
    "zh-TW": `sql 需要 --dialect duckdb、postgres、clickhouse 或 spark${given === undefined ? "" : `，而不是「${given}」`}`,
    en: `sql needs --dialect duckdb, postgres, clickhouse or spark${given === undefined ? "" : `, not "${given}"`}`,
  }),
  needsTable: (): Localized => ({
    "zh-CN": "sql 需要 --table：数据库中要分级的表名",
    "zh-TW": "sql 需要 --table：資料庫中要分級的表名",
    en: "sql needs --table: the name of the table to grade in the database",
  }),
  needsHeaders: (): Localized => ({
    "zh-CN": "sql 需要 --headers-from FILE（含该表列名的表头行的 .csv 或 .xlsx）或 --columns MAPPING.json，二选一",
    "zh-TW": "sql 需要 --headers-from FILE（含該表欄名之表頭列的 .csv 或 .xlsx）或 --columns MAPPING.json，二選一",
    en: "sql needs either --headers-from FILE (a .csv or .xlsx whose header row has the table's column names) or --columns MAPPING.json",
  }),
  badColumns: (file: string, detail: string): Localized => ({
    "zh-CN": `${file} 不是列名到字段的对应（JSON 对象，如 {"客户名称": "customerName", "备用列": null}）：${detail}`,
    "zh-TW": `${file} 不是欄名到欄位的對應（JSON 物件，如 {"客戶名稱": "customerName", "備用欄": null}）：${detail}`,
    en: `${file} is not a mapping of column names to fields (a JSON object such as {"Customer": "customerName", "Spare": null}): ${detail}`,
  }),
  written: (file: string): Localized => ({
    "zh-CN": `已写入 ${file}`,
    "zh-TW": `已寫入 ${file}`,
    en: `Wrote ${file}`,
  }),
};
