/**
 * A worksheet part read as a stream of pieces: the text before the rows, each `<row>` element (with its
 * cells parsed), whatever stands between rows (white space, comments), the text after. Each piece is the
 * exact text of the part, so a writer that passes a piece on keeps those bytes; the sheet is never held whole.
 */
import type { CellValue } from "../../engine";
import { decodeOoxmlEscapes, refuseIfPrefixed } from "./xml";
import { FastXmlScanner } from "./fastXmlScan";
import { type ScannedElement, attributeOf, attributePairs, startTag } from "./xmlScan";

export type SheetPiece =
  | { readonly kind: "head"; readonly text: string }
  | { readonly kind: "between"; readonly text: string }
  | { readonly kind: "tail"; readonly text: string }
  | { readonly kind: "row"; readonly text: string; readonly row: ParsedRow };

export interface ParsedFormula {
  /** The `t` attribute ("normal" when absent): "shared", "array", "dataTable". */
  readonly type: string;
  /** The `ref` attribute: the range a shared or array formula's first cell covers. */
  readonly ref: string | undefined;
}

export interface ParsedCell {
  readonly column: number;
  /** The cell's whole element, to write back unchanged. */
  readonly xml: string;
  /** The start tag, for a copy of the cell with other attributes. */
  readonly element: ScannedElement;
  /** Whether the cell says where it is (`r`). */
  readonly hasReference: boolean;
  /** The `t` attribute ("n" when absent). */
  readonly type: string;
  /** The `s` attribute (style index), `undefined` when absent. */
  readonly style: number | undefined;
  /** The text of `<v>`, `undefined` when there is none. */
  readonly value: string | undefined;
  /** The text of `<is>` (phonetic runs left out), `undefined` when there is none. */
  readonly inlineText: string | undefined;
  readonly formula: ParsedFormula | undefined;
}

export interface ParsedRow {
  /** 1-based row number (from `r`, or the one after the previous row). */
  readonly row: number;
  /** The start tag's attribute text as written (`<row r="2" spans="1:3">` → ` r="2" spans="1:3"`). */
  readonly attributeText: string;
  readonly element: ScannedElement;
  readonly cells: ParsedCell[];
}

/** The cell being read; one object for the whole sheet, reset at each `<c>` (`element` null between cells). */
interface CellInProgress {
  element: ScannedElement | null;
  column: number;
  value: string | undefined;
  inlineText: string | undefined;
  formula: ParsedFormula | undefined;
  /** Local names from the cell down to the element being read ("is/r/t"). */
  readonly path: string[];
}

/** The column of a cell reference's letters ("AB12" → 28), 0 when it has none; read by hand: it runs for every cell. */
function referenceColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
  }
  return n;
}

/** A whole number written with digits only (white space around allowed), else `undefined`. */
function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (t === "") return undefined;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  return Number(t);
}

/** Turns parser events into pieces. A fragment (one `<row>` alone) is read as rows right away. */
class SheetReader {
  readonly pieces: SheetPiece[] = [];
  readonly scanner: FastXmlScanner;
  private state: "head" | "rows" | "tail";
  private sheetDataDepth: number;
  private namespace: string | undefined;
  /** Where the text not yet handed out as a piece starts. */
  private emitted = 0;
  private written = 0;
  private tailFrom: number | null = null;
  private tailPrefix = "";
  private row: { element: ScannedElement; number: number; cells: ParsedCell[] } | null = null;
  private readonly cell: CellInProgress = {
    element: null,
    column: 0,
    value: undefined,
    inlineText: undefined,
    formula: undefined,
    path: [],
  };
  /** Where character data goes: the cell's value, its inline text, or nowhere. */
  private collecting: "value" | "inline" | null = null;

