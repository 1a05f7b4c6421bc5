/**
 * What the workbook remembers about customer tables built from lines: which lines table feeds which customer
 * table (both by id, so renaming either keeps the link), the language its headers were written in, and the
 * measure columns the add-in owns there (the headers it wrote; every other column is the analyst's).
 */
import { type Lang, isLang } from "../../engine";

export const LINES_LINKS_SETTING = "customerGrader.linesLinks";

export interface LinesLink {
  readonly linesTableId: string;
  readonly customersTableId: string;
  readonly lang: Lang;
  /** The header of the column rows are matched by (the customer's name). */
  readonly keyHeader: string;
  /** The measure columns' headers, as written: only these are rewritten on a refresh. */
  readonly measures: readonly string[];
}

/** Links by lines table id. */
export type LinesLinks = Readonly<Record<string, LinesLink>>;

const isText = (value: unknown): value is string => typeof value === "string";

function linkFrom(value: unknown): LinesLink | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const { linesTableId, customersTableId, lang, keyHeader, measures } = v;
  if (!isText(linesTableId) || !isText(customersTableId) || !isText(keyHeader) || !isText(lang) || !isLang(lang))
    return null;
  if (!Array.isArray(measures) || !measures.every(isText)) return null;
  return { linesTableId, customersTableId, lang, keyHeader, measures };
}

/** The saved links; anything unreadable (an older or hand-edited setting) is dropped, never guessed at. */
export function linesLinksFrom(value: unknown): LinesLinks {
  if (typeof value !== "object" || value === null) return {};
  const links: Record<string, LinesLink> = {};
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    const link = linkFrom(entry);
    if (link && link.linesTableId === id) links[id] = link;
  }
  return links;
}
