/**
 * A worksheet part read as a stream of pieces: the text before the rows, each `<row>` element, the text
 * after. Rows are small, so each is parsed on its own; the sheet is never held whole.
 */
import type { CellValue } from "../../engine";
import { columnNumber, decodeOoxmlEscapes, decodeXml, refusePrefixed } from "./xml";

export type SheetPiece =
  { readonly kind: "head" | "tail"; readonly text: string } | { readonly kind: "row"; readonly text: string };

/** Splits a sheet's text into head, rows and tail. An empty `<sheetData/>` becomes an open and a close tag. */
export async function* sheetPieces(chunks: AsyncIterable<string>): AsyncGenerator<SheetPiece> {
  let buffer = "";
  let state: "head" | "rows" | "tail" = "head";
  for await (const chunk of chunks) {
    if (state === "tail") {
      yield { kind: "tail", text: chunk };
      continue;
    }
    buffer += chunk;
    if (state === "head") {
      refusePrefixed(buffer, "sheetData", "worksheet", buffer.length);
      const m = /<sheetData\b[^>]*?(\/?)>/.exec(buffer);
      if (!m) continue;
      const end = m.index + m[0].length;
      if (m[1] === "/") {
        yield { kind: "head", text: buffer.slice(0, m.index) + "<sheetData>" };
        buffer = "</sheetData>" + buffer.slice(end);
      } else {
        yield { kind: "head", text: buffer.slice(0, end) };
        buffer = buffer.slice(end);
      }
      state = "rows";
    }
    let at = 0;
    for (;;) {
      while (at < buffer.length && buffer.charCodeAt(at) <= 32) at++;
      if (buffer.startsWith("</sheetData", at)) {
        state = "tail";
        yield { kind: "tail", text: buffer.slice(at) };
        buffer = "";
        break;
      }
      if (!buffer.startsWith("<row", at)) {
        if (buffer.length - at >= 12) throw new Error(`unexpected content in sheetData: ${buffer.slice(at, at + 40)}`);
        break;
      }
      const close = buffer.indexOf(">", at);
      if (close < 0) break;
      let end: number;
      if (buffer.charCodeAt(close - 1) === 47 /* / */) end = close + 1;
      else {
        const endTag = buffer.indexOf("</row>", close);
        if (endTag < 0) break;
        end = endTag + 6;
      }
      yield { kind: "row", text: buffer.slice(at, end) };
      at = end;
    }
    if (state === "rows") buffer = buffer.slice(at);
  }
  if (state !== "tail") throw new Error("the sheet ends before its rows do");
}

export interface ParsedCell {
  readonly column: number;
  /** The cell's whole element, to write back unchanged. */
  readonly xml: string;
  /** The `t` attribute ("n" when absent). */
  readonly type: string;
  /** The `s` attribute (style index), `undefined` when absent. */
  readonly style: number | undefined;
  /** The element's content (`<f>…</f><v>…</v>`), "" for `<c …/>`. */
  readonly body: string;
}

export interface ParsedRow {
  /** 1-based row number (from `r`, or the one after the previous row). */
  readonly row: number;
  /** The start tag's attribute text, to write back. */
  readonly attributeText: string;
  readonly cells: ParsedCell[];
}

const ROW_START = /^<row\b([^>]*?)\/?>/;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const R_LETTERS = /(?:^|\s)r="([A-Za-z]+)/;
const S_ATTRIBUTE = /(?:^|\s)s="(\d+)"/;
const T_ATTRIBUTE = /(?:^|\s)t="(\w+)"/;

export function parseRow(text: string, previousRow: number): ParsedRow {
  const start = ROW_START.exec(text);
  const attributeText = start?.[1] ?? "";
  const r = /\br="(\d+)"/.exec(attributeText);
  const row = r ? Number(r[1]) : previousRow + 1;
  const cells: ParsedCell[] = [];
  let column = 0;
  // Only r, s and t matter here; a targeted match per attribute is several times faster than a generic one.
  for (const m of text.matchAll(CELL)) {
    const attrs = m[1] as string;
    const letters = R_LETTERS.exec(attrs)?.[1];
    column = letters ? columnNumber(letters.toUpperCase()) : column + 1;
    const style = S_ATTRIBUTE.exec(attrs)?.[1];
    cells.push({
      column,
      xml: m[0],
      type: T_ATTRIBUTE.exec(attrs)?.[1] ?? "n",
      style: style === undefined ? undefined : Number(style),
      body: m[2] ?? "",
    });
  }
  return { row, attributeText, cells };
}

/** Whether a cell holds a formula (a master or a member of a shared formula, or an array formula). */
export function hasFormula(cell: ParsedCell): boolean {
  return cell.body.includes("<f");
}

/** A cell's value as Excel's `range.values` gives it to the add-in: numbers (dates are serials), text, booleans, error text. */
export function cellValue(cell: ParsedCell, sharedStrings: readonly string[]): CellValue {
  const type = cell.type;
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(cell.body)?.[1] ?? "";
    let text = "";
    for (const t of is.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += t[1];
    return decodeOoxmlEscapes(decodeXml(text));
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(cell.body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return sharedStrings[Number(v)] ?? null;
    case "b":
      return v === "1";
    case "str":
    case "e":
    case "d":
      return decodeOoxmlEscapes(decodeXml(v));
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : decodeXml(v);
    }
  }
}
