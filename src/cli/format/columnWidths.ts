/**
 * Columns fitted to their contents: a width per column from the longest text it shows (a CJK character is
 * two digits wide), written into `<cols>` beside the analyst's other column settings.
 */
import type { CellValue } from "../../engine";
import { escapeXml } from "../xlsx/xml";
import { type XmlChild, WORKSHEET_ORDER, childElements, elementParts, placeChild } from "./xmlChildren";

/** Excel's widths are in digits of the default font; a filter button takes about three. */
const FILTER_BUTTON = 3;
const PADDING = 1.5;
const MIN_WIDTH = 6;
/** A long remark or address wraps past this rather than making one column a screen wide. */
const MAX_WIDTH = 60;

/** Whether a code point is East Asian wide (CJK, Hangul, fullwidth forms): two digits wide. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** How many digit widths `text` takes: East Asian wide characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return width;
}

/** Characters of a number's integer part (sign included), with thousands separators when `grouped`. */
function integerWidth(value: number, grouped: boolean): number {
  const digits = String(Math.trunc(Math.abs(value))).length;
  return digits + (grouped ? Math.floor((digits - 1) / 3) : 0) + (value < 0 ? 1 : 0);
}

/**
 * How wide a cell shows in its number format (close enough to size a column; counted, not formatted, since
 * a million rows are measured).
 */
function shownWidth(value: CellValue, format: string | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") return textWidth(value);
  if (typeof value === "boolean") return value ? 4 : 5;
  switch (format) {
    case "#,##0.00":
      return integerWidth(value, true) + 3;
    case "0.0%":
      return integerWidth(value * 100, false) + 3;
    case "yyyy-mm-dd":
      return 10;
    case "0.0":
      return integerWidth(value, false) + 2;
    case "0":
      return integerWidth(Math.round(value), false);
    default:
      // General shows at most 11 characters of a number.
      return Math.min(11, String(value).length);
  }
}

/** The fitted width of each table column (0-based), from its header and every row (`cell(row, column)`). */
export function fittedWidths(
  headers: readonly CellValue[],
  rowCount: number,
  cell: (row: number, column: number) => CellValue,
  formats: ReadonlyMap<number, string>,
): number[] {
  return headers.map((header, c) => {
    const format = formats.get(c);
    let widest = shownWidth(header, undefined) + FILTER_BUTTON;
    for (let r = 0; r < rowCount; r++) {
      const value = cell(r, c);
      // Text at most twice its length wide: most cells need no counting.
      if (typeof value === "string" && 2 * value.length <= widest) continue;
      widest = Math.max(widest, shownWidth(value, format));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round((widest + PADDING) * 4) / 4));
  });
}

interface ColSpan {
  readonly min: number;
  readonly max: number;
  readonly attrs: Readonly<Record<string, string>>;
}

const colXml = (span: ColSpan): string => {
  const rest = Object.entries(span.attrs).filter(([k]) => k !== "min" && k !== "max");
  return `<col min="${span.min}" max="${span.max}"${rest.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("")}/>`;
};

/**
 * The head children with `widths` (sheet column, 1-based → width) set; a `<col>` covering several columns is
 * split so the others keep what they had (style, hidden, width).
 */
export function setColumnWidths(children: readonly XmlChild[], widths: ReadonlyMap<number, number>): XmlChild[] {
  const cols = children.find((c) => c.name === "cols");
  const spans: ColSpan[] = [];
  for (const child of cols ? childElements(elementParts(cols.xml).content) : []) {
    if (child.name !== "col") continue;
    const attrs = elementParts(child.xml).attributes;
    const min = Number(attrs.min);
    const max = Number(attrs.max);
    if (!(min >= 1 && max >= min)) continue;
    // Pieces outside the fitted columns keep their attributes; each fitted column becomes its own <col>.
    let from = min;
    for (let c = min; c <= max + 1; c++) {
      if (c <= max && !widths.has(c)) continue;
      if (c > from) spans.push({ min: from, max: c - 1, attrs });
      if (c <= max)
        spans.push({
          min: c,
          max: c,
          attrs: { ...attrs, width: String(widths.get(c)), bestFit: "1", customWidth: "1" },
        });
      from = c + 1;
    }
  }
  for (const [column, width] of widths) {
    if (!spans.some((s) => s.min <= column && column <= s.max))
      spans.push({ min: column, max: column, attrs: { width: String(width), bestFit: "1", customWidth: "1" } });
  }
  spans.sort((a, b) => a.min - b.min);
  const xml = `<cols>${spans.map(colXml).join("")}</cols>`;
  return cols
    ? children.map((c) => (c === cols ? { name: "cols", xml } : c))
    : placeChild(children, { name: "cols", xml }, WORKSHEET_ORDER);
}
