/**
 * Pass 2: the graded copy of a workbook package. The sheet holding the table is streamed through and only
 * its output cells change; styles.xml gains the grade fills, the table part its appended columns. With a
 * `SheetFormatter` the template formatting is applied on the way (`src/cli/format`). Every other part is
 * copied byte for byte, so charts, pivot tables, images, macros and add-in settings survive.
 */
import { OUTPUT_FIELDS, type OutputField, columnLetters } from "../../plan";
import { type GradeFills, gradeFill } from "../gradeFills";
import { type OutputRow, sameInWorkbook } from "../outputs";
import type { ReadRange } from "./readTable";
import {
  type ParsedCell,
  type SheetPiece,
  cellElement,
  cellValue,
  hasFormula,
  isNumeric,
  parseRow,
  sheetPieces,
} from "./sheetXml";
import type { RowIndex } from "./plainRows";
import { withFullCalcOnLoad } from "./calcOnLoad";
import { WorkbookStyles } from "./styles";
import { widenTable } from "./tableXml";
import type { WorkbookPackage } from "./workbookPackage";
import { escapeXml, formatRange, ooxmlEscape, parseRange, resolveTarget } from "./xml";
import {
  type ScannedElement,
  attributeOf,
  attributePairs,
  rewrittenStartTag,
  scanXml,
  scanXmlStart,
  spliced,
  startTag,
} from "./xmlScan";
import { ZipWriter } from "./zipWriter";
import { zipEntryText } from "./zipParts";

export interface OutputLayout {
  /** 0-based table column of each output field. */
  readonly columns: Readonly<Record<OutputField, number>>;
  /** Headers appended right of the range, in order. */
  readonly toAdd: readonly string[];
}

export interface WriteResult {
  readonly replacedCells: number;
}

/** Formatting applied on the way through (`src/cli/format`): the sheet's head and tail, data cells' styles, the table part. */
export interface SheetFormatter {
  /** The sheet's text up to and including `<sheetData>`. */
  head(text: string): string;
  /** The sheet's text from `</sheetData>` to the end, whole. */
  tail(text: string): string;
  /** The style a data cell of the range gets in `column` (1-based), given its style now and whether it holds a number. */
  dataCellStyle(column: number, style: number | undefined, numeric: boolean): number | undefined;
  table(xml: string): string;
}

type Cell = string | number | null;

