/** What `grade --engine duckdb` says, in the analyst's three languages. */
import type { Localized } from "../../engine";

export const DUCKDB_TEXTS = {
  badEngine: (given: string): Localized => ({
    "zh-CN": `--engine 只能是 duckdb（不写则由本程序自己分级），而不是“${given}”`,
    "zh-TW": `--engine 只能是 duckdb（不寫則由本程式自己分級），而不是「${given}」`,
    en: `--engine can only be duckdb (without it the program grades by itself), not "${given}"`,
  }),
  fileKind: (file: string): Localized => ({
    "zh-CN": `--engine duckdb 读写 .csv 或 .parquet 文件，而不是 ${file}`,
    "zh-TW": `--engine duckdb 讀寫 .csv 或 .parquet 檔案，而不是 ${file}`,
    en: `--engine duckdb reads and writes .csv or .parquet files, not ${file}`,
  }),
  doesNotGo: (option: string): Localized => ({
    "zh-CN": `--${option} 不能与 --engine duckdb 同用`,
    "zh-TW": `--${option} 不能與 --engine duckdb 同用`,
    en: `--${option} does not go with --engine duckdb`,
  }),
  textInNumbers: (header: string, type: string): Localized => ({
    "zh-CN": `“${header}”列在文件中是文本（DuckDB 读作 ${type}），而 --engine duckdb 需要数字或日期：请先把该列存为数字，或不加 --engine 以读取“12.5万”之类的写法`,
    "zh-TW": `「${header}」欄在檔案中是文字（DuckDB 讀作 ${type}），而 --engine duckdb 需要數字或日期：請先把該欄存為數字，或不加 --engine 以讀取「12.5萬」之類的寫法`,
    en: `The column "${header}" holds text in the file (DuckDB reads it as ${type}), and --engine duckdb needs numbers or dates: store it as numbers first, or grade without --engine to read cells such as "12.5万"`,
  }),
  numbersInDates: (header: string, type: string): Localized => ({
    "zh-CN": `“${header}”列应为日期，而文件中是数字（DuckDB 读作 ${type}，如 Excel 的日期序号）：请先把该列存为日期（如 2026-03-01），或不加 --engine 分级`,
    "zh-TW": `「${header}」欄應為日期，而檔案中是數字（DuckDB 讀作 ${type}，如 Excel 的日期序號）：請先把該欄存為日期（如 2026-03-01），或不加 --engine 分級`,
    en: `The column "${header}" should hold dates and holds numbers in the file (DuckDB reads ${type}, such as Excel's date serials): store it as dates (2026-03-01) first, or grade without --engine`,
  }),
  duckdbFailed: (detail: string): Localized => ({
    "zh-CN": `DuckDB 无法分级该文件：${detail}`,
    "zh-TW": `DuckDB 無法分級該檔案：${detail}`,
    en: `DuckDB could not grade the file: ${detail}`,
  }),
  progress: (percent: number): Localized => ({
    "zh-CN": `DuckDB 分级中：${percent}%`,
    "zh-TW": `DuckDB 分級中：${percent}%`,
    en: `DuckDB grading: ${percent}%`,
  }),
  summary: (rows: number, counts: string, out: string): Localized => ({
    "zh-CN": `DuckDB 已分级 ${rows.toLocaleString("en")} 行（${counts}），写入 ${out}`,
    "zh-TW": `DuckDB 已分級 ${rows.toLocaleString("en")} 列（${counts}），寫入 ${out}`,
    en: `DuckDB graded ${rows.toLocaleString("en")} rows (${counts}), written to ${out}`,
  }),
  noGrade: (n: number): Localized => ({
    "zh-CN": `未分级 ${n.toLocaleString("en")}`,
    "zh-TW": `未分級 ${n.toLocaleString("en")}`,
    en: `no grade ${n.toLocaleString("en")}`,
  }),
};
