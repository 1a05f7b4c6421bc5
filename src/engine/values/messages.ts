/** What the analyst reads about an unreadable cell, in each language (texts: `src/engine/i18n`). */
import { engineText } from "../i18n";
import type { CellIssueCode, Localized } from "../types";

/** A cell's text is quoted in the message up to this many characters. */
const QUOTED_LENGTH = 40;

const quote = (raw: string): string => (raw.length > QUOTED_LENGTH ? `${raw.slice(0, QUOTED_LENGTH)}…` : raw);

export function cellIssueMessage(code: CellIssueCode, header: string, raw: string): Localized {
  return engineText((m) => m.cellIssues[code](header, quote(raw)));
}
