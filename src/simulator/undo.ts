/**
 * Excel's undo history, as far as the simulator models it (ExcelApi 1.20; see ARCHITECTURE.md, "The simulator").
 *
 * - An entry is the workbook's modeled state before a change: cells, number formats, the formatting kept beside
 *   the model (conditional formats, validation, frozen panes, column widths, bold, fills, charts), table styles,
 *   the sheets and tables (which exist, their names and sizes), settings and defined names. Undo puts that state
 *   back. The selection, `runtime.enableEvents`, event handlers and ids handed out are not undone, and undo raises
 *   no events (a test calls it between runs).
 * - A batch run with `mergeUndoGroup: true` is one entry: the state before its first request that changed
 *   anything. Otherwise each `context.sync()` that changed something is its own entry, as the RunOptions
 *   documentation says ("When false, each `context.sync()` call creates an undo record"). A request that changed
 *   nothing (only loads) leaves no entry. A user's edit through the `SimWorkbook` is one entry.
 * - An API in `APIS_WITHOUT_UNDO` makes a grouped request fail with `UndoNotSupported` before anything of it is
 *   applied (earlier requests of the batch stay applied and stay its entry); in a batch that is not grouped it
 *   runs and clears the history ("the user's undo stack is cleared starting from that API call").
 * - Only a workbook at ExcelApi 1.20 or newer keeps a history: below that, an add-in's write is not kept in
 *   Excel's undo history, and the simulator records nothing (so it pays nothing on big tables).
 *
 * A whole copy of the state per entry: meant for test-sized workbooks, as the history is only kept at 1.20.
 */
import { type Stored, Formula } from "./cells";
import { type SheetFormatting, formattingOf, tableLook } from "./formatting";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { type DefinedName, namesOf } from "./names";

/**
 * The members the simulator models that Microsoft lists as lacking undo support ("Undo support with the Excel
 * JavaScript API", Unsupported APIs), as `Entity.member`. `Worksheet.name` is supported on the web but not on
 * Windows or Mac: the simulator takes the stricter column, since the add-in runs on both. The other listed APIs
 * (Worksheet.delete, Worksheet.copy, protection, styles, Workbook.save, …) are not simulated at all.
 */
export const APIS_WITHOUT_UNDO: readonly string[] = ["Worksheet.name"];

interface SheetState {
  readonly sheet: SheetModel;
  readonly name: string;
  readonly rows: (Stored[] | undefined)[];
  readonly formats: Map<number, string>;
  readonly formatting: SheetFormatting;
}

interface TableState {
  readonly table: TableModel;
  readonly name: string;
  readonly columnCount: number;
  readonly rowCount: number;
  readonly onlyInsertRow: boolean;
  readonly look: { style: string; showBandedRows: boolean };
}

export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly tables: readonly TableState[];
  readonly settings: Map<string, string>;
  readonly names: Map<string, DefinedName>;
}

function copyFormatting(f: SheetFormatting): SheetFormatting {
  return {
    conditionalFormats: f.conditionalFormats.map((cf) => ({ ...cf, rect: { ...cf.rect }, look: { ...cf.look } })),
    validations: new Map(f.validations), // validation objects are never changed in place
    frozenRows: f.frozenRows,
    frozenColumns: f.frozenColumns,
    columnWidths: new Map(f.columnWidths),
    bold: new Set(f.bold),
    fills: new Map(f.fills),
    charts: f.charts.map((chart) => ({
      ...chart,
      source: { ...chart.source },
      seriesOverrides: new Map([...chart.seriesOverrides].map(([i, o]) => [i, { ...o }])),
    })),
  };
}

function captureState(model: WorkbookModel): WorkbookState {
  return {
    sheets: model.sheets.map((sheet) => ({
      sheet,
      name: sheet.name,
      rows: sheet.rows.map((row) => row?.slice()),
      formats: new Map(sheet.formats),
      formatting: copyFormatting(formattingOf(sheet)),
    })),
    tables: model.tables.map((table) => ({
      table,
      name: table.name,
      columnCount: table.columnCount,
      rowCount: table.rowCount,
      onlyInsertRow: table.onlyInsertRow,
      look: { ...tableLook(table) },
    })),
    settings: new Map(model.settings),
    names: new Map(namesOf(model)),
  };
}