  constructor(
    fragment: boolean,
    private previousRow = 0,
  ) {
    this.state = fragment ? "rows" : "head";
    this.sheetDataDepth = fragment ? -1 : Number.NaN;
    this.scanner = new FastXmlScanner(
      {
        open: (e) => this.open(e),
        close: (e, closeStart, closeEnd) => this.close(e, closeStart, closeEnd),
        text: (t) => {
          if (this.collecting === "value") this.cell.value = (this.cell.value ?? "") + t;
          else if (this.collecting === "inline") this.cell.inlineText = (this.cell.inlineText ?? "") + t;
        },
      },
      { fragment },
    );
  }

  write(chunk: string): void {
    this.scanner.write(chunk);
    this.written += chunk.length;
    if (this.state === "tail") {
      const from = this.tailFrom ?? this.emitted;
      const text = this.tailPrefix + this.scanner.rest(from);
      if (text) this.pieces.push({ kind: "tail", text });
      this.tailPrefix = "";
      this.tailFrom = null;
      this.emitted = this.written;
      this.scanner.discardBefore(this.written);
    }
  }

  end(): void {
    this.scanner.close();
    if (this.state !== "tail") throw new Error("the sheet ends before its rows do");
  }

  private open(e: ScannedElement): void {
    refuseIfPrefixed(e, "worksheet");
    this.namespace ??= e.uri;
    if (this.state === "head") {
      if (e.local === "sheetData" && e.depth === 1 && e.uri === this.namespace) {
        this.pieces.push({
          kind: "head",
          text: e.selfClosing
            ? this.scanner.slice(this.emitted, e.start) + `<${e.name}>`
            : this.scanner.slice(this.emitted, e.end),
        });
        this.emitted = e.end;
        this.sheetDataDepth = e.depth;
        this.state = "rows";
      }
      return;
    }
    if (this.state !== "rows") return;
    const depth = e.depth - this.sheetDataDepth;
    const cell = this.cell;
    if (e.uri !== this.namespace && !cell.element) return; // extensions (x14:…) hold no cells
    if (depth === 1 && e.local === "row") {
      const number = wholeNumber(attributeOf(e, "r")) ?? this.previousRow + 1;
      this.row = { element: e, number, cells: [] };
      return;
    }
    if (!this.row) return;
    if (depth === 2 && e.local === "c") {
      const fromReference = referenceColumn(attributeOf(e, "r") ?? "");
      const column = fromReference || (this.row.cells[this.row.cells.length - 1]?.column ?? 0) + 1;
      cell.element = e;
      cell.column = column;
      cell.value = cell.inlineText = cell.formula = undefined;
      cell.path.length = 0;
      return;
    }
    if (!cell.element) return;
    const path = cell.path;
    path.push(e.uri === this.namespace ? e.local : "");
    const local = path[path.length - 1];
    if (path.length === 1) {
      if (local === "v") {
        cell.value ??= "";
        this.collect("value");
      } else if (local === "f") cell.formula = { type: attributeOf(e, "t") ?? "normal", ref: attributeOf(e, "ref") };
      else if (local === "is") cell.inlineText ??= "";
    } else if (local === "t" && path[0] === "is" && (path.length === 2 || (path.length === 3 && path[1] === "r")))
      this.collect("inline"); // is/t or is/r/t, not is/rPh/t: a phonetic guide
  }

