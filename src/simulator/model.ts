/**
 * The workbook's state: sheets of cells, tables (geometry only; their cells live on the sheet), settings and the
 * selection. Rows are plain arrays indexed by column, so a 1,048,576-row table costs one array per row and no
 * object per cell.
 */
import { type Rect, SHEET_COLUMNS, intersect } from "./address";
import { type Stored, cellFormulaOf, cellValueOf } from "./cells";

const GENERAL = "General";

export class SheetModel {
  /** Row arrays by row index; a missing row or slot is an empty cell. */
  readonly rows: (Stored[] | undefined)[] = [];
  /** Number formats other than "General", keyed by `row * SHEET_COLUMNS + column` (sparse: most cells are General). */
  readonly formats = new Map<number, string>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(row: number, column: number): Stored {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, content: Stored): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      if (content === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = content;
  }

  format(row: number, column: number): string {
    return this.formats.get(row * SHEET_COLUMNS + column) ?? GENERAL;
  }

  setFormat(row: number, column: number, format: string): void {
    const key = row * SHEET_COLUMNS + column;
    if (format === GENERAL) this.formats.delete(key);
    else this.formats.set(key, format);
  }

  /** A fresh 2-D array of one property of a rectangle, as a load returns it. */
  grid(rect: Rect, kind: "values" | "formulas" | "numberFormat"): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = new Array<(string | number | boolean)[]>(rect.rowCount);
    for (let r = 0; r < rect.rowCount; r += 1) {
      const cells = this.rows[rect.row + r];
      const line = new Array<string | number | boolean>(rect.columnCount);
      for (let c = 0; c < rect.columnCount; c += 1) {
        if (kind === "numberFormat") line[c] = this.format(rect.row + r, rect.column + c);
        else {
          const stored = cells?.[rect.column + c];
          line[c] = kind === "values" ? cellValueOf(stored) : cellFormulaOf(stored);
        }
      }
      out[r] = line;
    }
    return out;
  }

  /** True if any cell of the rectangle has content. */
  hasContent(rect: Rect): boolean {
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
      const cells = this.rows[r];
      if (cells === undefined) continue;
      for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) if (cells[c] !== undefined) return true;
    }
    return false;
  }
}

export class TableModel {
  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: SheetModel,
    /** Row of the header. */
    readonly top: number,
    readonly left: number,
    public columnCount: number,
    /** Data rows in the table's range, not counting the header (no totals row in the simulator); at least 1. */
    public rowCount: number,
    /**
     * A table made without data still has one empty row in its range (Excel's insert row), but counts 0 rows
     * until something is written into it.
     */
    public onlyInsertRow = false,
  ) {}

  /** `rows.count`. */
  get dataRowCount(): number {
    return this.onlyInsertRow ? 0 : this.rowCount;
  }

  /** Header and data body. */
  get rect(): Rect {
    return { row: this.top, column: this.left, rowCount: this.rowCount + 1, columnCount: this.columnCount };
  }

  get headerRect(): Rect {
    return { row: this.top, column: this.left, rowCount: 1, columnCount: this.columnCount };
  }

  get bodyRect(): Rect {
    return { row: this.top + 1, column: this.left, rowCount: this.rowCount, columnCount: this.columnCount };
  }

  /** Column names are the header cells' text, as in Excel, where editing a header cell renames the column. */
  columnName(index: number): string {
    return String(cellValueOf(this.sheet.get(this.top, this.left + index)));
  }

  columnNames(): string[] {
    return Array.from({ length: this.columnCount }, (_, i) => this.columnName(i));
  }
}

/** Excel matches sheet, table and setting names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export interface Selection {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Settings as the JSON text Excel persists in the file. */
  readonly settings = new Map<string, string>();
  /** The active sheet's selection; its sheet is the active sheet. */
  selection: Selection | null = null;
  /** Each sheet's own selection, restored when the sheet is activated again (as Excel keeps one per sheet). */
  readonly sheetSelections = new Map<SheetModel, Rect>();
  /** `context.runtime.enableEvents`: one runtime (the add-in's) in the simulator. */
  enableEvents = true;
  private nextId = 1;

  /** Keeps a table's id from a snapshot (`TableSpec.id`): later ids are made past it, so none is given twice. */
  reserveTableId(id: string): string {
    const n = Number(id);
    if (Number.isInteger(n) && n >= this.nextId) this.nextId = n + 1;
    return id;
  }

  newId(kind: "sheet" | "table"): string {
    const n = this.nextId++;
    const hex = n.toString(16).toUpperCase().padStart(12, "0");
    return kind === "sheet" ? `{00000000-0001-0000-0000-${hex}}` : `${n}`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  tableByName(name: string): TableModel | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  tableById(id: string): TableModel | undefined {
    return this.tables.find((t) => t.id === id);
  }

  /** Tables on `sheet` whose range meets `rect`, with the part of `rect` inside each. */
  tablesTouching(sheet: SheetModel, rect: Rect): { table: TableModel; area: Rect }[] {
    const out: { table: TableModel; area: Rect }[] = [];
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      const area = intersect(table.rect, rect);
      if (area !== null) out.push({ table, area });
    }
    return out;
  }

  settingKey(key: string): string | undefined {
    for (const existing of this.settings.keys()) if (sameName(existing, key)) return existing;
    return undefined;
  }
}
