/**
 * Adding sheets and tables, renaming tables and their style, with Excel's rules: sheet names of at most 31
 * characters without : \ / ? * [ ], unique in any case ("ItemAlreadyExists"); tables that do not overlap
 * another table; table names that start with a letter, underscore or backslash, have no spaces, and are not
 * cell references. The proxies are made by the callers (worksheet.ts, table.ts), which keeps imports one-way.
 */
import { type Rect, SHEET_COLUMNS, SHEET_ROWS, intersect, isInsideSheet, parseAddress } from "./address";
import { cellValueOf } from "./cells";
import { writeGrid } from "./edits";
import { SimulatorError, invalidArgument, itemNotFound, notSimulated } from "./errors";
import { formattingOf, growWithTable, tableLook } from "./formatting";
import { type CellsTarget } from "./formatting";
import { SheetModel, TableModel, type WorkbookModel, sameName } from "./model";
import { namesOf } from "./names";
import type { Session, Transaction } from "./session";

/**
 * Queues the creation of something at the next sync and returns the resolver of its proxy, which finds it
 * once that sync has run (as `add()` results in Excel are usable in the same batch).
 */
export function queueCreation<T>(
  session: Session,
  path: string,
  payload: unknown,
  make: (tx: Transaction) => T,
): (tx: Transaction) => T {
  let made: { readonly value: T } | undefined;
  session.enqueue(path, { payload, run: (tx) => void (made = { value: make(tx) }) });
  return () => {
    if (made === undefined) throw itemNotFound(path, "not created");
    return made.value;
  };
}

const BAD_SHEET_CHARACTERS = /[:\\/?*[\]]/;

function checkSheetName(model: WorkbookModel, wanted: string, location: string, except?: SheetModel): void {
  if (
    wanted === "" ||
    wanted.length > 31 ||
    BAD_SHEET_CHARACTERS.test(wanted) ||
    wanted.startsWith("'") ||
    wanted.endsWith("'") ||
    sameName(wanted, "History")
  ) {
    throw invalidArgument(location, `sheet name '${wanted}'`);
  }
  const other = model.sheetByName(wanted);
  if (other !== undefined && other !== except) {
    throw new SimulatorError(
      "ItemAlreadyExists",
      "The resource with the same name or identifier already exists.",
      location,
    );
  }
}

/** `worksheet.name = …`: the same rules as a new sheet's name. */
export function renameSheet(model: WorkbookModel, sheet: SheetModel, name: unknown, location: string): void {
  if (typeof name !== "string") throw invalidArgument(location, "sheet name");
  checkSheetName(model, name, location, sheet);
  sheet.name = name;
}

export function addSheet(model: WorkbookModel, name: string | undefined, location: string): SheetModel {
  let wanted = name;
  if (wanted === undefined || wanted === "") {
    let n = model.sheets.length + 1;
    while (model.sheetByName(`Sheet${n}`) !== undefined) n += 1;
    wanted = `Sheet${n}`;
  }
  checkSheetName(model, wanted, location);
  const sheet = new SheetModel(model.newId("sheet"), wanted);
  model.sheets.push(sheet);
  return sheet;
}

function overlaps(model: WorkbookModel, target: CellsTarget): boolean {
  return model.tablesTouching(target.sheet, target.rect).length > 0;
}

/**
 * A table over `target` whose first row is its header: empty header cells become "ColumnN" and repeated ones
 * get a number, written into the cells as Excel does. Tables without a header row are not simulated.
 */
