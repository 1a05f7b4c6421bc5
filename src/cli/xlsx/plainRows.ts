/**
 * The fast reader of a worksheet's rows: for the shape Excel (and most writers) save, `<row>` elements of
 * `<c>` cells holding `<v>`, `<f>` and `<is><t>`, read with `indexOf` and `charCodeAt` and nothing allocated
 * per cell but its value. It records where each row stands in the text (`RowIndex`) so that the writer can
 * splice the output cells in without reading the rows again.
 *
 * It accepts only what it reads completely and only well-formed XML: every tag of that shape checked (names,
 * quoted attributes written once, declared prefixes, the five predefined entities, matching end tags). The
 * head (up to `<sheetData>`) is read by `FastXmlScanner` and, at the end, the head and the tail together are
 * checked by it as one document. Anything else (a comment, CDATA, a character reference, rich text, another
 * element, a carriage return in a value, white space in an attribute value, a prefixed SpreadsheetML name, a
 * damaged tag) throws `NotPlainSheet`, and the caller reads the sheet with the full reader (`sheetXml.ts`),
 * which reads it, or refuses it with its own message. So the fast reader never decides anything the full one
 * would decide otherwise; `test/cli/plainRows.test.ts` holds the two to the same cells.
 */
import type { CellValue } from "../../engine";
import { FastXmlScanner } from "./fastXmlScan";
import type { ParsedFormula } from "./sheetXml";
import { decodeOoxmlEscapes, refuseIfPrefixed } from "./xml";
import type { ScannedElement } from "./xmlScan";

/** The sheet is not of the plain shape (or not well-formed): read it with the full reader. */
export class NotPlainSheet extends Error {}

/** What the reader of the table does with each row and cell (`readTable.ts`). */
export interface RowVisitor {
  /** A row begins; `false`: its cells are not wanted (they are still checked). */
  row(number: number): boolean;
  cell(column: number, value: CellValue, formula: ParsedFormula | undefined): void;
}

/**
 * Where each `<row>` stands in the sheet's text, in document order; offsets are of the whole text (UTF-16
 * units, as the text is read), the ones inside a row relative to its start.
 */
export class RowIndex {
  count = 0;
  start = new Float64Array(1024);
  end = new Float64Array(1024);
  number = new Int32Array(1024);
  /** The largest column of a cell in the row (0 when none). */
  maxColumn = new Int32Array(1024);
  /** ` spans="…"` in the start tag (from the space before it), 0 and 0 when there is none. */
  spansFrom = new Int32Array(1024);
  spansTo = new Int32Array(1024);
  /** Where `</row>` starts. */
  closeAt = new Int32Array(1024);
  /**
   * 1 when the row is written as a serializer would write it again: its start tag with single spaces and
   * double quotes, `</row>` at the end, cells side by side in column order, each with `r`. Its text can then
   * be spliced: the same bytes as rewriting it from its parsed cells.
   */
  plain = new Uint8Array(1024);
  /** The end of `<sheetData>` and the start of `</sheetData>`. */
  headEnd = 0;
  tailStart = 0;
  /** Row numbers strictly increase (as the format requires); the splicing writer relies on it. */
  ascending = true;

  push(
    start: number,
    end: number,
    number: number,
    maxColumn: number,
    spansFrom: number,
    spansTo: number,
    closeAt: number,
    plain: boolean,
  ): void {
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    if (k > 0 && number <= (this.number[k - 1] as number)) this.ascending = false;
    this.start[k] = start;
    this.end[k] = end;
    this.number[k] = number;
    this.maxColumn[k] = maxColumn;
    this.spansFrom[k] = spansFrom;
    this.spansTo[k] = spansTo;
    this.closeAt[k] = closeAt;
    this.plain[k] = plain ? 1 : 0;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = f64(this.start);
    this.end = f64(this.end);
    this.number = i32(this.number);
    this.maxColumn = i32(this.maxColumn);
    this.spansFrom = i32(this.spansFrom);
    this.spansTo = i32(this.spansTo);
    this.closeAt = i32(this.closeAt);
    const plain = new Uint8Array(size);
    plain.set(this.plain);
    this.plain = plain;
  }
}

