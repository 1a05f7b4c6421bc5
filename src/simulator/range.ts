/** `Excel.Range`: a rectangle of one sheet, fixed when first used in a request (as Excel resolves it once). */
import { type Rect, cellCount, intersect, isInsideSheet, parseAddress, sheetAddress } from "./address";
import type { CellValue } from "./cells";
import { SimClientObject } from "./clientObject";
import { type GridProperty, writeGrid } from "./edits";
import { SimulatorError, invalidArgument, notSimulated } from "./errors";
import { LIMITS } from "./limits";
import { SimConditionalFormatCollection } from "./conditionalFormats";
import { SimDataValidation } from "./dataValidation";
import { SimRangeFormat } from "./rangeFormat";
import { type Selection, type SheetModel, sameName } from "./model";
import type { Session, Transaction } from "./session";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const RANGE_PROPERTIES = [
  "values",
  "formulas",
  "numberFormat",
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
] as const;

/** Resolves a rectangle on a sheet, refusing one that leaves the sheet as Excel does (InvalidArgument). */
export function rangeOn(sheet: SheetModel, rect: Rect, location: string): RangeTarget {
  if (!isInsideSheet(rect)) throw invalidArgument(location, `range outside the sheet: ${JSON.stringify(rect)}`);
  return { sheet, rect };
}

/** An A1 address on `sheet` ("B2:D9", or "Sheet1!B2:D9" naming that same sheet). */
export function rangeAtAddress(sheet: SheetModel, address: string, location: string): RangeTarget {
  const parsed = parseAddress(address);
  if (parsed === null) throw invalidArgument(location, `not a simulated A1 address: '${address}'`);
  if (parsed.sheet !== null && !sameName(parsed.sheet, sheet.name)) {
    throw invalidArgument(location, `address '${address}' is not on sheet '${sheet.name}'`);
  }
  return rangeOn(sheet, parsed.rect, location);
}

export class SimRange extends SimClientObject<RangeTarget> {
  protected readonly entity = "Range";
  protected readonly properties = RANGE_PROPERTIES;

