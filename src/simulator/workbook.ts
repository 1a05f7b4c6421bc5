/**
 * `createWorkbook`: a simulated workbook for tests, with `run` for the adapter, what a user does (edits,
 * selection, renaming or deleting a table) firing events as Excel would, and inspection and counters for asserts.
 */
import { type Rect, isInsideSheet, sheetAddress } from "./address";
import { type CellInput, type CellValue, Formula, contentOfInput, cellValueOf } from "./cells";
import { type RunFunction, makeRun } from "./context";
import { writeGrid } from "./edits";
import { ChangeFeed, type ChangeListener, NotifyingEventHub } from "./changeFeed";
import { SheetModel, TableModel, WorkbookModel, sameName } from "./model";
import type { Host } from "./session";
import { type RequestStats, type SimStats, emptyStats } from "./stats";
import {
  type FormattingSnapshot,
  type UserConditionalFormat,
  formattingSnapshot,
  userConditionalFormat,
  userValidation,
} from "./inspectFormatting";
import { growTable, removeTableRows, tableStyle } from "./structure";
import { APIS_WITHOUT_UNDO, UndoHistory } from "./undo";

export interface SheetSpec {
  readonly name: string;
  /** Cells from A1, row by row; null is an empty cell; "=..." a formula, "'..." text. */
  readonly cells?: readonly (readonly CellInput[])[];
}

export interface TableSpec {
  readonly name: string;
  /** The table's id, to open a snapshot with the ids settings refer to; a fresh one when absent. */
  readonly id?: string;
  readonly sheet: string;
  /** 0-based row of the header. */
  readonly topRow: number;
  readonly leftColumn: number;
  readonly headers: readonly string[];
  /**
   * Data rows, each as long as `headers`. With none, the table still spans one empty row (Excel's insert row)
   * and `rows.count` is 0 until something is written there.
   */
  readonly rows: readonly (readonly CellInput[])[];
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly tables?: readonly TableSpec[];
  /** Initial settings (stored as JSON, as Excel does). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /**
   * The newest ExcelApi set the simulated host advertises ("1.14" by default, what the simulator has). Only
   * `Excel.run`'s `mergeUndoGroup` option and the undo history depend on it (both from "1.20"; see undo.ts).
   */
  readonly excelApi?: `1.${number}`;
  /**
   * APIs (`Entity.member`, e.g. "Chart.name") this host treats as lacking undo support besides the ones the
   * documentation lists (`APIS_WITHOUT_UNDO`): a host whose list is longer, so a test can make a grouped batch fail.
   */
  readonly apisWithoutUndo?: readonly string[];
}

export interface CellSnapshot {
  readonly value: CellValue;
  /** The formula text of a formula cell, else null. */
  readonly formula: string | null;
  readonly numberFormat: string;
}

export interface TableLayout {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  readonly topRow: number;
  readonly leftColumn: number;
}

export interface SimWorkbook {
  /** `Excel.run` against this workbook. */
  readonly run: RunFunction;
  /** Live counters; see `resetStats`. */
  readonly stats: SimStats;
  /** The requests since the last reset, newest last (a shortcut into `stats.requests`). */
  lastRequest(): RequestStats | undefined;
  resetStats(): void;
  /** Resolves when every raised event has been handled (Excel delivers them after the request returns). */
  eventsDelivered(): Promise<void>;
  /** `runtime.enableEvents` as the add-in left it. */
  eventsEnabled(): boolean;
  /**
   * Calls `listener` after every change of cells, tables or selection, whoever made it and whether or not
   * events are enabled (for a page that draws the workbook); returns the unsubscribe function.
   */
  onChange(listener: ChangeListener): () => void;

  cell(sheet: string, row: number, column: number): CellSnapshot;
  /** A table's header and data rows as stored: formula cells give their formula text, empty cells "". */
  tableValues(name: string): { headers: CellValue[]; rows: CellValue[][] };
  /** A fresh copy of the settings, parsed from their stored JSON. */
  readonly settings: Record<string, unknown>;
  /** Table event handlers registered for a table (to check that removal took effect). */
  handlerCount(tableName: string): number;
  /** Worksheet change handlers registered for a sheet. */
  sheetHandlerCount(sheetName: string): number;

