/**
 * Pass 1 over a workbook package: choose the table (named, only, or the first sheet's header row) and read
 * its cells as the engine's `Table`, streaming the sheet's XML.
 */
import { type CellValue, type Result, type Table, FIELDS, err, mapColumns, ok } from "../../engine";
import { type CliProblem, PROBLEMS } from "../problems";
import { type ParsedFormula, cellValue, hasFormula, sheetPieces } from "./sheetXml";
import type { SheetPart, TablePart, WorkbookPackage } from "./workbookPackage";
import { columnLetters } from "../../plan";
import { parseRange } from "./xml";
import { type ZipEntry, zipEntryText } from "./zipParts";
import { NotPlainSheet, type RowIndex, type RowVisitor, readPlainSheet } from "./plainRows";

/** Where the graded range sits: 1-based sheet rows and columns, header row included. */
export interface LocatedRange {
  readonly sheet: SheetPart;
  readonly name: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Last data row (== headerRow when there are no data rows). */
  readonly lastRow: number;
  readonly table: TablePart | null;
}

export interface ReadRange {
  readonly located: LocatedRange;
  readonly table: Table;
  /** 0-based table columns holding a formula in some data row (overwriting one invalidates the calc chain). */
  readonly formulaColumns: ReadonlySet<number>;
  /**
   * Shared formulas whose first cell is in the range and which reach cells outside its data rows or column
   * (`ref` as written, by 0-based table column): overwriting that first cell would orphan the others.
   */
  readonly sharedFormulasReachingOut: ReadonlyMap<number, string>;
  /** For k = 1..3: the first non-empty cell k columns right of the range (header to last row), as "Sheet!K5". */
  readonly occupiedRight: readonly (string | null)[];
  /** Where each row stands in the sheet's text, when the fast reader read it (the writer splices by it). */
  readonly index: RowIndex | null;
}

export interface TableChoice {
  readonly table?: string;
  readonly sheet?: string;
}

type Target = { readonly sheet: SheetPart; readonly table: TablePart | null };

function chooseTarget(pkg: WorkbookPackage, choice: TableChoice, file: string): Result<Target, CliProblem> {
  let inScope = pkg.sheets;
  if (choice.sheet !== undefined) {
    const wanted = choice.sheet.toLowerCase();
    const sheet = pkg.sheets.find((s) => s.name.toLowerCase() === wanted);
    if (!sheet)
      return err(
        PROBLEMS.sheetNotFound(
          choice.sheet,
          pkg.sheets.map((s) => s.name),
        ),
      );
    inScope = [sheet];
  }
  const tables = inScope.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  const names = tables.map((t) => t.table.name);
  if (choice.table !== undefined) {
    const wanted = choice.table.toLowerCase(); // Excel table names are case-insensitive
    const found = tables.find((t) => t.table.name.toLowerCase() === wanted);
    return found ? ok(found) : err(PROBLEMS.tableNotFound(choice.table, names));
  }
  if (tables.length > 1) return err(PROBLEMS.severalTables(names));
  if (tables[0]) return ok(tables[0]);
  const first = inScope[0];
  return first ? ok({ sheet: first, table: null }) : err(PROBLEMS.noTable(file));
}

const isBlank = (v: CellValue): boolean => v === null || v === undefined || v === "";

