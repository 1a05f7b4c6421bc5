/** The rows and header row a custom function was given, as a table the engine can grade. */
import { FIELDS, type CellValue, type Lang, type Table, mapColumns, templateHeaders } from "../../engine";
import { type CellError, cellError } from "./cellError";

/** Excel passes an omitted optional argument as `undefined` (or `null`); a header row is one row of text. */
export function tableOf(
  values: readonly (readonly unknown[])[],
  headers: readonly (readonly unknown[])[] | null | undefined,
  lang: Lang,
): Table | CellError {
  const rows = values.map((row) => row.map(toCell));
  const width = Math.max(0, ...rows.map((r) => r.length));
  let headerRow: CellValue[];
  if (headers === undefined || headers === null || headers.length === 0) {
    // No headers: the columns follow the template's order (README: "Custom functions").
    headerRow = templateHeaders(lang).slice(0, width);
    if (headerRow.length < width) return cellError("na", messages.tooWide[lang](width, headerRow.length));
  } else {
    if (headers.length !== 1) return cellError("na", messages.oneHeaderRow[lang]);
    headerRow = (headers[0] ?? []).map(toCell);
    if (headerRow.length !== width) return cellError("na", messages.headerWidth[lang](headerRow.length, width));
  }
  const mapping = mapColumns(headerRow);
  if (Object.keys(mapping.columns).length === 0) return cellError("na", messages.noHeaders[lang]);
  // Desktop Excel passes a blank cell to a custom function as 0 (Excel on the web as null). A 0 is no name,
  // no date, no grade and no qualitative text, so in those columns it is read as blank, and a row of nothing
  // but 0 and blanks is a blank row. In amount and day columns a 0 stays a 0: it may be meant.
  const zeroIsBlank = new Set(
    Object.values(mapping.columns)
      .filter((c) => c !== undefined && ["text", "date", "grade", "frequency"].includes(FIELDS[c.field].type))
      .map((c) => c?.index),
  );
  const cleaned = rows.map((row) =>
    row.every((cell) => cell === 0 || cell === null || cell === "")
      ? row.map(() => null)
      : row.map((cell, i) => (cell === 0 && zeroIsBlank.has(i as never) ? null : cell)),
  );
  return { headers: headerRow, rows: cleaned };
}

/**
 * A cell as the engine reads it. Cells holding a data type (a formatted number, an entity) arrive as objects
 * with their plain value in `basicValue`.
 */
function toCell(value: unknown): CellValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && value !== null && "basicValue" in value)
    return toCell((value as { basicValue: unknown }).basicValue);
  return null;
}

const messages = {
  tooWide: {
    "zh-CN": (w: number, n: number) => `未提供标题行，且有 ${w} 列，超过模板的 ${n} 列：请把标题行作为第二个参数`,
    "zh-TW": (w: number, n: number) => `未提供標題列，且有 ${w} 欄，超過範本的 ${n} 欄：請把標題列作為第二個參數`,
    en: (w: number, n: number) =>
      `no header row given and ${w} columns, more than the template's ${n}: pass the header row as the second argument`,
  },
  oneHeaderRow: {
    "zh-CN": "标题参数应为一行（例如 表1[#标题]）",
    "zh-TW": "標題參數應為一列（例如 表1[#標題]）",
    en: "headers should be one row (e.g. Table1[#Headers])",
  },
  headerWidth: {
    "zh-CN": (h: number, w: number) => `标题行有 ${h} 列，数据有 ${w} 列：两者应一样宽`,
    "zh-TW": (h: number, w: number) => `標題列有 ${h} 欄，資料有 ${w} 欄：兩者應一樣寬`,
    en: (h: number, w: number) => `the header row has ${h} columns and the values ${w}: they must be as wide`,
  },
  noHeaders: {
    "zh-CN": "标题行中没有可识别的列名（例如 客户名称、财务状况）",
    "zh-TW": "標題列中沒有可辨識的欄名（例如 客戶名稱、財務狀況）",
    en: 'no recognisable column name in the header row (e.g. "Customer", "Financial status")',
  },
};