const SPACE = 0x20;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const QUOTE = 0x22;
const APOS = 0x27;
const EQUALS = 0x3d;
const COLON = 0x3a;
const isSpace = (c: number): boolean => c === SPACE || c === 0x0a || c === 0x09 || c === 0x0d;
/** Letters, digits, `_ . -`: the names this reader accepts (XML allows more; they go to the full reader). */
const isNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === 0x2e ||
  c === 0x2d;
const isNameStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;

/** The tags whose attributes are read. */
const enum Tag {
  Row,
  Cell,
  Formula,
  Other,
}

/** Whether the name at `b..bEnd` is the one at `a` (of the same length). */
function sameName(buf: string, a: number, b: number, bEnd: number): boolean {
  for (let k = 0; k < bEnd - b; k++) if (buf.charCodeAt(a + k) !== buf.charCodeAt(b + k)) return false;
  return true;
}

/** Cell types (`t`) by what the value means. */
const enum Type {
  Number,
  Shared,
  Bool,
  Text,
  Inline,
}

const POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const fail = (): never => {
  throw new NotPlainSheet();
};

/** Reads the sheet's rows from its text in pieces; `write` each piece, then `end`. */
class PlainSheetReader {
  readonly index = new RowIndex();
  private phase: "head" | "rows" | "tail" = "head";
  private head = "";
  private headScanner: FastXmlScanner | null;
  private root: ScannedElement | null = null;
  private prefixes: string[] = ["xml"];
  private tail = "";
  /** The text not yet read, from offset `base` of the whole. */
  private buf = "";
  private base = 0;
  private previousRow = 0;
  // The attributes of the tag being read: names' offsets, to find one written twice.
  private readonly names = new Int32Array(64);
  private nameCount = 0;
  /** Whether the tag's attributes are written as a serializer writes them (one space before each, `"`). */
  private canonical = true;
  private attrValueStart = 0;
  private attrValueEnd = 0;
  private attrFrom = 0;
  // The cell being read.
  private cellR = false;
  private cellRef = 0;
  private cellType: Type = Type.Number;
  private cellTypeFrom = 0;
  private cellTypeTo = 0;
  private formulaType = "";
  private formulaRef: string | undefined = undefined;
  private rowR = -1;
  private rowStart = 0;
  private spansFrom = 0;
  private spansTo = 0;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly visitor: RowVisitor,
  ) {
    this.headScanner = new FastXmlScanner({
      open: (e) => {
        if (this.phase !== "head") return;
        if (e.depth === 0) this.root = e;
        if (e.depth === 1 && e.local === "sheetData") this.startRows(e);
      },
    });
  }

  /** Once `<sheetData>` is open: the head's checks the rows rely on. */
  private startRows(e: ScannedElement): void {
    const root = this.root;
    if (!root || root.prefix !== "" || e.prefix !== "" || e.uri !== root.uri || e.selfClosing) fail();
    for (const element of [root as ScannedElement, e])
      for (const a of element.attributes) {
        if (a.name === "xmlns" && element === e) fail();
        if (a.prefix === "xmlns") this.prefixes.push(a.local);
      }
    this.phase = "rows";
    this.index.headEnd = e.end;
  }

  write(chunk: string): void {
    if (this.phase === "head") {
      this.head += chunk;
      try {
        this.headScanner?.write(chunk);
      } catch {
        fail();
      }
      if ((this.phase as string) !== "rows") return; // `startRows` moves it on
      this.headScanner = null;
      this.buf = this.head.slice(this.index.headEnd);
      this.head = this.head.slice(0, this.index.headEnd);
      this.base = this.index.headEnd;
    } else if (this.phase === "tail") {
      this.tail += chunk;
      return;
    } else this.buf += chunk;
    this.readRows();
  }

  /** Ends the text: the head and tail are checked as one document (they are the sheet without its rows). */
  end(): RowIndex {
    if (this.phase !== "tail") fail();
    try {
      const scanner = new FastXmlScanner({ open: (e) => refuseIfPrefixed(e, "worksheet") });
      scanner.write(this.head);
      scanner.write(this.tail);
      scanner.close();
    } catch {
      fail();
    }
    return this.index;
  }

  private readRows(): void {
    const buf = this.buf;
    let i = 0;
    for (;;) {
      while (i < buf.length && isSpace(buf.charCodeAt(i))) i++;
      if (i >= buf.length) break;
      if (buf.charCodeAt(i) !== LT) fail();
      if (buf.startsWith("<row", i) && !isNameChar(buf.charCodeAt(i + 4))) {
        const end = this.rowEnd(buf, i);
        if (end < 0) break;
        this.readRow(buf, i, end);
        i = end;
        continue;
      }
      if (buf.startsWith("</sheetData", i)) {
        this.index.tailStart = this.base + i;
        this.phase = "tail";
        this.tail = buf.slice(i);
        this.buf = "";
        return;
      }
      if (buf.length - i < 11) break; // maybe `</sheetData` cut by the piece's end
      fail();
    }
    this.buf = buf.slice(i);
    this.base += i;
  }

  /** Where the row at `at` ends, or -1 when the text so far does not hold all of it. */
  private rowEnd(buf: string, at: number): number {
    const gt = buf.indexOf(">", at);
    if (gt < 0) return -1;
    if (buf.charCodeAt(gt - 1) === SLASH) return gt + 1;
    const close = buf.indexOf("</row", gt);
    if (close < 0) return -1;
    const closeGt = buf.indexOf(">", close);
    return closeGt < 0 ? -1 : closeGt + 1;
  }

  /** Whether `buf` at `at` is `<name` followed by the end of the name. */
  private static tagAt(buf: string, at: number, name: string): boolean {
    return (
      buf.startsWith(name, at) &&
      !isNameChar(buf.charCodeAt(at + name.length)) &&
      buf.charCodeAt(at + name.length) !== COLON
    );
  }

  /** An end tag `</name>` (white space before `>` allowed) at `at`; the offset after it. */
  private static endTag(buf: string, at: number, name: string): number {
    if (!buf.startsWith(name, at)) fail();
    let i = at + name.length;
    while (isSpace(buf.charCodeAt(i))) i++;
    if (buf.charCodeAt(i) !== GT) fail();
    return i + 1;
  }

  /**
   * The attributes from `at` to the end of the start tag, each handed to `attribute` (name offsets, value in
   * `attrValueStart..attrValueEnd`); returns the offset of `>` or `/>`.
   */
  private attributes(buf: string, at: number, of: Tag): number {
    let i = at;
    this.nameCount = 0;
    this.canonical = true;
    for (;;) {
      const from = i;
      while (isSpace(buf.charCodeAt(i))) i++;
      const c = buf.charCodeAt(i);
      if (c === GT || c === SLASH) {
        if (i !== from) this.canonical = false;
        return i;
      }
      if (i === from) fail(); // attributes are separated by white space
      if (i !== from + 1 || buf.charCodeAt(from) !== SPACE) this.canonical = false;
      this.attrFrom = from;
      const nameStart = i;
      if (!isNameStart(c)) fail();
      let colon = -1;
      i++;
      for (;;) {
        const d = buf.charCodeAt(i);
        if (isNameChar(d)) i++;
        else if (d === COLON && colon < 0) colon = i++;
        else break;
      }
      const nameEnd = i;
      if (colon === nameEnd - 1) fail();
      if (colon >= 0) {
        if (!this.declared(buf, nameStart, colon)) fail();
      } else if (nameEnd - nameStart === 5 && buf.startsWith("xmlns", nameStart)) fail();
      for (let k = 0; k < this.nameCount; k++) {
        const other = this.names[2 * k] as number;
        if (
          (this.names[2 * k + 1] as number) - other === nameEnd - nameStart &&
          sameName(buf, other, nameStart, nameEnd)
        )
          fail();
      }
      if (this.nameCount === 32) fail();
      this.names[2 * this.nameCount] = nameStart;
      this.names[2 * this.nameCount + 1] = nameEnd;
      this.nameCount++;
      const beforeEquals = i;
      while (isSpace(buf.charCodeAt(i))) i++;
      if (buf.charCodeAt(i) !== EQUALS) fail();
      i++;
      const afterEquals = i;
      while (isSpace(buf.charCodeAt(i))) i++;
      if (i !== afterEquals || afterEquals !== beforeEquals + 1) this.canonical = false;
      const quote = buf.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOS) fail();
      if (quote !== QUOTE) this.canonical = false;
      const valueStart = i + 1;
      const valueEnd = buf.indexOf(quote === QUOTE ? '"' : "'", valueStart);
      if (valueEnd < 0) fail();
      for (let k = valueStart; k < valueEnd; k++) {
        const d = buf.charCodeAt(k);
        // `&`, white space other than a space (normalised), `<` (an error) and `>` go to the full reader.
        if (d === AMP || d === LT || d === GT || d === 0x09 || d === 0x0a || d === 0x0d) fail();
      }
      this.attrValueStart = valueStart;
      this.attrValueEnd = valueEnd;
      if (of !== Tag.Other) this.attribute(of, buf, nameStart, nameEnd - nameStart);
      i = valueEnd + 1;
    }
  }

  private declared(buf: string, nameStart: number, colon: number): boolean {
    if (colon - nameStart === 5 && buf.startsWith("xmlns", nameStart)) return false;
    for (const p of this.prefixes) if (p.length === colon - nameStart && buf.startsWith(p, nameStart)) return true;
    return false;
  }

  /** The attribute value read last, as a whole number (digits only), else fails. */
  private digits(buf: string): number {
    const s = this.attrValueStart;
    const e = this.attrValueEnd;
    if (e === s || e - s > 15) fail();
    let n = 0;
    for (let k = s; k < e; k++) {
      const d = buf.charCodeAt(k) - 0x30;
      if (d < 0 || d > 9) fail();
      n = n * 10 + d;
    }
    return n;
  }

  private readRow(buf: string, at: number, end: number): void {
    this.rowR = -1;
    this.spansFrom = this.spansTo = 0;
    this.rowStart = at;
    const tagEnd = this.attributes(buf, at + 4, Tag.Row);
    let plain = this.canonical;
    const number = this.rowR >= 0 ? this.rowR : this.previousRow + 1;
    this.previousRow = number;
    const wanted = this.visitor.row(number);
    let maxColumn = 0;
    if (buf.charCodeAt(tagEnd) === SLASH) {
      if (buf.charCodeAt(tagEnd + 1) !== GT || tagEnd + 2 !== end) fail();
      this.index.push(this.base + at, this.base + end, number, 0, this.spansFrom, this.spansTo, end - at, false);
      return;
    }
    let i = tagEnd + 1;
    let previousColumn = 0;
    for (;;) {
      const from = i;
      while (isSpace(buf.charCodeAt(i))) i++;
      if (i !== from) plain = false;
      if (buf.charCodeAt(i) !== LT) fail();
      if (buf.charCodeAt(i + 1) === SLASH) {
        const after = PlainSheetReader.endTag(buf, i + 2, "row");
        if (after !== end) fail();
        if (after !== i + 6) plain = false;
        this.index.push(
          this.base + at,
          this.base + end,
          number,
          maxColumn,
          this.spansFrom,
          this.spansTo,
          i - at,
          plain,
        );
        return;
      }
      if (!PlainSheetReader.tagAt(buf, i + 1, "c")) fail();
      i = this.readCell(buf, i, previousColumn, wanted);
      const column = this.cellRef;
      if (!this.cellR || column <= previousColumn) plain = false;
      if (column > maxColumn) maxColumn = column;
      previousColumn = column;
    }
  }

  /** Reads the cell at `at`; its column is left in `cellRef`. Returns the offset after it. */
  private readCell(buf: string, at: number, previousColumn: number, wanted: boolean): number {
    this.cellR = false;
    this.cellRef = 0;
    this.cellType = Type.Number;
    this.cellTypeFrom = -1;
    const tagEnd = this.attributes(buf, at + 2, Tag.Cell);
    if (this.cellRef === 0) this.cellRef = previousColumn + 1;
    if (this.cellTypeFrom >= 0) this.cellType = this.typeOf(buf, this.cellTypeFrom, this.cellTypeTo);
    const column = this.cellRef;
    if (buf.charCodeAt(tagEnd) === SLASH) {
      if (buf.charCodeAt(tagEnd + 1) !== GT) fail();
      if (wanted) this.visitor.cell(column, this.cellType === Type.Inline ? "" : null, undefined);
      return tagEnd + 2;
    }
    let i = tagEnd + 1;
    let valueStart = -1;
    let valueEnd = -1;
    let valueEntities = false;
    let inline: string | undefined;
    let formula: ParsedFormula | undefined;
    for (;;) {
      while (isSpace(buf.charCodeAt(i))) i++;
      if (buf.charCodeAt(i) !== LT) fail();
      const c = buf.charCodeAt(i + 1);
      if (c === SLASH) {
        i = PlainSheetReader.endTag(buf, i + 2, "c");
        break;
      }
      if (c === 0x76 && PlainSheetReader.tagAt(buf, i + 1, "v")) {
        if (valueStart >= 0) fail();
        let j = i + 2;
        while (isSpace(buf.charCodeAt(j))) j++;
        if (buf.charCodeAt(j) === SLASH) {
          if (buf.charCodeAt(j + 1) !== GT) fail();
          valueStart = valueEnd = j;
          i = j + 2;
          continue;
        }
        if (buf.charCodeAt(j) !== GT) fail();
        valueStart = j + 1;
        valueEnd = buf.indexOf("<", valueStart);
        if (valueEnd < 0) fail();
        valueEntities = this.checkText(buf, valueStart, valueEnd, true);
        if (buf.charCodeAt(valueEnd + 1) !== SLASH) fail();
        i = PlainSheetReader.endTag(buf, valueEnd + 2, "v");
        continue;
      }
      if (c === 0x66 && PlainSheetReader.tagAt(buf, i + 1, "f")) {
        if (formula) fail();
        this.formulaType = "normal";
        this.formulaRef = undefined;
        const fEnd = this.attributes(buf, i + 2, Tag.Formula);
        formula = { type: this.formulaType, ref: this.formulaRef };
        if (buf.charCodeAt(fEnd) === SLASH) {
          if (buf.charCodeAt(fEnd + 1) !== GT) fail();
          i = fEnd + 2;
          continue;
        }
        const textEnd = buf.indexOf("<", fEnd + 1);
        if (textEnd < 0) fail();
        this.checkText(buf, fEnd + 1, textEnd, false);
        if (buf.charCodeAt(textEnd + 1) !== SLASH) fail();
        i = PlainSheetReader.endTag(buf, textEnd + 2, "f");
        continue;
      }
      if (c === 0x69 && PlainSheetReader.tagAt(buf, i + 1, "is")) {
        if (inline !== undefined) fail();
        inline = "";
        let j = i + 3;
        while (isSpace(buf.charCodeAt(j))) j++;
        if (buf.charCodeAt(j) === SLASH) {
          if (buf.charCodeAt(j + 1) !== GT) fail();
          i = j + 2;
          continue;
        }
        if (buf.charCodeAt(j) !== GT) fail();
        j++;
        for (;;) {
          while (isSpace(buf.charCodeAt(j))) j++;
          if (buf.charCodeAt(j) !== LT) fail();
          if (buf.charCodeAt(j + 1) === SLASH) {
            j = PlainSheetReader.endTag(buf, j + 2, "is");
            break;
          }
          if (!PlainSheetReader.tagAt(buf, j + 1, "t")) fail();
          const tEnd = this.attributes(buf, j + 2, Tag.Other);
          if (buf.charCodeAt(tEnd) === SLASH) {
            if (buf.charCodeAt(tEnd + 1) !== GT) fail();
            j = tEnd + 2;
            continue;
          }
          const textEnd = buf.indexOf("<", tEnd + 1);
          if (textEnd < 0) fail();
          const entities = this.checkText(buf, tEnd + 1, textEnd, true);
          inline += entities ? decodeEntities(buf, tEnd + 1, textEnd) : buf.slice(tEnd + 1, textEnd);
          if (buf.charCodeAt(textEnd + 1) !== SLASH) fail();
          j = PlainSheetReader.endTag(buf, textEnd + 2, "t");
        }
        i = j;
        continue;
      }
      fail();
    }
    if (wanted) this.visitor.cell(column, this.valueOf(buf, valueStart, valueEnd, valueEntities, inline), formula);
    return i;
  }

  /** One attribute of the tag being read, its value at `attrValueStart..attrValueEnd`. */
  private attribute(of: Tag, buf: string, nameStart: number, length: number): void {
    const c = buf.charCodeAt(nameStart);
    if (of === Tag.Cell) {
      if (length !== 1) return;
      if (c === 0x72) {
        // r: its letters give the column ("AB12" → 28)
        this.cellR = true;
        let n = 0;
        for (let k = this.attrValueStart; k < this.attrValueEnd; k++) {
          const l = buf.charCodeAt(k) | 0x20;
          if (l < 0x61 || l > 0x7a) break;
          n = n * 26 + (l - 0x60);
        }
        this.cellRef = n;
      } else if (c === 0x74) {
        this.cellTypeFrom = this.attrValueStart;
        this.cellTypeTo = this.attrValueEnd;
      }
    } else if (of === Tag.Row) {
      if (length === 1 && c === 0x72) this.rowR = this.digits(buf);
      else if (length === 5 && buf.startsWith("spans", nameStart)) {
        this.spansFrom = this.attrFrom - this.rowStart;
        this.spansTo = this.attrValueEnd + 1 - this.rowStart;
      }
    } else if (length === 1 && c === 0x74) this.formulaType = buf.slice(this.attrValueStart, this.attrValueEnd);
    else if (length === 3 && buf.startsWith("ref", nameStart))
      this.formulaRef = buf.slice(this.attrValueStart, this.attrValueEnd);
  }

  /**
   * Checks character data: every `&` one of the five predefined entities; a carriage return (which XML reads
   * as a line feed) in a value goes to the full reader. Returns whether there is an `&` to decode.
   */
  private checkText(buf: string, from: number, to: number, kept: boolean): boolean {
    let entities = false;
    for (let k = from; k < to; k++) {
      const c = buf.charCodeAt(k);
      if (c > AMP) continue;
      if (c === AMP) {
        entities = true;
        const semi = buf.indexOf(";", k);
        if (semi < 0 || semi >= to || entity(buf, k + 1, semi) === null) fail();
        k = semi;
      } else if (c === 0x0d && kept) fail();
    }
    return entities;
  }

  private typeOf(buf: string, from: number, to: number): Type {
    const length = to - from;
    if (length === 1) {
      const c = buf.charCodeAt(from);
      if (c === 0x73) return Type.Shared;
      if (c === 0x62) return Type.Bool;
      if (c === 0x65 || c === 0x64) return Type.Text;
      return Type.Number; // "n", or a type Excel does not know: read as a number, as the full reader does
    }
    if (length === 3 && buf.startsWith("str", from)) return Type.Text;
    if (length === 9 && buf.startsWith("inlineStr", from)) return Type.Inline;
    return Type.Number;
  }

  /** The cell's value as `cellValue` (sheetXml.ts) reads it, with numbers and shared-string indices read in place. */
  private valueOf(buf: string, from: number, to: number, entities: boolean, inline: string | undefined): CellValue {
    const type = this.cellType;
    if (type === Type.Inline) return decodeOoxmlEscapes(inline ?? "");
    if (from < 0) return null;
    if (!entities) {
      if (type === Type.Number) {
        const n = decimal(buf, from, to);
        if (n !== null) return n;
      } else if (type === Type.Shared && to > from && to - from <= 15) {
        let n = 0;
        let k = from;
        for (; k < to; k++) {
          const d = buf.charCodeAt(k) - 0x30;
          if (d < 0 || d > 9) break;
          n = n * 10 + d;
        }
        if (k === to) return this.sharedStrings[n] ?? null;
      }
    }
    const v = entities ? decodeEntities(buf, from, to) : buf.slice(from, to);
    switch (type) {
      case Type.Shared:
        return this.sharedStrings[Number(v)] ?? null;
      case Type.Bool:
        return v.trim() === "1";
      case Type.Text:
        return decodeOoxmlEscapes(v);
      default: {
        const n = Number(v);
        return Number.isFinite(n) ? n : v;
      }
    }
  }
}

