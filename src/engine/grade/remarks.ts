/** Remarks written into the table: the grade's action plus what each rule adds, in one language. */
import { ENGINE_MESSAGES, engineText } from "../i18n";
import type { Lang, Localized } from "../types";

export const INCOMPLETE_PREFIX: Localized = engineText((m) => m.remarks.incompletePrefix);

export const NOTHING_TO_SCORE: Localized = engineText((m) => m.remarks.nothingToScore);

export function joinRemarks(parts: readonly Localized[], lang: Lang): string {
  return parts.map((p) => p[lang]).join(ENGINE_MESSAGES[lang].remarks.separator);
}

/** Added to the remark of a row with cells the engine could not read, so the analyst sees it in the table. */
export const UNREADABLE_CELLS: Localized = engineText((m) => m.remarks.unreadableCells);
