/**
 * ExcelJS, loaded when a new workbook is written (a CSV's graded copy, the customer table): requiring it takes
 * 0.15–0.2 s and ~20 MB, which grading an .xlsx (patched in place, no ExcelJS) or writing CSV should not pay.
 */
import type * as ExcelJs from "exceljs";

export async function loadExcelJs(): Promise<typeof ExcelJs> {
  // Node's import() of a CommonJS module gives its exports object as `default` (ExcelJS builds its exports at
  // run time, so Node finds no named ones); under ts-jest's CommonJS the namespace has both.
  const loaded = (await import("exceljs")) as typeof ExcelJs & { default?: typeof ExcelJs };
  return loaded.default ?? loaded;
}