function refill<K, V>(target: Map<K, V>, from: ReadonlyMap<K, V>): void {
  target.clear();
  for (const [k, v] of from) target.set(k, v);
}

/** Puts `state` back into the same model objects (proxies and the formatting kept beside them stay valid). */
function restoreState(model: WorkbookModel, state: WorkbookState): void {
  model.sheets.splice(0, model.sheets.length, ...state.sheets.map((s) => s.sheet));
  for (const s of state.sheets) {
    s.sheet.name = s.name;
    s.sheet.rows.length = 0;
    s.rows.forEach((row, i) => {
      if (row !== undefined) s.sheet.rows[i] = row.slice();
    });
    refill(s.sheet.formats, s.formats);
    const f = formattingOf(s.sheet);
    const copy = copyFormatting(s.formatting);
    f.conditionalFormats.splice(0, f.conditionalFormats.length, ...copy.conditionalFormats);
    refill(f.validations, copy.validations);
    f.frozenRows = copy.frozenRows;
    f.frozenColumns = copy.frozenColumns;
    refill(f.columnWidths, copy.columnWidths);
    f.bold.clear();
    for (const key of copy.bold) f.bold.add(key);
    refill(f.fills, copy.fills);
    f.charts.splice(0, f.charts.length, ...copy.charts);
  }
  model.tables.splice(0, model.tables.length, ...state.tables.map((t) => t.table));
  for (const t of state.tables) {
    t.table.name = t.name;
    t.table.columnCount = t.columnCount;
    t.table.rowCount = t.rowCount;
    t.table.onlyInsertRow = t.onlyInsertRow;
    Object.assign(tableLook(t.table), t.look);
  }
  refill(model.settings, state.settings);
  refill(namesOf(model), state.names);
  // A sheet the undone change had added may have been the active one: the first sheet is then active.
  const selected = model.selection?.sheet;
  if (selected !== undefined && !model.sheets.includes(selected)) {
    const first = model.sheets[0];
    model.selection =
      first === undefined
        ? null
        : {
            sheet: first,
            rect: model.sheetSelections.get(first) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
          };
  }
}

/** Structural equality of captured values: Maps, Sets, arrays (a hole is an empty slot), records, formulas. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Formula || b instanceof Formula)
    return a instanceof Formula && b instanceof Formula && a.text === b.text;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !same(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!(Array.isArray(a) && Array.isArray(b))) return false;
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i += 1) if (!same(a[i], b[i])) return false;
    return true;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys)
    if (!same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

function sameState(a: WorkbookState, b: WorkbookState): boolean {
  const sameSheets = a.sheets.length === b.sheets.length && a.sheets.every((s, i) => b.sheets[i]?.sheet === s.sheet);
  const sameTables = a.tables.length === b.tables.length && a.tables.every((t, i) => b.tables[i]?.table === t.table);
  if (!sameSheets || !sameTables) return false;
  // The model objects themselves were compared by identity above.
  const strip = (state: WorkbookState) => ({
    sheets: state.sheets.map((s) => [s.name, s.rows, s.formats, s.formatting]),
    tables: state.tables.map((t) => [t.name, t.columnCount, t.rowCount, t.onlyInsertRow, t.look]),
    settings: state.settings,
    names: state.names,
  });
  return same(strip(a), strip(b));
}

/** The undo history of one simulated workbook. */
export class UndoHistory {
  private readonly entries: WorkbookState[] = [];

  constructor(
    private readonly model: WorkbookModel,
    /** False below ExcelApi 1.20: nothing is recorded. */
    readonly recording: boolean,
  ) {}

  get depth(): number {
    return this.entries.length;
  }

  capture(): WorkbookState {
    return captureState(this.model);
  }

  /** Ends a change that started at `before`: an entry if anything changed. */
  commit(before: WorkbookState): void {
    if (!sameState(before, captureState(this.model))) this.entries.push(before);
  }

  /** Runs a user's change as one entry. */
  record<T>(change: () => T): T {
    if (!this.recording) return change();
    const before = this.capture();
    try {
      return change();
    } finally {
      this.commit(before);
    }
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Ctrl+Z: puts back the state before the newest entry; false when there is nothing to undo. */
  undo(): boolean {
    const before = this.entries.pop();
    if (before === undefined) return false;
    restoreState(this.model, before);
    return true;
  }
}