export async function readRange(
  pkg: WorkbookPackage,
  choice: TableChoice,
  file: string,
): Promise<Result<ReadRange, CliProblem>> {
  const target = chooseTarget(pkg, choice, file);
  if (!target.ok) return target;
  const { sheet, table } = target.value;
  const entry = pkg.entries.get(sheet.path);
  if (!entry) return err(PROBLEMS.corrupt(file, `missing part ${sheet.path}`));
  if (table && !table.headerRow) return err(PROBLEMS.noTable(file));

  const collected = await collectRows(entry, pkg.sharedStrings, sheet, table);
  const { rows, formulaColumns, sharedMasters, occupied, bottom, index } = collected;
  const located = table ? fromTable(sheet, table) : fromHeaderRow(sheet, rows, bottom);
  if (!located) return err(PROBLEMS.noTable(file));
  const width = located.lastColumn - located.firstColumn + 1;
  const slice = (r: number): CellValue[] => {
    const values = rows.get(r);
    // With a table the collector kept its columns alone, already as the table's row.
    if (values && collected.asTableRows) return values;
    const out = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) out[c] = values?.[located.firstColumn + c] ?? null;
    return out;
  };
  const body: CellValue[][] = [];
  for (let r = located.headerRow + 1; r <= located.lastRow; r++) body.push(slice(r));
  const occupiedRight = [1, 2, 3].map((k) => (table ? (occupied.get(k) ?? null) : firstOccupied(rows, located, k)));
  return ok({
    located,
    table: { headers: slice(located.headerRow), rows: body },
    formulaColumns: new Set([...formulaColumns].map((c) => c - located.firstColumn)),
    sharedFormulasReachingOut: new Map(
      sharedMasters
        .filter(({ row, ref }) => {
          const range = parseRange(ref);
          return (
            row > located.headerRow &&
            (!range || range.left !== range.right || range.top <= located.headerRow || range.bottom > located.lastRow)
          );
        })
        .map(({ column, ref }) => [column - located.firstColumn, ref]),
    ),
    occupiedRight,
    index,
  });
}

/** The rows read from the sheet: all of them, or with a table only its own (`asTableRows`: its columns alone). */
interface CollectedRows {
  readonly rows: Map<number, CellValue[]>;
  readonly asTableRows: boolean;
  readonly formulaColumns: Set<number>;
  readonly sharedMasters: { column: number; row: number; ref: string }[];
  /** k columns right of a table → its first non-empty cell. */
  readonly occupied: Map<number, string>;
  readonly bottom: number;
  readonly index: RowIndex | null;
}

/** Collects what `readRange` needs, row by row and cell by cell, from either reader. */
class RowCollector implements RowVisitor {
  readonly rows = new Map<number, CellValue[]>();
  readonly formulaColumns = new Set<number>();
  readonly sharedMasters: { column: number; row: number; ref: string }[] = [];
  readonly occupied = new Map<number, string>();
  bottom = 0;
  private values: CellValue[] = [];
  private rowNumber = 0;

  constructor(
    private readonly sheet: SheetPart,
    private readonly table: TablePart | null,
  ) {}

  row(number: number): boolean {
    const table = this.table;
    if (table && (number < table.range.top || number > table.range.bottom)) return false;
    this.rowNumber = number;
    // A table's row is made at its width, so it becomes the table's row as it is (one array per row, not two).
    this.values = table ? new Array<CellValue>(table.range.right - table.range.left + 1).fill(null) : [];
    this.rows.set(number, this.values);
    if (number > this.bottom) this.bottom = number;
    return true;
  }

  cell(column: number, value: CellValue, formula: ParsedFormula | undefined): void {
    const table = this.table;
    if (table) {
      const { left, right } = table.range;
      if (column > right) {
        const k = column - right;
        if (k <= 3 && !isBlank(value) && !this.occupied.has(k))
          this.occupied.set(k, `${this.sheet.name}!${columnLetters(column - 1)}${this.rowNumber}`);
        return;
      }
      if (column < left) return;
      this.values[column - left] = value ?? null;
    } else this.values[column] = value;
    if (formula) {
      this.formulaColumns.add(column);
      // The first cell of a shared formula carries its range: `<f t="shared" ref="G2:G50" si="0">`.
      if (formula.type === "shared" && formula.ref)
        this.sharedMasters.push({ column, row: this.rowNumber, ref: formula.ref });
    }
  }
}

/**
 * The sheet's rows, read by the fast reader (`plainRows.ts`), which also says where each row stands for the
 * writer; a sheet it does not read (`NotPlainSheet`) is read again, from the start, by the full reader.
 */
