/**
 * A graded CSV as a new .xlsx: one sheet, the header row bold, numbers as numbers (see `csvCellValue`), the
 * grade cells coloured. ExcelJS's streaming writer writes the package (styles, workbook, theme, properties)
 * from a few sample rows; the sheet's rows are then streamed as that writer renders them, without its
 * object per cell and style lookup per cell (at a million rows it was most of the time and memory).
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { PassThrough, type Writable } from "node:stream";
import type { Style } from "exceljs";
import type { CellValue, Table } from "../engine";
import { type OutputPlan, columnLetters } from "../plan";
import { csvCellValue } from "./csv";
import { type TypedKind, typedValue } from "./csvTypedCells";
import { type GradeFills, gradeFill } from "./gradeFills";
import { type OutputCellValue, type OutputRow, rowsWithOutputs } from "./outputs";
import { loadExcelJs } from "./loadExcelJs";
import { ZipWriter } from "./xlsx/zipWriter";
import { readZip, zipEntryData } from "./xlsx/zipParts";
import { createExclusive } from "./tempFiles";

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

/**
 * @param path created exclusively (refused when anything, a link included, is there), as every graded copy is
 * @param typed columns whose text is written as the number it reads as (`grade --format`, see `csvTypedCells`);
 *   empty: every cell as `csvCellValue` reads it
 */
export async function writeCsvWorkbook(
  path: string,
  name: string,
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  typed: ReadonlyMap<number, TypedKind> = new Map(),
): Promise<void> {
  // ExcelJS writes the package around the rows: a workbook of the header and, for each grade colour, the first
  // row that has it, so that its styles part holds the same styles in the same order as for the whole table.
  const firstOfColour = new Map<string, number>();
  outputs.forEach((out, i) => {
    const argb = gradeFill(fills, out.grade);
    if (argb && !firstOfColour.has(argb)) firstOfColour.set(argb, i);
  });
  const sample = [...firstOfColour.values()].sort((a, b) => a - b);
  if (table.rows.length > 0 && sample[0] !== 0) sample.unshift(0);
  const small: Table = { headers: table.headers, rows: sample.map((i) => table.rows[i] ?? []) };
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = once(sink, "end");
  await writeRows(
    sink,
    name,
    small,
    plan,
    sample.map((i) => outputs[i] as OutputRow),
    fills,
    typed,
  );
  await ended;
  const entries = await readZip(Buffer.concat(chunks));
  const sheetEntry = entries?.find((e) => e.name === SHEET_PART);
  const sheetData = sheetEntry ? zipEntryData(sheetEntry)?.toString("utf8") : undefined;
  const open = sheetData?.indexOf("<sheetData>") ?? -1;
  const close = sheetData?.lastIndexOf("</sheetData>") ?? -1;
  if (!entries || !sheetEntry || sheetData === undefined || open < 0 || close < open)
    throw new Error("ExcelJS wrote a package without the sheet it was asked for");
  const head = sheetData.slice(0, open + "<sheetData>".length);
  const tail = sheetData.slice(close);
  // The fills' style indices as ExcelJS gave them: the header's bold is 1, each colour the next (`sheetRows`).
  const fillStyles = new Map([...firstOfColour.keys()].map((argb, k) => [argb, 2 + k]));
  const zip = new ZipWriter(path);
  try {
    for (const entry of entries) {
      if (entry !== sheetEntry) {
        zip.copy(entry);
        continue;
      }
      async function* sheet(): AsyncGenerator<string | Uint8Array> {
        yield head;
        yield* sheetRows(table, plan, outputs, fills, fillStyles, typed);
        yield tail;
      }
      await zip.addStream(SHEET_PART, sheet(), entry);
    }
    zip.finish();
  } catch (error) {
    zip.abandon();
    throw error;
  }
}

const SHEET_PART = "xl/worksheets/sheet1.xml";

