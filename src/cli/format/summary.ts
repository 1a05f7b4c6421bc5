/** The line printed on stderr when the template formatting is done. */
import type { Lang } from "../../engine";
import { FREEZE_ROW_LIMIT } from "../../plan";
import { CLI_MESSAGES } from "../i18n";
import type { FormattingOutcome } from "./sheetFormatter";

/**
 * @example formatSummaryLine(outcome, "客户表", null, "en")
 * // "Formatted 客户表: table style, grade colours, data bar on the score, number formats on 4 columns, header frozen, columns fitted; lists on 人工等级 and 财务状况"
 */
export function formatSummaryLine(
  outcome: FormattingOutcome,
  table: string,
  written: string | null,
  lang: Lang,
): string {
  return CLI_MESSAGES[lang].formatted({ ...outcome, table, freezeRowLimit: FREEZE_ROW_LIMIT, written });
}