  private close(e: ScannedElement, closeStart: number, closeEnd: number): void {
    if (this.state !== "rows") return;
    this.collect(null);
    const cell = this.cell;
    if (cell.element && e !== cell.element) {
      cell.path.pop();
      return;
    }
    if (cell.element) {
      this.row?.cells.push({
        column: cell.column,
        xml: this.scanner.slice(e.start, closeEnd),
        element: e,
        hasReference: attributeOf(e, "r") !== undefined,
        type: attributeOf(e, "t") ?? "n",
        style: wholeNumber(attributeOf(e, "s")),
        value: cell.value,
        inlineText: cell.inlineText,
        formula: cell.formula,
      });
      cell.element = null;
      return;
    }
    const row = this.row;
    if (row && e === row.element) {
      this.between(e.start);
      const tagEnd = e.end - (e.selfClosing ? 2 : 1);
      this.pieces.push({
        kind: "row",
        text: this.scanner.slice(e.start, closeEnd),
        row: {
          row: row.number,
          attributeText: this.scanner.slice(e.start + 1 + e.name.length, tagEnd),
          element: e,
          cells: row.cells,
        },
      });
      this.previousRow = row.number;
      this.row = null;
      this.emitted = closeEnd;
      this.scanner.discardBefore(closeEnd);
      return;
    }
    if (e.local === "sheetData" && e.depth === this.sheetDataDepth) {
      if (e.selfClosing) {
        this.tailPrefix = `</${e.name}>`;
        this.tailFrom = e.end;
      } else {
        this.between(closeStart);
        this.tailFrom = closeStart;
      }
      this.state = "tail";
    }
  }

  private collect(into: "value" | "inline" | null): void {
    this.collecting = into;
    this.scanner.textWanted = into !== null;
  }

  /** What stands between the last piece and `at` (white space, a comment), as it is. */
  private between(at: number): void {
    if (at > this.emitted) this.pieces.push({ kind: "between", text: this.scanner.slice(this.emitted, at) });
    this.emitted = at;
  }
}

/** Splits a sheet's text into head, rows, what is between them, and tail. `<sheetData/>` becomes an open and a close tag. */
export async function* sheetPieces(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<SheetPiece> {
  const reader = new SheetReader(false);
  for await (const chunk of chunks) {
    reader.write(chunk);
    yield* reader.pieces;
    reader.pieces.length = 0;
  }
  reader.end();
  yield* reader.pieces;
}

/** One `<row>` element read on its own (`previousRow` numbers a row without `r`). */
export function parseRow(text: string, previousRow: number): ParsedRow {
  const reader = new SheetReader(true, previousRow);
  reader.write(text);
  const piece = reader.pieces.find((p) => p.kind === "row");
  if (!piece || piece.kind !== "row") throw new Error("not a row");
  return piece.row;
}

/** Whether a cell holds a formula (a master or a member of a shared formula, or an array formula). */
export function hasFormula(cell: ParsedCell): boolean {
  return cell.formula !== undefined;
}

/**
 * The cell's element saying where it is (`r`, first, added as `ref` when missing) with the style index
 * `style` (none for 0; "as-is" keeps the one written); its content as it was.
 */
export function cellElement(cell: ParsedCell, ref: string, style: number | undefined | "as-is"): string {
  const pairs: [string, string][] = [["r", attributeOf(cell.element, "r") ?? ref]];
  const s =
    style === "as-is" ? attributeOf(cell.element, "s") : style === undefined || style === 0 ? undefined : String(style);
  if (s !== undefined) pairs.push(["s", s]);
  pairs.push(...attributePairs(cell.element, ["r", "s"]));
  return (
    startTag(cell.element.name, pairs, cell.element.selfClosing) + cell.xml.slice(cell.element.end - cell.element.start)
  );
}

/** A number (or a date, which is one) that a number format shows: not text, not a boolean, not blank. */
export const isNumeric = (cell: ParsedCell): boolean =>
  (cell.type === "n" || cell.type === "d") && cell.value !== undefined;

/** A cell's value as Excel's `range.values` gives it to the add-in: numbers (dates are serials), text, booleans, error text. */
export function cellValue(cell: ParsedCell, sharedStrings: readonly string[]): CellValue {
  const type = cell.type;
  if (type === "inlineStr") return decodeOoxmlEscapes(cell.inlineText ?? "");
  const v = cell.value;
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return sharedStrings[Number(v)] ?? null;
    case "b":
      return v.trim() === "1";
    case "str":
    case "e":
    case "d":
      return decodeOoxmlEscapes(v);
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}