/**
 * The same workbook written by ExcelJS's streaming writer alone, every row through it (as the command wrote it
 * before): the reference that `test/cli/csvWorkbook.test.ts` holds `writeCsvWorkbook` to.
 */
export async function writeCsvWorkbookWithExcelJs(
  path: string,
  name: string,
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  typed: ReadonlyMap<number, TypedKind> = new Map(),
): Promise<void> {
  const file = createWriteStream(path, { fd: createExclusive(path) });
  await writeRows(file, name, table, plan, outputs, fills, typed);
  if (!file.closed) await once(file, "close");
}

async function writeRows(
  file: Writable,
  name: string,
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  typed: ReadonlyMap<number, TypedKind>,
): Promise<void> {
  const { stream } = await loadExcelJs();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(name));
  const rows = rowsWithOutputs(table, plan, outputs);
  const headerRow = sheet.addRow(rows.next().value ?? []);
  headerRow.font = { bold: true };
  headerRow.commit();
  const gradeColumn = plan.columns.grade + 1;
  // ExcelJS gives every cell a style object of its own and, at commit, renders each one's XML to find its
  // style index; it remembers the index per object. Data cells share one empty style and one fill style per
  // grade colour instead (never mutated), so each is rendered once.
  const plain: Partial<Style> = {};
  const fillStyles = new Map<string, Partial<Style>>();
  const fillStyle = (argb: string): Partial<Style> => {
    let style = fillStyles.get(argb);
    if (!style) fillStyles.set(argb, (style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb } } }));
    return style;
  };
  let i = 0;
  for (const cells of rows) {
    const values = dataValues(cells, plan, typed);
    const row = sheet.addRow(values);
    // ExcelJS makes a cell for each value that is not `undefined`: those are the cells to share a style.
    values.forEach((v, c) => {
      if (v !== undefined) row.getCell(c + 1).style = plain;
    });
    const argb = gradeFill(fills, outputs[i]?.grade ?? null);
    if (argb) row.getCell(gradeColumn).style = fillStyle(argb);
    row.commit();
    i++;
  }
  sheet.commit();
  await workbook.commit();
}

/** A data row's cells as written: input text typed or read as a number, outputs as the engine gives them. */
function dataValues(cells: readonly OutputCellValue[], plan: OutputPlan, typed: ReadonlyMap<number, TypedKind>) {
  return cells.map((v, c) => (typeof v === "string" && !isOutput(plan, c) ? inputCellValue(v, typed.get(c)) : v));
}

/**
 * The rows of the sheet as ExcelJS's streaming writer renders them (`row-xform.js`, `cell-xform.js`): every
 * row spans all columns (each has a cell, if empty) and a row without a value is left out; the header's cells
 * and row in the bold style (1), an empty cell without a style left out, text as `t="str"` escaped as ExcelJS escapes it, the grade in its colour's style.
 * Written as UTF-8 bytes straight into buffers: strings built per cell and joined per row were most of the
 * garbage, and at a million rows collecting it cost more than writing. `test/cli/csvWorkbook.test.ts` holds the
 * sheet to ExcelJS's own.
 */
