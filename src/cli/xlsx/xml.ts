/** Small helpers for the parts of a workbook package: escapes, namespaces, cell references (reading XML is xmlScan's). */
import { columnLetters } from "../../plan";
import { PrefixedXmlError, type ScannedElement, scanXml } from "./xmlScan";

export { PrefixedXmlError } from "./xmlScan";

/** SpreadsheetML's namespace, transitional (as Excel writes it) and strict. */
const SPREADSHEETML = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/**
 * Throws `PrefixedXmlError` for an element of SpreadsheetML's own namespace written with a prefix. Excel's
 * extensions use prefixes of their own namespaces (`<x14:table>`), which are fine.
 */
export function refuseIfPrefixed(element: ScannedElement, part: string): void {
  if (element.prefix !== "" && SPREADSHEETML.has(element.uri)) throw new PrefixedXmlError(part);
}

/** Reads a whole part and throws `PrefixedXmlError` as `refuseIfPrefixed` does (or the parser's error). */
export function refusePrefixed(xml: string, part: string): void {
  scanXml(xml, { open: (e) => refuseIfPrefixed(e, part) });
}

/** OOXML's own escape for characters XML cannot hold (`_x000D_` for a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/**
 * Text as Excel stores it in a cell (the inverse of `decodeOoxmlEscapes`): characters XML cannot hold, and a
 * carriage return XML would turn into a line feed, as `_x000D_`; a literal "_x0041_" as "_x005F_x0041_" so it
 * is not read back as "A".
 */
export function ooxmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (ch) =>
    ch === "_" ? "_x005F_" : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** Removes characters XML 1.0 cannot hold at all (a remark never has them; a header typed in Excel might). */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B3:F20" (or "B3") → 1-based bounds; `null` for anything else. */
export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber((m[1] as string).toUpperCase());
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3].toUpperCase()) : left };
}

export function formatRange(r: CellRange): string {
  return `${columnLetters(r.left - 1)}${r.top}:${columnLetters(r.right - 1)}${r.bottom}`;
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(fromFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromFolder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}