  /** The user types `value` into a cell (same rules as a write: "=..." formula, "'..." text, "" clears). */
  userEdit(sheet: string, row: number, column: number, value: CellInput): void;
  /**
   * The analyst adds rows at the bottom of a table (typing in the row below it, which the table takes in, or Tab
   * in its last cell), each row one value per column: "RowInserted" on the table and its sheet.
   */
  userAddRows(tableName: string, rows: readonly (readonly CellInput[])[]): void;
  /**
   * The analyst deletes `count` data rows of a table from data row `index` (0-based; Delete > Table Rows):
   * "RowDeleted" on the table and its sheet. Only where nothing else would move (see `removeTableRows`).
   */
  userDeleteRows(tableName: string, index: number, count: number): void;
  /** The user pastes a block whose top-left is (row, column). */
  userEditRange(sheet: string, row: number, column: number, values: readonly (readonly CellInput[])[]): void;
  userSelect(sheet: string, row: number, column: number, rowCount?: number, columnCount?: number): void;
  /** The selection's address as `Range.address` gives it ("客户!C5", "'My sheet'!A1:B2"), or null. */
  selectedAddress(): string | null;
  /** The active sheet's name (the sheet the selection is on), or null for a workbook without sheets. */
  activeSheet(): string | null;
  /** The sheets' names, in order. */
  sheetNames(): string[];
  /**
   * The smallest rectangle holding every cell of a sheet with a value or formula (the extent of
   * `Worksheet.getUsedRange(true)`), or null for a sheet with none. Number formats and other formatting alone do
   * not count.
   */
  usedRange(sheet: string): Rect | null;
  /** Every table's name and where it sits (header row, left column), in the order they were made. */
  tableLayouts(): TableLayout[];
  /** A sheet's conditional formats, validation, frozen panes, column widths and charts, as stored (for asserts). */
  formatting(sheet: string): FormattingSnapshot;
  /** A table's style ("TableStyleMedium2" unless set). */
  tableStyle(name: string): string;
  /** The analyst adds a conditional format in Excel's UI (no event, as in Excel). */
  userAddConditionalFormat(sheet: string, address: string, format: UserConditionalFormat): void;
  /** The analyst sets a list validation in Excel's UI. */
  userSetValidation(sheet: string, address: string, source: string): void;
  /** Renames a table as the user would in Table Design: no event; `getItem(oldName)` then fails. */
  renameTable(oldName: string, newName: string): void;
  /** Deletes a table and clears its cells; its handlers are dropped. */
  deleteTable(name: string): void;
  /** After `requests` more requests succeed, the next fails with GeneralException, nothing of it applied. */
  failRequestAfter(requests: number): void;

  /** `WorkbookSpec.excelApi`, for a test's host to advertise. */
  readonly excelApi: `1.${number}`;
  /**
   * Ctrl+Z: puts the workbook back as it was before the newest undo entry (see undo.ts for what an entry is);
   * false when there is none. Throws below ExcelApi 1.20, where the simulator keeps no history.
   */
  undo(): boolean;
  /** Entries in the undo history (0 below ExcelApi 1.20). */
  undoDepth(): number;
}