export function addTable(model: WorkbookModel, target: CellsTarget, hasHeaders: boolean, location: string): TableModel {
  if (!hasHeaders)
    throw new SimulatorError("NotImplemented", "Not simulated: tables.add without a header row.", location);
  if (target.rect.rowCount < 2) throw invalidArgument(location, "a table needs a header row and at least one row");
  if (overlaps(model, target))
    throw new SimulatorError("InvalidOperation", "A table can't overlap another table.", location);
  const { sheet, rect } = target;
  const taken: string[] = [];
  for (let i = 0; i < rect.columnCount; i += 1) {
    const raw = String(cellValueOf(sheet.get(rect.row, rect.column + i))).trim();
    let header = raw === "" ? `Column${i + 1}` : raw;
    for (let n = 2; taken.some((t) => sameName(t, header)); n += 1)
      header = `${raw === "" ? `Column${i + 1}` : raw}${n}`;
    taken.push(header);
    sheet.set(rect.row, rect.column + i, header);
  }
  let n = model.tables.length + 1;
  while (model.tableByName(`Table${n}`) !== undefined) n += 1;
  const empty = !sheet.hasContent({ ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 });
  const table = new TableModel(
    model.newId("table"),
    `Table${n}`,
    sheet,
    rect.row,
    rect.column,
    rect.columnCount,
    rect.rowCount - 1,
    empty,
  );
  model.tables.push(table);
  return table;
}

/** The range `tables.add` names: a Range's target, or an address (sheet-qualified unless `sheet` is given). */
export function tableTarget(
  model: WorkbookModel,
  address: string,
  sheet: SheetModel | null,
  location: string,
): CellsTarget {
  const parsed = parseAddress(address);
  if (parsed === null || !isInsideSheet(parsed.rect)) throw invalidArgument(location, `address '${address}'`);
  const named = parsed.sheet === null ? sheet : (model.sheetByName(parsed.sheet) ?? null);
  if (named === null || (sheet !== null && named !== sheet))
    throw invalidArgument(location, `address '${address}' names no sheet here`);
  return { sheet: named, rect: parsed.rect };
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[RrCc]\d*|R\d*C\d*)$/;

export function renameTable(model: WorkbookModel, table: TableModel, name: unknown, location: string): void {
  if (typeof name !== "string" || name.length > 255 || !TABLE_NAME.test(name) || CELL_LIKE.test(name)) {
    throw invalidArgument(location, `table name ${JSON.stringify(name)}`);
  }
  if (model.tables.some((t) => t !== table && sameName(t.name, name))) {
    throw new SimulatorError(
      "ItemAlreadyExists",
      "The resource with the same name or identifier already exists.",
      location,
    );
  }
  if (namesOf(model).has(name.toLowerCase()))
    throw invalidArgument(location, `table name ${JSON.stringify(name)} is a defined name`);
  table.name = name;
}