  constructor(session: Session, path: string, resolver: (tx: Transaction) => RangeTarget | null) {
    super(session, path, resolver);
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values);
  }

  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.write("formulas", formulas);
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats);
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  /** A cell relative to the top-left of this range (it may lie outside the range, as in Excel). */
  getCell(row: number, column: number): SimRange {
    return this.derive(`getCell(${row}, ${column})`, (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive(`getResizedRange(${deltaRows}, ${deltaColumns})`, (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive(`getOffsetRange(${rowOffset}, ${columnOffset})`, (r) => ({
      ...r,
      row: r.row + rowOffset,
      column: r.column + columnOffset,
    }));
  }

  /** A row of this range; an index outside it is refused (the simulator's stricter reading of "a row contained in the range"). */
  getRow(row: number): SimRange {
    return this.derive(`getRow(${row})`, (r, location) => {
      if (!Number.isInteger(row) || row < 0 || row >= r.rowCount)
        throw invalidArgument(location, `row ${row} of ${r.rowCount}`);
      return { ...r, row: r.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): SimRange {
    return this.derive(`getColumn(${column})`, (r, location) => {
      if (!Number.isInteger(column) || column < 0 || column >= r.columnCount) {
        throw invalidArgument(location, `column ${column} of ${r.columnCount}`);
      }
      return { ...r, column: r.column + column, columnCount: 1 };
    });
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    this.session.assertOpen(this.path);
    if (typeof anotherRange !== "string" && anotherRange.session !== this.session) {
      throw new SimulatorError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
        this.path,
      );
    }
    const path = `${this.path}.getIntersectionOrNullObject(...)`;
    const result = new SimRange(this.session, path, (tx) => {
      const mine = this.target(tx);
      if (mine === null) return null;
      const other =
        typeof anotherRange === "string" ? rangeAtAddress(mine.sheet, anotherRange, path) : anotherRange.target(tx);
      if (other === null || other.sheet !== mine.sheet) return null;
      const rect = intersect(mine.rect, other.rect);
      return rect === null ? null : { sheet: mine.sheet, rect };
    });
    result.resolveAtNextSync();
    return result;
  }

  /**
   * The used part of this range (ExcelApi 1.4): the smallest rectangle inside it holding every cell with a value
   * or a formula, or a null object when it has none. Assumed, as the documentation says only "cells with
   * values": a formula cell counts as used whatever it evaluates to, and an empty string written is an empty
   * cell. Only `valuesOnly: true` is simulated: without it formatting counts too, which the simulator keeps in
   * several stores and does not gather here.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    this.session.assertOpen(this.path);
    if (valuesOnly !== true) throw notSimulated("Range.getUsedRangeOrNullObject without valuesOnly: true");
    const result = new SimRange(this.session, `${this.path}.getUsedRangeOrNullObject(true)`, (tx) => {
      const mine = this.target(tx);
      return mine === null ? null : usedPart(mine);
    });
    result.resolveAtNextSync();
    return result;
  }

  /** Conditional formats that meet the range (ExcelApi 1.6); see conditionalFormats.ts. */
  get conditionalFormats(): SimConditionalFormatCollection {
    return new SimConditionalFormatCollection(
      this.session,
      `${this.path}.conditionalFormats`,
      (tx) => this.target(tx),
      (session, path, resolver) => new SimRange(session, path, resolver),
    );
  }

  /** Data validation of the range (ExcelApi 1.8); see dataValidation.ts. */
  get dataValidation(): SimDataValidation {
    return new SimDataValidation(this.session, `${this.path}.dataValidation`, (tx) => this.target(tx));
  }

  /** Column widths, autofit, bold and fill; see rangeFormat.ts. */
  get format(): SimRangeFormat {
    return new SimRangeFormat(this.session, `${this.path}.format`, (tx) => this.target(tx));
  }

  /**
   * Selects the range at sync. Stricter than Excel may be: a range on a sheet that is not the active one leaves
   * the selection where it was. Excel's reference does not say what happens then, and an office-js report
   * (github.com/OfficeDev/office-js/issues/5118) has `select()` working only when the range's sheet is already
   * active, so callers activate it first (earlier in the same batch is enough: queued calls run in order).
   */
  select(): void {
    this.session.assertOpen(this.path);
    this.queue("select()", {
      run: (tx) => {
        const target = this.existing(tx);
        if (tx.model.selection !== null && tx.model.selection.sheet !== target.sheet) return;
        moveSelection(tx, { sheet: target.sheet, rect: target.rect });
      },
    });
  }

  protected readProperty(target: RangeTarget, name: string, tx: Transaction): unknown {
    const { sheet, rect } = target;
    switch (name) {
      case "values":
      case "formulas":
      case "numberFormat": {
        const cells = cellCount(rect);
        if (cells > LIMITS.cellsPerRangeRead) {
          throw new SimulatorError(
            "RangeExceedsLimit",
            `The cell count in the range has exceeded the maximum supported number (${cells} > ${LIMITS.cellsPerRangeRead}).`,
            `${this.path}.${name}`,
          );
        }
        tx.stats.cellsRead += cells;
        return sheet.grid(rect, name);
      }
      case "address":
        return sheetAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      default:
        throw new Error(`Range property ${name} has no reader`);
    }
  }

  private write(property: GridProperty, data: unknown[][]): void {
    this.session.assertOpen(this.path);
    this.keep(property, data);
    const location = `${this.path}.${property}`;
    this.queue(property, {
      payload: data,
      run: (tx, sent) => {
        const { sheet, rect } = this.existing(tx);
        const changes = writeGrid(tx.model, sheet, rect, property, sent, location);
        tx.stats.cellsWritten += cellCount(rect);
        tx.host.events.tableChanged(changes, "RangeEdited");
        if (property !== "numberFormat") tx.host.events.worksheetChanged(sheet.id, rect, "ThisLocalAddin");
      },
    });
  }

  private derive(what: string, make: (rect: Rect, location: string) => Rect): SimRange {
    this.session.assertOpen(this.path);
    const path = `${this.path}.${what}`;
    return new SimRange(this.session, path, (tx) => {
      const parent = this.target(tx);
      return parent === null ? null : rangeOn(parent.sheet, make(parent.rect, path), path);
    });
  }
}

/** Moves the active selection (and so the active sheet), remembering it as that sheet's own selection. */
export function moveSelection(tx: Transaction, next: Selection): void {
  const before = tx.model.selection;
  tx.model.selection = next;
  tx.model.sheetSelections.set(next.sheet, next.rect);
  tx.host.events.selectionChanged(before, next);
}

/** The smallest rectangle of `target` holding every cell with content, or null when it has none. */
function usedPart({ sheet, rect }: RangeTarget): RangeTarget | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
      if (cells[c] === undefined) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (top < 0) return null;
  return { sheet, rect: { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 } };
}
