/**
 * What the add-in's template formatting changes on a sheet, beside cells and number formats: conditional
 * formats, data validation, frozen panes, column widths, table styles and charts. Kept beside the model (keyed
 * by sheet and table) so the core model stays the grid and the tables.
 */
import type { Rect } from "./address";
import { intersect } from "./address";
import type { SheetModel, TableModel } from "./model";

/** A rectangle of one sheet (the shape of `range.ts`'s RangeTarget, repeated here to keep imports one-way). */
export interface CellsTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export type ConditionalFormatKind = "Custom" | "DataBar" | "ContainsText" | "CellValue";

/** A conditional format's look: what its `format` sets (ConditionalRangeFormat subset). */
export interface ConditionalLook {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: ConditionalFormatKind;
  /** Grows when rows are added to a table it reaches the bottom of (`growWithTable`). */
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** Custom: `{ formula }`; ContainsText: `{ operator, text }`; CellValue: `{ formula1, formula2?, operator }`. */
  rule: Readonly<Record<string, string>> | null;
  readonly look: ConditionalLook;
  /** DataBar: the positive bar's colour. */
  barColor: string | null;
}

export interface ValidationModel {
  readonly rule: Readonly<Record<string, unknown>>;
  readonly errorAlert: Readonly<Record<string, unknown>> | null;
  readonly ignoreBlanks: boolean;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  chartType: string;
  title: string | null;
  source: Rect;
  seriesBy: "Columns" | "Rows";
  /** Per series (by index): chart type and axis group set on the series, else the chart's. */
  readonly seriesOverrides: Map<number, { chartType?: string; axisGroup?: "Primary" | "Secondary" }>;
}

export interface SheetFormatting {
  readonly conditionalFormats: ConditionalFormatModel[];
  /** Validation per cell, keyed `row * 16384 + column`; cells set together share one object. */
  readonly validations: Map<number, ValidationModel>;
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in points set by `columnWidth` or `autofitColumns` (others are Excel's default, 48). */
  readonly columnWidths: Map<number, number>;
  /** Cells whose font was set bold. */
  readonly bold: Set<number>;
  readonly fills: Map<number, string>;
  readonly charts: ChartModel[];
}

const sheets = new WeakMap<SheetModel, SheetFormatting>();
const tableStyles = new WeakMap<TableModel, { style: string; showBandedRows: boolean }>();
let nextId = 1;

export function formattingOf(sheet: SheetModel): SheetFormatting {
  let found = sheets.get(sheet);
  if (found === undefined) {
    found = {
      conditionalFormats: [],
      validations: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: new Map(),
      bold: new Set(),
      fills: new Map(),
      charts: [],
    };
    sheets.set(sheet, found);
  }
  return found;
}

/** Excel's default table style for a new table. */
const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export function tableLook(table: TableModel): { style: string; showBandedRows: boolean } {
  let found = tableStyles.get(table);
  if (found === undefined) {
    found = { style: DEFAULT_TABLE_STYLE, showBandedRows: true };
    tableStyles.set(table, found);
  }
  return found;
}

/** Ids in the shape Excel gives conditional formats and charts (opaque strings). */
export function newFormattingId(kind: string): string {
  return `{${kind}-${(nextId++).toString(16).toUpperCase().padStart(8, "0")}}`;
}

/** Conditional formats whose range meets `rect`, in priority order (as `range.conditionalFormats` lists them). */
export function conditionalFormatsMeeting(sheet: SheetModel, rect: Rect): ConditionalFormatModel[] {
  return formattingOf(sheet)
    .conditionalFormats.filter((cf) => intersect(cf.rect, rect) !== null)
    .sort((a, b) => a.priority - b.priority);
}

/** Re-numbers priorities 0..n-1 after an add or delete (a new format goes first, as in Excel). */
export function renumber(sheet: SheetModel): void {
  formattingOf(sheet)
    .conditionalFormats.sort((a, b) => a.priority - b.priority)
    .forEach((cf, i) => {
      cf.priority = i;
    });
}

export const cellKey = (row: number, column: number): number => row * 16_384 + column;

/**
 * Rows added below a table's last row (`lastRow`, 0-based) take its columns' conditional formats and
 * validation, as Excel extends a table column's formatting: a format inside the table's columns that reaches
 * the last row grows over the new rows; each column's validation of the last row is copied down.
 */
export function growWithTable(
  sheet: SheetModel,
  columns: { readonly column: number; readonly columnCount: number },
  lastRow: number,
  added: number,
): void {
  const f = formattingOf(sheet);
  const end = columns.column + columns.columnCount;
  for (const cf of f.conditionalFormats) {
    const { rect } = cf;
    if (
      rect.row + rect.rowCount - 1 === lastRow &&
      rect.column >= columns.column &&
      rect.column + rect.columnCount <= end
    ) {
      cf.rect = { ...rect, rowCount: rect.rowCount + added };
    }
  }
  for (let c = columns.column; c < end; c += 1) {
    const validation = f.validations.get(cellKey(lastRow, c));
    if (validation !== undefined)
      for (let r = lastRow + 1; r <= lastRow + added; r += 1) f.validations.set(cellKey(r, c), validation);
  }
}