const BUILT_IN_STYLES = new Set([
  ...Array.from({ length: 21 }, (_, i) => `TableStyleLight${i + 1}`),
  ...Array.from({ length: 28 }, (_, i) => `TableStyleMedium${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `TableStyleDark${i + 1}`),
]);

export function tableStyle(table: TableModel): string {
  return tableLook(table).style;
}

/** Built-in styles only (custom styles are not simulated). */
export function setTableStyle(table: TableModel, style: unknown, location: string): void {
  if (typeof style !== "string" || !BUILT_IN_STYLES.has(style))
    throw invalidArgument(location, `table style ${JSON.stringify(style)}`);
  tableLook(table).style = style;
}

/**
 * `rows.add(null, values)`: rows appended below the table, which grows over them. A table whose only row is
 * its empty insert row takes the first added row there. Inserting in the middle, or over cells that are not
 * empty (Excel would shift them down), is not simulated.
 */
export function appendRows(
  tx: Transaction,
  table: TableModel,
  index: number | null,
  values: unknown,
  location: string,
): void {
  if (index !== null && index !== table.dataRowCount)
    throw notSimulated("TableRowCollection.add at an index inside the table");
  const rect = growTable(tx.model, table, values, location);
  tx.stats.cellsWritten += rect.rowCount * rect.columnCount;
  tx.host.events.tableChanged([{ table, area: rect }], "RowInserted");
}

/**
 * Rows appended at the bottom of a table (by `rows.add`, or by the analyst: see `SimWorkbook.userAddRows`), with
 * the formatting Excel extends to them; returns the rows' rectangle. Raises no event (the caller does).
 */
export function growTable(model: WorkbookModel, table: TableModel, values: unknown, location: string): Rect {
  if (!Array.isArray(values) || values.length === 0) throw notSimulated("TableRowCollection.add without values");
  const rows = values as unknown[];
  const fillInsertRow = table.onlyInsertRow;
  const firstRow = table.top + 1 + (fillInsertRow ? 0 : table.rowCount);
  const rect = { row: firstRow, column: table.left, rowCount: rows.length, columnCount: table.columnCount };
  if (!isInsideSheet(rect))
    throw new SimulatorError("InvalidOperation", "The table can't grow beyond the last row of the sheet.", location);
  const below = { ...rect, row: rect.row + (fillInsertRow ? 1 : 0), rowCount: rect.rowCount - (fillInsertRow ? 1 : 0) };
  if (below.rowCount > 0 && table.sheet.hasContent(below))
    throw notSimulated("adding table rows over non-empty cells (Excel would shift them down)");
  const before = table.rowCount;
  table.rowCount = fillInsertRow ? rows.length : table.rowCount + rows.length;
  table.onlyInsertRow = false;
  try {
    writeGrid(model, table.sheet, rect, "values", rows, location);
  } catch (error) {
    table.rowCount = before;
    table.onlyInsertRow = fillInsertRow;
    throw error;
  }
  // Excel extends a table column's formatting to the rows added to it: here, the number format of the row above.
  if (!fillInsertRow) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
      const format = table.sheet.format(firstRow - 1, c);
      if (format !== "General")
        for (let r = firstRow; r < firstRow + rows.length; r += 1) table.sheet.setFormat(r, c, format);
    }
    growWithTable(table.sheet, rect, firstRow - 1, rows.length);
  }
  return rect;
}

/**
 * The analyst deletes `count` data rows of a table from data row `index` (Delete > Table Rows): the table's
 * cells below them (values, formulas, number formats) move up within its columns and the table shrinks; returns
 * the deleted rows' rectangle as it was. Simulated only where nothing else would have to move: refused when a
 * cell below the table in its columns has content, when conditional formats, validation, fills, bold fonts or
 * charts meet the table's rows from the first deleted one down (Excel would move or shrink them), or when every
 * data row would go (Excel keeps an empty insert row).
 */
export function removeTableRows(table: TableModel, index: number, count: number): Rect {
  const { sheet } = table;
  if (!Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 0)
    throw new Error(`Bad rows to delete: ${index}, ${count}`);
  if (index + count > table.dataRowCount) throw new Error(`Table '${table.name}' has ${table.dataRowCount} data rows`);
  if (count === table.dataRowCount) throw notSimulated("deleting every data row of a table");
  const bottom = table.top + table.rowCount; // the last data row
  const below = {
    row: bottom + 1,
    column: table.left,
    rowCount: SHEET_ROWS - bottom - 1,
    columnCount: table.columnCount,
  };
  if (below.rowCount > 0 && sheet.hasContent(below))
    throw notSimulated("deleting table rows with cells below the table (Excel would move them up)");
  const first = table.top + 1 + index;
  const moved = { row: first, column: table.left, rowCount: bottom - first + 1, columnCount: table.columnCount };
  const f = formattingOf(sheet);
  const meets = (row: number, column: number): boolean =>
    row >= moved.row &&
    row < moved.row + moved.rowCount &&
    column >= moved.column &&
    column < moved.column + moved.columnCount;
  const keyed = (key: number): boolean => meets(Math.floor(key / SHEET_COLUMNS), key % SHEET_COLUMNS);
  if (
    f.conditionalFormats.some((cf) => intersect(cf.rect, moved) !== null) ||
    [...f.validations.keys(), ...f.bold, ...f.fills.keys()].some(keyed) ||
    f.charts.some((chart) => intersect(chart.source, moved) !== null)
  )
    throw notSimulated("deleting table rows under formatting or charts (Excel would move or shrink them)");
  for (let r = first; r <= bottom; r += 1) {
    for (let c = table.left; c < table.left + table.columnCount; c += 1) {
      const from = r + count;
      sheet.set(r, c, from <= bottom ? sheet.get(from, c) : undefined);
      sheet.setFormat(r, c, from <= bottom ? sheet.format(from, c) : "General");
    }
  }
  table.rowCount -= count;
  return { row: first, column: table.left, rowCount: count, columnCount: table.columnCount };
}