function cellXml(ref: string, style: number | undefined, value: Cell): string | null {
  const s = style === undefined || style === 0 ? "" : ` s="${style}"`;
  if (value === null) return s ? `<c r="${ref}"${s}/>` : null;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(ooxmlEscape(value))}</t></is></c>`;
}

class SheetRewriter {
  replacedCells = 0;
  /** Whether some cell's value or formula changed, so formulas elsewhere may now compute something else. */
  valuesChanged = false;
  private nextRow: number;
  private readonly byColumn: Map<number, OutputField>;
  private readonly lastColumn: number;

  constructor(
    private readonly pkg: WorkbookPackage,
    private readonly read: ReadRange,
    private readonly layout: OutputLayout,
    private readonly outputs: readonly OutputRow[],
    private readonly styles: WorkbookStyles | null,
    private readonly fills: GradeFills,
    private readonly formatter: SheetFormatter | null,
  ) {
    const { located } = read;
    this.nextRow = located.headerRow;
    this.byColumn = new Map(OUTPUT_FIELDS.map((f) => [located.firstColumn + layout.columns[f], f]));
    this.lastColumn = located.lastColumn + layout.toAdd.length;
  }

  private get headerRow(): number {
    return this.read.located.headerRow;
  }

  /** The cells this row must get: appended headers on the header row, outputs on data rows. */
  private replacements(row: number, cells: readonly ParsedCell[]): Map<number, string | null> {
    const out = new Map<number, string | null>();
    const existing = new Map(cells.map((c) => [c.column, c]));
    const styleOf = (column: number): number | undefined => existing.get(column)?.style;
    if (row === this.headerRow) {
      const last = this.read.located.lastColumn;
      const headerStyle = styleOf(last);
      if (this.layout.toAdd.length > 0) this.valuesChanged = true;
      this.layout.toAdd.forEach((header, k) =>
        out.set(last + 1 + k, cellXml(`${columnLetters(last + k)}${row}`, headerStyle, header)),
      );
      return out;
    }
    const values = this.outputs[row - this.headerRow - 1];
    if (this.formatter) {
      for (const cell of cells) {
        if (values && this.byColumn.has(cell.column)) continue; // written below, with its new value
        const style = this.formatter.dataCellStyle(cell.column, cell.style, isNumeric(cell));
        if (style !== cell.style)
          out.set(cell.column, cellElement(cell, `${columnLetters(cell.column - 1)}${row}`, style));
      }
    }
    if (!values) return out;
    for (const [column, field] of this.byColumn) {
      const before = existing.get(column);
      const value = values[field];
      let style = styleOf(column);
      if (field === "grade") {
        // Formatted, the conditional formats colour the grade: a static fill would outlive a grade retyped in Excel.
        const argb = this.formatter ? null : gradeFill(this.fills, values.grade);
        if (argb && this.styles) style = this.styles.styleWithFill(style ?? 0, argb);
        else if (!argb && this.styles && style !== undefined)
          style = this.styles.styleWithoutFill(style, [...this.fills.values()]);
      }
      if (this.formatter) style = this.formatter.dataCellStyle(column, style, typeof value === "number");
      const old = before ? cellValue(before, this.pkg.sharedStrings) : null;
      if (old !== null && old !== "" && !sameInWorkbook(old, value)) this.replacedCells++;
      const same = value === null ? old === null : sameInWorkbook(old, value); // an empty string is cleared
      if (!same || (before && hasFormula(before))) this.valuesChanged = true;
      const unchanged = before && !hasFormula(before) && same && styleOf(column) === style;
      out.set(column, unchanged ? before.xml : cellXml(`${columnLetters(column - 1)}${row}`, style, value));
    }
    return out;
  }

  /** The row rewritten with its new cells, or "" when it stays as it was read (the caller keeps its text). */
  private rowXml(row: number, element: ScannedElement | null, cells: readonly ParsedCell[]): string {
    const replaced = this.replacements(row, cells);
    const before = new Map(cells.map((c) => [c.column, c.xml]));
    if ([...replaced].every(([column, xml]) => (xml === null ? !before.has(column) : before.get(column) === xml)))
      return "";
    // A cell without `r` sits right of the cell before it: once a cell is dropped or added, that no longer holds.
    const merged: { column: number; xml: string }[] = cells
      .filter((c) => !replaced.has(c.column))
      .map((c) => ({
        column: c.column,
        xml: c.hasReference ? c.xml : cellElement(c, `${columnLetters(c.column - 1)}${row}`, "as-is"),
      }));
    for (const [column, xml] of replaced) if (xml !== null) merged.push({ column, xml });
    merged.sort((a, b) => a.column - b.column);
    // `spans` is an optional hint of the row's first and last column; dropped rather than left wrong.
    const start = element ? startTag(element.name, attributePairs(element, ["spans"]), false) : `<row r="${row}">`;
    const name = element?.name ?? "row";
    return `${start}${merged.map((m) => m.xml).join("")}</${name}>`;
  }

  /** Rows of the range that have no `<row>` element yet but get output cells. */
  private *missingRowsBefore(row: number): Generator<string> {
    const stop = Math.min(row - 1, this.read.located.lastRow);
    for (let r = Math.max(this.nextRow, this.headerRow); r <= stop; r++) {
      const xml = this.rowXml(r, null, []);
      if (xml.includes("<c ")) yield xml;
    }
    this.nextRow = Math.max(this.nextRow, row);
  }

  async *rewrite(pieces: AsyncIterable<SheetPiece>): AsyncGenerator<string> {
    let batch = "";
    let tail = "";
    for await (const piece of pieces) {
      if (piece.kind === "head") {
        const head = this.widenDimension(piece.text);
        yield this.formatter ? this.formatter.head(head) : head;
        continue;
      }
      if (piece.kind === "tail") {
        for (const xml of this.missingRowsBefore(Number.MAX_SAFE_INTEGER)) batch += xml;
        if (batch) yield batch;
        batch = "";
        if (this.formatter) tail += piece.text;
        else yield piece.text;
        continue;
      }
      if (piece.kind === "between") {
        batch += piece.text;
        continue;
      }
      const parsed = piece.row;
      for (const xml of this.missingRowsBefore(parsed.row)) batch += xml;
      const inRange = parsed.row >= this.headerRow && parsed.row <= this.read.located.lastRow;
      batch += inRange ? this.rowXml(parsed.row, parsed.element, parsed.cells) || piece.text : piece.text;
      this.nextRow = parsed.row + 1;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = "";
      }
    }
    // The tail is small (what follows the rows); the formatter needs it whole.
    if (this.formatter && tail) yield this.formatter.tail(tail);
  }

  /**
   * The same text as `rewrite`, from the row offsets the fast reader recorded (`RowIndex`): the text between
   * the range's rows is copied as it stands; a plain data row whose output cells all lie right of its cells
   * gets them spliced in (and its `spans` cut), which is what rewriting it from its parsed cells writes; any
   * other row of the range (the header, a row with output cells already, white space between its cells) is
   * parsed alone and rewritten as `rewrite` does.
   */
  async *rewriteIndexed(chunks: AsyncIterable<string>, index: RowIndex): AsyncGenerator<string> {
    const text = new TextWindow(chunks[Symbol.asyncIterator]());
    const { headerRow } = this;
    const { lastRow } = this.read.located;
    const firstOutput = Math.min(...this.byColumn.keys());
    const outputsInOrder = [...this.byColumn.keys()].sort((a, b) => a - b);
    await text.ensure(index.headEnd);
    yield this.widenDimension(text.slice(0, index.headEnd));
    let copied = index.headEnd;
    let batch = "";
    for (let k = 0; k < index.count; k++) {
      const number = index.number[k] as number;
      if (number < headerRow) continue;
      const start = index.start[k] as number;
      // Rows usually follow each other: nothing between them to copy, and their text is usually held already,
      // so neither costs a promise per row.
      if (start > copied) for await (const piece of text.copy(copied, start)) batch += piece;
      copied = start;
      for (const xml of this.missingRowsBefore(number)) batch += xml;
      if (number > lastRow) break;
      const end = index.end[k] as number;
      if (!text.holds(end)) await text.ensure(end);
      if (index.plain[k] === 1 && number !== headerRow && (index.maxColumn[k] as number) < firstOutput) {
        const replaced = this.replacements(number, NO_CELLS);
        let added = "";
        for (const column of outputsInOrder) added += replaced.get(column) ?? "";
        if (added === "") batch += text.slice(start, end);
        else {
          const spansFrom = index.spansFrom[k] as number;
          const spansTo = index.spansTo[k] as number;
          batch +=
            text.slice(start, start + spansFrom) +
            text.slice(start + spansTo, start + (index.closeAt[k] as number)) +
            added +
            "</row>";
        }
      } else {
        const rowText = text.slice(start, end);
        const parsed = parseRow(rowText, number - 1);
        batch += this.rowXml(number, parsed.element, parsed.cells) || rowText;
      }
      this.nextRow = number + 1;
      copied = end;
      text.release(copied);
      if (batch.length > 1 << 16) {
        yield batch;
        batch = "";
      }
    }
    if (copied < index.tailStart) {
      for await (const piece of text.copy(copied, index.tailStart)) {
        batch += piece;
        if (batch.length > 1 << 16) {
          yield batch;
          batch = "";
        }
      }
      copied = index.tailStart;
    }
    for (const xml of this.missingRowsBefore(Number.MAX_SAFE_INTEGER)) batch += xml;
    if (batch) yield batch;
    for await (const piece of text.rest(copied)) yield piece;
  }

  /** The head with `<dimension ref>` covering the appended columns and the rows given outputs. */
  private widenDimension(head: string): string {
    let dimension: ScannedElement | undefined;
    scanXmlStart(head, { open: (e) => void (e.depth === 1 && e.local === "dimension" && (dimension ??= e)) });
    const range = dimension ? parseRange(attributeOf(dimension, "ref") ?? "") : null;
    if (!dimension || !range) return head;
    const ref = formatRange({
      ...range,
      right: Math.max(range.right, this.lastColumn),
      bottom: Math.max(range.bottom, this.read.located.lastRow),
    });
    return spliced(head, [{ start: dimension.start, end: dimension.end, text: rewrittenStartTag(dimension, { ref }) }]);
  }
}

const NO_CELLS: readonly ParsedCell[] = [];

/**
 * A text that comes in pieces, read by offset: what `ensure` has read and `release` has not let go of. The
 * rows between the range's rows are handed on as they come (`copy`), so the part is never held whole.
 */
class TextWindow {
  private buf = "";
  private base = 0;
  private done = false;

  constructor(private readonly chunks: AsyncIterator<string>) {}

  /** Whether the text up to `offset` is held. */
  holds(offset: number): boolean {
    return this.base + this.buf.length >= offset;
  }

  /** Reads until the text up to `offset` is held; a text that ends before it is not the one that was read. */
  async ensure(offset: number): Promise<void> {
    while (!this.holds(offset)) {
      if (this.done) throw new Error("the sheet is shorter than when it was read");
      await this.more();
    }
  }

  private async more(): Promise<void> {
    const next = await this.chunks.next();
    if (next.done) this.done = true;
    else this.buf += next.value;
  }

  slice(from: number, to: number): string {
    return this.buf.slice(from - this.base, to - this.base);
  }

  /** Forgets the text before `offset` (at once: the next piece is then added to a short text, not a long one). */
  release(offset: number): void {
    if (offset > this.base) {
      this.buf = this.buf.slice(offset - this.base);
      this.base = offset;
    }
  }

  /** The text from `from` to `to`, as it comes (forgotten once handed on). */
  async *copy(from: number, to: number): AsyncGenerator<string> {
    let at = from;
    while (at < to) {
      const held = this.base + this.buf.length;
      if (held > at) {
        const until = Math.min(to, held);
        yield this.slice(at, until);
        at = until;
        this.release(at);
      }
      if (at < to) {
        if (this.done) throw new Error("the sheet is shorter than when it was read");
        await this.more();
      }
    }
  }

  /** Everything from `from` to the end, as it comes. */
  async *rest(from: number): AsyncGenerator<string> {
    let at = from;
    for (;;) {
      const held = this.base + this.buf.length;
      if (held > at) yield this.slice(at, held);
      at = held;
      this.buf = "";
      this.base = held;
      if (this.done) return;
      await this.more();
    }
  }
}

/** `xml` without the elements (empty ones, as `<Override/>` and `<Relationship/>` are) that `drop` picks. */
function withoutElements(xml: string, drop: (e: ScannedElement) => boolean): string {
  const spans: { start: number; end: number; text: string }[] = [];
  scanXml(xml, {
    close: (e, _start, end) => {
      if (drop(e)) spans.push({ start: e.start, end, text: "" });
    },
  });
  return spliced(xml, spans);
}

/** Parts that change besides the sheet, given what the sheet needed. */
function changedParts(
  pkg: WorkbookPackage,
  read: ReadRange,
  layout: OutputLayout,
  formatter: SheetFormatter | null,
): { replaced: Map<string, string>; dropped: Set<string> } {
  const replaced = new Map<string, string>();
  const dropped = new Set<string>();
  const table = read.located.table;
  const tableXml = table ? pkg.text(table.path) : null;
  if (table && tableXml !== null) {
    const widened =
      layout.toAdd.length > 0
        ? widenTable(tableXml, read.located.lastColumn + layout.toAdd.length, layout.toAdd)
        : tableXml;
    const styled = formatter ? formatter.table(widened) : widened;
    if (styled !== tableXml) replaced.set(table.path, styled);
  }
  // Overwriting a formula leaves the calculation chain naming a cell without one, which Excel reports as
  // damage; without the chain Excel simply rebuilds it.
  const overwritesFormula = OUTPUT_FIELDS.some((f) => read.formulaColumns.has(layout.columns[f]));
  if (overwritesFormula && pkg.entries.has("xl/calcChain.xml")) {
    dropped.add("xl/calcChain.xml");
    const types = pkg.text("[Content_Types].xml");
    if (types)
      replaced.set(
        "[Content_Types].xml",
        withoutElements(types, (e) => e.local === "Override" && attributeOf(e, "PartName") === "/xl/calcChain.xml"),
      );
    const rels = pkg.text("xl/_rels/workbook.xml.rels");
    if (rels)
      replaced.set(
        "xl/_rels/workbook.xml.rels",
        withoutElements(
          rels,
          (e) =>
            e.local === "Relationship" && resolveTarget("xl/", attributeOf(e, "Target") ?? "") === "xl/calcChain.xml",
        ),
      );
  }
  return { replaced, dropped };
}

/** Writes the graded copy to `path` (the caller renames it into place). */
export async function writeWorkbook(
  pkg: WorkbookPackage,
  read: ReadRange,
  layout: OutputLayout,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  path: string,
  format?: (styles: WorkbookStyles | null) => SheetFormatter,
): Promise<WriteResult> {
  const stylesPath = "xl/styles.xml";
  const styles = WorkbookStyles.from(pkg.text(stylesPath));
  const formatter = format ? format(styles) : null;
  const { replaced, dropped } = changedParts(pkg, read, layout, formatter);
  const sheetPath = read.located.sheet.path;
  const zip = new ZipWriter(path);
  const rewriter = new SheetRewriter(pkg, read, layout, outputs, styles, fills, formatter);
  try {
    const stamp = { time: 0, date: 0x21 }; // 1980-01-01, as ExcelJS and Excel stamp parts
    for (const entry of pkg.entries.values()) {
      if (dropped.has(entry.name) || entry.name === stylesPath || entry.name === pkg.workbookPath) continue;
      if (entry.name === sheetPath) {
        const index = formatter === null && read.index?.ascending ? read.index : null;
        const sheet = index
          ? rewriter.rewriteIndexed(zipEntryText(entry), index)
          : rewriter.rewrite(sheetPieces(zipEntryText(entry)));
        await zip.addStream(entry.name, sheet, {
          time: entry.time,
          date: entry.date,
        });
        continue;
      }
      const text = replaced.get(entry.name);
      if (text !== undefined) {
        zip.add(entry.name, Buffer.from(text, "utf8"), { time: entry.time, date: entry.date });
        continue;
      }
      zip.copy(entry);
    }
    // workbook.xml after the sheet: only changed values call for recalculation on load.
    const workbookEntry = pkg.entries.get(pkg.workbookPath);
    const workbookXml = rewriter.valuesChanged ? pkg.text(pkg.workbookPath) : null;
    if (workbookEntry && workbookXml !== null)
      zip.add(pkg.workbookPath, Buffer.from(withFullCalcOnLoad(workbookXml), "utf8"), {
        time: workbookEntry.time,
        date: workbookEntry.date,
      });
    else if (workbookEntry) zip.copy(workbookEntry);
    // styles.xml last: the sheet decides which painted styles it needs.
    const stylesEntry = pkg.entries.get(stylesPath);
    if (stylesEntry) {
      const newStyles = styles?.result();
      if (newStyles) zip.add(stylesPath, Buffer.from(newStyles, "utf8"), stamp);
      else zip.copy(stylesEntry);
    }
    zip.finish();
  } catch (error) {
    zip.abandon();
    throw error;
  }
  return { replacedCells: rewriter.replacedCells };
}