/**
 * A plain decimal (`-12`, `0.291`) of at most 15 digits read where it stands, else `null`. Exact: the digits
 * as a whole number are below 2^53 and a power of ten up to 10^15 is a double, so one division rounds once,
 * to the same double as `Number(text)`.
 */
function decimal(buf: string, from: number, to: number): number | null {
  let k = from;
  const negative = buf.charCodeAt(k) === 0x2d;
  if (negative) k++;
  let n = 0;
  let digits = 0;
  let point = -1;
  for (; k < to; k++) {
    const c = buf.charCodeAt(k);
    if (c === 0x2e && point < 0) {
      point = digits;
      continue;
    }
    const d = c - 0x30;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
    digits++;
  }
  if (digits === 0 || digits > 15 || point === digits || point === 0) return null;
  const value = point < 0 ? n : n / (POWERS[digits - point] as number);
  return negative ? -value : value;
}

/** The character of a predefined entity's name (`amp` …) between `from` and `to`, else `null`. */
function entity(buf: string, from: number, to: number): string | null {
  switch (to - from) {
    case 2:
      if (buf.startsWith("lt", from)) return "<";
      if (buf.startsWith("gt", from)) return ">";
      return null;
    case 3:
      return buf.startsWith("amp", from) ? "&" : null;
    case 4:
      if (buf.startsWith("quot", from)) return '"';
      if (buf.startsWith("apos", from)) return "'";
      return null;
    default:
      return null;
  }
}

function decodeEntities(buf: string, from: number, to: number): string {
  let out = "";
  let at = from;
  for (let k = from; k < to; k++) {
    if (buf.charCodeAt(k) !== AMP) continue;
    const semi = buf.indexOf(";", k);
    out += buf.slice(at, k) + (entity(buf, k + 1, semi) as string);
    at = semi + 1;
    k = semi;
  }
  return out + buf.slice(at, to);
}

/** Reads a sheet's text with `PlainSheetReader`; throws `NotPlainSheet` when the full reader must read it. */
export async function readPlainSheet(
  chunks: AsyncIterable<string>,
  sharedStrings: readonly string[],
  visitor: RowVisitor,
): Promise<RowIndex> {
  const reader = new PlainSheetReader(sharedStrings, visitor);
  for await (const chunk of chunks) reader.write(chunk);
  return reader.end();
}