function* sheetRows(
  table: Table,
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  fillStyles: ReadonlyMap<string, number>,
  typed: ReadonlyMap<number, TypedKind>,
): Generator<Uint8Array> {
  const out = new ByteBatch();
  const inputWidth = table.headers.length;
  const width = inputWidth + plan.toAdd.length;
  const letters: string[] = [];
  const start = (c: number): string => (letters[c] ??= `<c r="${columnLetters(c)}`);
  const spansOf = (n: number): string => (n > 0 ? ` spans="1:${n}"` : "");
  const spans = spansOf(width);
  const { grade, score, remark } = plan.columns;
  const outputAt = (c: number, values: OutputRow): OutputCellValue | undefined =>
    c === grade ? values.grade : c === score ? values.score : c === remark ? values.remark : undefined;
  let row = `<row r="1"${spans} s="1" customFormat="1" x14ac:dyDescent="0.25">`;
  let named = false;
  for (let c = 0; c < width; c++) {
    const h = header(c < inputWidth ? table.headers[c] : plan.toAdd[c - inputWidth]);
    if (h !== null) named = true;
    row += cellXml(start(c), "1", ' s="1"', h);
  }
  if (named) out.write(row + "</row>");
  for (let i = 0; i < table.rows.length; i++) {
    const r = String(i + 2);
    const cells = table.rows[i] ?? [];
    const values = outputs[i];
    const argb = gradeFill(fills, values?.grade ?? null);
    const gradeStyle = argb ? ` s="${fillStyles.get(argb)}"` : "";
    // A row longer than the header keeps its extra fields (and spans them), as `rowsWithOutputs` does.
    const rowWidth = Math.max(width, cells.length);
    let xml = "";
    for (let c = 0; c < rowWidth; c++) {
      const output = values ? outputAt(c, values) : undefined;
      let v: OutputCellValue;
      if (output !== undefined) v = output;
      else {
        const cell = cells[c];
        v =
          cell === undefined || cell === null
            ? null
            : typeof cell === "string"
              ? inputCellValue(cell, typed.get(c))
              : typeof cell === "boolean"
                ? String(cell).toUpperCase()
                : cell;
      }
      const style = c === grade ? gradeStyle : "";
      if (v === null && style === "") continue;
      xml += cellXml(start(c), r, style, v);
    }
    // A row of empty cells alone is left out, as ExcelJS leaves out a row without values. One write a row:
    // the row's text is short-lived, so it is collected young.
    if (xml)
      out.write(`<row r="${r}"${rowWidth === width ? spans : spansOf(rowWidth)} x14ac:dyDescent="0.25">${xml}</row>`);
    if (out.full()) yield out.take();
  }
  yield out.take();
}

/** A header cell's value as `rowsWithOutputs` gives it. */
const header = (v: CellValue | undefined): OutputCellValue =>
  v === undefined || v === null ? null : typeof v === "boolean" ? String(v).toUpperCase() : v;

/** UTF-8 written into a buffer, handed on when full (each piece a buffer of its own: the zip writer keeps it). */
class ByteBatch {
  private buf = Buffer.allocUnsafe(BATCH);
  private at = 0;

  full(): boolean {
    return this.at > BATCH - (BATCH >> 2);
  }

  take(): Uint8Array {
    const piece = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(BATCH);
    this.at = 0;
    return piece;
  }

  write(text: string): void {
    const bytes = text.length * 3; // at most three UTF-8 bytes per UTF-16 unit
    if (this.at + bytes > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + bytes));
      this.buf.copy(bigger, 0, 0, this.at);
      this.buf = bigger;
    }
    this.at += this.buf.write(text, this.at, "utf8");
  }
}

function cellXml(start: string, row: string, style: string, v: OutputCellValue): string {
  if (v === null) return `${start}${row}"${style}/>`;
  if (typeof v === "number") return `${start}${row}"${style}><v>${v}</v></c>`;
  return `${start}${row}"${style} t="str"><v>${NEEDS_ESCAPE.test(v) ? excelJsEscape(v) : v}</v></c>`;
}

const BATCH = 1 << 17;

/** ExcelJS's `xmlEncode`: the five XML escapes, and control characters XML cannot hold dropped. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what ExcelJS drops
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const ESCAPED = new RegExp(NEEDS_ESCAPE.source, "g");
const ESCAPES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};
const excelJsEscape = (text: string): string => text.replace(ESCAPED, (ch) => ESCAPES[ch] ?? "");

function inputCellValue(text: string, kind: TypedKind | undefined): string | number | null {
  return (kind === undefined ? null : typedValue(kind, text)) ?? csvCellValue(text);
}

/** Output cells are written as the engine gives them: a remark "1" stays text. */
function isOutput(plan: OutputPlan, column: number): boolean {
  return column === plan.columns.grade || column === plan.columns.score || column === plan.columns.remark;
}