export function createWorkbook(spec: WorkbookSpec): SimWorkbook {
  const model = buildModel(spec);
  const stats = emptyStats();
  const feed = new ChangeFeed();
  const events = new NotifyingEventHub(model, stats, feed);
  const faults = { requestsBeforeFailure: null as number | null };
  const excelApi = spec.excelApi ?? "1.14";
  const excelApiMinor = Number(excelApi.split(".")[1]);
  if (!Number.isInteger(excelApiMinor)) throw new Error(`excelApi '${excelApi}' is not 1.<minor>`);
  const undo = new UndoHistory(model, excelApiMinor >= 20);
  const apisWithoutUndo = new Set([...APIS_WITHOUT_UNDO, ...(spec.apisWithoutUndo ?? [])]);
  const host: Host = {
    model,
    stats,
    events,
    faults,
    excelApiMinor,
    undo,
    apisWithoutUndo,
    requestApplied: () => feed.notify("request"),
  };

  const sheet = (name: string): SheetModel => {
    const found = model.sheetByName(name);
    if (found === undefined) throw new Error(`No sheet '${name}'`);
    return found;
  };
  const table = (name: string): TableModel => {
    const found = model.tableByName(name);
    if (found === undefined) throw new Error(`No table '${name}'`);
    return found;
  };
  const edit = (sheetName: string, rect: Rect, values: readonly (readonly CellInput[])[]): void => {
    if (!isInsideSheet(rect)) throw new Error(`Edit outside the sheet: ${JSON.stringify(rect)}`);
    // A user's typing goes through the same rules as a write; null (empty) clears, as typing nothing would.
    const written = values.map((line) => line.map((v) => (v === null ? "" : v)));
    const change = undo.record(() => writeGrid(model, sheet(sheetName), rect, "values", written, "userEdit"));
    events.tableChanged(change, "RangeEdited");
    events.worksheetChanged(sheet(sheetName).id, rect, "Unknown");
  };

  return {
    run: makeRun(host),
    stats,
    lastRequest: () => stats.requests[stats.requests.length - 1],
    resetStats: () => {
      stats.syncs = 0;
      stats.requests.length = 0;
      stats.handlerCalls = 0;
      stats.handlerErrors.length = 0;
    },
    eventsDelivered: () => events.settled(),
    eventsEnabled: () => model.enableEvents,
    onChange: (listener) => feed.subscribe(listener),

    cell: (sheetName, row, column) => {
      const s = sheet(sheetName);
      const stored = s.get(row, column);
      return {
        value: cellValueOf(stored),
        formula: stored instanceof Formula ? stored.text : null,
        numberFormat: s.format(row, column),
      };
    },
    tableValues: (name) => {
      const t = table(name);
      const [headers = [], ...rows] = t.sheet.grid(t.rect, "formulas");
      return { headers, rows: t.onlyInsertRow ? [] : rows };
    },
    get settings() {
      return Object.fromEntries([...model.settings].map(([key, json]) => [key, JSON.parse(json) as unknown]));
    },
    handlerCount: (name) => events.handlerCount(table(name).id),
    sheetHandlerCount: (name) => events.handlerCount(sheet(name).id),

    userEdit: (sheetName, row, column, value) =>
      edit(sheetName, { row, column, rowCount: 1, columnCount: 1 }, [[value]]),
    userEditRange: (sheetName, row, column, values) =>
      edit(sheetName, { row, column, rowCount: values.length, columnCount: values[0]?.length ?? 0 }, values),
    userAddRows: (name, rows) => {
      const t = table(name);
      const written = rows.map((line) => line.map((v) => (v === null ? "" : v)));
      const rect = undo.record(() => growTable(model, t, written, "userAddRows"));
      events.tableChanged([{ table: t, area: rect }], "RowInserted");
      events.worksheetChanged(t.sheet.id, rect, "Unknown", "RowInserted");
    },
    userDeleteRows: (name, index, count) => {
      const t = table(name);
      const rect = undo.record(() => removeTableRows(t, index, count));
      events.tableChanged([{ table: t, area: rect }], "RowDeleted");
      events.worksheetChanged(t.sheet.id, rect, "Unknown", "RowDeleted");
    },
    userSelect: (sheetName, row, column, rowCount = 1, columnCount = 1) => {
      const rect = { row, column, rowCount, columnCount };
      if (!isInsideSheet(rect)) throw new Error(`Selection outside the sheet: ${JSON.stringify(rect)}`);
      const before = model.selection;
      model.selection = { sheet: sheet(sheetName), rect };
      model.sheetSelections.set(model.selection.sheet, rect);
      events.selectionChanged(before, model.selection);
    },
    selectedAddress: () =>
      model.selection === null ? null : sheetAddress(model.selection.sheet.name, model.selection.rect),
    activeSheet: () => model.selection?.sheet.name ?? null,
    sheetNames: () => model.sheets.map((s) => s.name),
    usedRange: (name) => usedRect(sheet(name)),
    tableLayouts: () =>
      model.tables.map((t) => ({ id: t.id, name: t.name, sheet: t.sheet.name, topRow: t.top, leftColumn: t.left })),
    formatting: (name) => formattingSnapshot(sheet(name)),
    tableStyle: (name) => tableStyle(table(name)),
    userAddConditionalFormat: (name, address, format) =>
      undo.record(() => userConditionalFormat(sheet(name), address, format)),
    userSetValidation: (name, address, source) => undo.record(() => userValidation(sheet(name), address, source)),
    renameTable: (oldName, newName) => {
      const t = table(oldName);
      if (model.tables.some((other) => other !== t && sameName(other.name, newName)))
        throw new Error(`Table '${newName}' exists`);
      undo.record(() => {
        t.name = newName;
      });
      feed.notify("cells");
    },
    deleteTable: (name) => {
      const t = table(name);
      const { rect } = t;
      undo.record(() => {
        for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
          for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) t.sheet.set(r, c, undefined);
        }
        model.tables.splice(model.tables.indexOf(t), 1);
      });
      events.dropTable(t.id);
      feed.notify("cells");
    },
    failRequestAfter: (requests) => {
      faults.requestsBeforeFailure = requests;
    },

    excelApi,
    undo: () => {
      if (!undo.recording) throw new Error(`ExcelApi ${excelApi}: the simulator keeps no undo history below 1.20`);
      const undone = undo.undo();
      if (undone) feed.notify("cells");
      return undone;
    },
    undoDepth: () => undo.depth,
  };
}

