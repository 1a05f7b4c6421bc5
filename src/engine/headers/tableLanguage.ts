import type { CellValue, Lang } from "../types";
import { hasNonAscii } from "../values/text";

/** Characters that appear in Traditional but not Simplified spellings of the headers analysts use. */
const TRADITIONAL_ONLY = new Set([..."戶稱聯絡電話運輸務財狀況級備註額類貨單據費預設檔時間號碼進銷價當應們個這為與"]);

/**
 * The language a table's headers are written in, for naming the columns the add-in adds: English when every
 * header is ASCII, Traditional Chinese when a header uses a Traditional-only character, else Simplified.
 * @example tableLanguage(["客戶名稱", "財務狀況"]) // "zh-TW"
 */
export function tableLanguage(headers: readonly CellValue[]): Lang {
  const texts = headers.filter((h): h is string => typeof h === "string" && h.trim() !== "");
  if (texts.length === 0 || texts.every((h) => !hasNonAscii(h))) return "en";
  return texts.some((h) => [...h].some((ch) => TRADITIONAL_ONLY.has(ch))) ? "zh-TW" : "zh-CN";
}
