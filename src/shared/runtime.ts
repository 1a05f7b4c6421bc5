/**
 * The one adapter of the shared runtime: the task pane, the custom functions and the ribbon's Grade all all
 * use it, so they grade with the same rules: the pane and the ribbon the bound table's rules in force (its own, or
 * the workbook's), the custom functions always the workbook's (a formula names no table). Created on first use, inside Office only. A workbook without
 * rules of its own gets the default ones with remarks in the analyst's Office language.
 */
import { type Lang, langFromTag } from "../engine";
import { type ExcelAdapter, createExcelAdapter, officeHost } from "../excel";

let adapter: ExcelAdapter | undefined;

/**
 * The language of Office's user interface (`Office.context.displayLanguage`, a tag such as "zh-TW"), as the
 * pane reads it: Traditional Chinese for zh-TW/HK/MO, Simplified for other Chinese, else English.
 */
function officeLanguage(): Lang {
  try {
    const tag = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
    return (tag ? langFromTag(tag) : null) ?? "en";
  } catch {
    return "en"; // a host that has no Office.context yet
  }
}

export function sharedAdapter(): ExcelAdapter {
  adapter ??= createExcelAdapter(officeHost(), { ruleLanguage: officeLanguage });
  return adapter;
}