function buildModel(spec: WorkbookSpec): WorkbookModel {
  const model = new WorkbookModel();
  for (const sheetSpec of spec.sheets) {
    if (model.sheetByName(sheetSpec.name) !== undefined) throw new Error(`Duplicate sheet '${sheetSpec.name}'`);
    const sheet = new SheetModel(model.newId("sheet"), sheetSpec.name);
    sheetSpec.cells?.forEach((line, r) => line.forEach((input, c) => sheet.set(r, c, contentOfInput(input))));
    model.sheets.push(sheet);
  }
  for (const t of spec.tables ?? []) {
    const sheet = model.sheetByName(t.sheet);
    if (sheet === undefined) throw new Error(`Table '${t.name}': no sheet '${t.sheet}'`);
    if (model.tableByName(t.name) !== undefined) throw new Error(`Duplicate table '${t.name}'`);
    if (t.headers.length === 0) throw new Error(`Table '${t.name}' needs headers`);
    if (new Set(t.headers.map((h) => h.toLowerCase())).size !== t.headers.length)
      throw new Error(`Table '${t.name}': duplicate headers`);
    if (t.id !== undefined && model.tableById(t.id) !== undefined) throw new Error(`Duplicate table id '${t.id}'`);
    const table = new TableModel(
      t.id === undefined ? model.newId("table") : model.reserveTableId(t.id),
      t.name,
      sheet,
      t.topRow,
      t.leftColumn,
      t.headers.length,
      Math.max(1, t.rows.length),
      t.rows.length === 0,
    );
    if (!isInsideSheet(table.rect)) throw new Error(`Table '${t.name}' does not fit on the sheet`);
    if (model.tables.some((other) => other.sheet === sheet && intersects(other.rect, table.rect))) {
      throw new Error(`Table '${t.name}' overlaps another table`);
    }
    // Rows are copied into fresh arrays indexed by sheet column: the caller's arrays are never kept or mutated.
    sheet.rows[t.topRow] = placeRow(sheet.rows[t.topRow], t.leftColumn, t.headers);
    t.rows.forEach((row, i) => {
      if (row.length !== t.headers.length)
        throw new Error(`Table '${t.name}' row ${i} has ${row.length} cells, not ${t.headers.length}`);
      sheet.rows[t.topRow + 1 + i] = placeRow(sheet.rows[t.topRow + 1 + i], t.leftColumn, row);
    });
    model.tables.push(table);
  }
  for (const [key, value] of Object.entries(spec.settings ?? {})) model.settings.set(key, JSON.stringify(value));
  const first = model.sheets[0];
  if (first !== undefined) {
    model.selection = { sheet: first, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    model.sheetSelections.set(first, model.selection.rect);
  }
  return model;
}

function placeRow(
  existing: SheetModel["rows"][number],
  left: number,
  inputs: readonly CellInput[],
): NonNullable<SheetModel["rows"][number]> {
  if (existing === undefined && left === 0) return inputs.map(contentOfInput);
  const row = existing ?? [];
  inputs.forEach((input, i) => {
    row[left + i] = contentOfInput(input);
  });
  return row;
}

function usedRect(sheet: SheetModel): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.rows.forEach((cells, r) => {
    if (cells === undefined) return;
    cells.forEach((stored, c) => {
      if (stored === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (top < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