async function collectRows(
  entry: ZipEntry,
  sharedStrings: readonly string[],
  sheet: SheetPart,
  table: TablePart | null,
): Promise<CollectedRows> {
  const fast = new RowCollector(sheet, table);
  try {
    const index = await readPlainSheet(zipEntryText(entry), sharedStrings, fast);
    return { ...fastFields(fast), asTableRows: table !== null, index };
  } catch (error) {
    if (!(error instanceof NotPlainSheet)) throw error;
  }
  const full = new RowCollector(sheet, table);
  for await (const piece of sheetPieces(zipEntryText(entry))) {
    if (piece.kind !== "row") continue;
    const parsed = piece.row;
    if (!full.row(parsed.row)) continue;
    for (const cell of parsed.cells)
      full.cell(cell.column, cellValue(cell, sharedStrings), hasFormula(cell) ? cell.formula : undefined);
  }
  return { ...fastFields(full), asTableRows: table !== null, index: null };
}

const fastFields = (c: RowCollector) => ({
  rows: c.rows,
  formulaColumns: c.formulaColumns,
  sharedMasters: c.sharedMasters,
  occupied: c.occupied,
  bottom: c.bottom,
});

function fromTable(sheet: SheetPart, table: TablePart): LocatedRange {
  const { top, left, right, bottom } = table.range;
  return {
    sheet,
    name: table.name,
    headerRow: top,
    firstColumn: left,
    lastColumn: right,
    lastRow: bottom - (table.totalsRow ? 1 : 0),
    table,
  };
}

/** Rows looked at for a header: a title and a few notes above the table are common, a hundred rows are not. */
const HEADER_SEARCH_ROWS = 30;

/** How many of a row's cells name a column the grading reads. */
function inputColumnsNamed(cells: readonly CellValue[]): number {
  const mapping = mapColumns(Array.from(cells, (v) => (v === undefined ? null : v)));
  return Object.values(mapping.columns).filter((c) => c !== undefined && FIELDS[c.field].role === "input").length;
}

/**
 * The header is the row, among the first non-empty ones, that names the most columns the grading reads (a
 * title such as "2026 年客户" above the table names one at most), else the first non-empty row; its first to
 * last non-empty cells are the columns, and the rows under it down to the first blank row are the customers.
 */
function fromHeaderRow(sheet: SheetPart, rows: ReadonlyMap<number, CellValue[]>, bottom: number): LocatedRange | null {
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const nonEmpty = numbers.filter((r) => (rows.get(r) ?? []).some((v) => !isBlank(v))).slice(0, HEADER_SEARCH_ROWS);
  let headerRow = nonEmpty[0];
  let best = 0;
  for (const r of nonEmpty) {
    const named = inputColumnsNamed(rows.get(r) ?? []);
    if (named > best) [headerRow, best] = [r, named];
  }
  if (headerRow === undefined) return null;
  const header = rows.get(headerRow) ?? [];
  let first = 0;
  let last = 0;
  header.forEach((v, c) => {
    if (isBlank(v)) return;
    if (first === 0) first = c;
    last = c;
  });
  // Like Excel's current region (Ctrl+A, Ctrl+*): the rows down to the first blank one. A total or a note
  // under the list, after a blank row, is not a customer.
  let lastRow = headerRow;
  for (let r = headerRow + 1; r <= bottom; r++) {
    const values = rows.get(r);
    if (!values || !values.slice(first, last + 1).some((v) => !isBlank(v))) break;
    lastRow = r;
  }
  return { sheet, name: sheet.name, headerRow, firstColumn: first, lastColumn: last, lastRow, table: null };
}

function firstOccupied(rows: ReadonlyMap<number, CellValue[]>, located: LocatedRange, k: number): string | null {
  for (let r = located.headerRow; r <= located.lastRow; r++) {
    const v = rows.get(r)?.[located.lastColumn + k];
    if (v !== undefined && !isBlank(v)) return `${located.sheet.name}!${columnLetters(located.lastColumn + k - 1)}${r}`;
  }
  return null;
}
