/**
 * The worksheet as an HTML grid, like Excel's: column letters, row numbers, one cell per `<td>` carrying its
 * address (`data-address="Sheet1!C5"`), drawn from the simulator's state by sheetDrawing.ts. A click or the
 * arrow keys select a cell, a double click, F2 or typing edits it; both go to the simulator as the user's own
 * actions, so they fire the events the add-in listens to. The container is one tab stop (demo.html gives it
 * tabindex="0"); the cells are reached with the arrow keys.
 *
 * What comes into view: the selection when it moved (the page says so: a cell the add-in selects, on any
 * sheet), else the columns whose values the add-in just changed on the sheet shown (the grades after Grade all).
 */
import { type Rect, SHEET_COLUMNS, type SimWorkbook, parseAddress } from "../simulator";
import { type DrawnSheet, type PinnedEdges, cellKey, drawSheet, pinFrozenPanes } from "./sheetDrawing";

export interface GridCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface GridOptions {
  readonly container: HTMLElement;
  /** The user selected a cell. */
  readonly onSelect: (cell: GridCell) => void;
  /** The user typed a value into a cell and confirmed it. */
  readonly onEdit: (cell: GridCell, value: string | number) => void;
}

export interface RenderOptions {
  /** The workbook's selection moved since the last drawing: bring it into view. */
  readonly revealSelection: boolean;
}

/** Row and column steps of the arrow keys. */
const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export class Grid {
  private selected: GridCell | null = null;
  private editing: HTMLInputElement | null = null;
  /** The sheet drawn last, of which workbook, and where its pinned headings and panes end. */
  private drawn: { workbook: SimWorkbook; sheet: DrawnSheet; pinned: PinnedEdges } | null = null;
  /** Cells the user typed into since the last drawing: their change is not the add-in's to bring into view. */
  private readonly typed = new Set<number>();

  constructor(private readonly options: GridOptions) {
    const { container } = options;
    container.addEventListener("click", (event) => {
      const cell = this.cellOf(event.target);
      if (cell) this.select(cell);
    });
    container.addEventListener("dblclick", (event) => {
      const cell = this.cellOf(event.target);
      if (cell) this.startEdit(cell, null);
    });
    container.addEventListener("keydown", (event) => this.onKey(event));
  }

  /** Draws `sheet` of `workbook` afresh (skipped while a cell is being edited, to keep what is typed). */
  render(workbook: SimWorkbook, sheet: string, { revealSelection }: RenderOptions = { revealSelection: false }): void {
    if (this.editing) return;
    const { container } = this.options;
    // The workbook's own selection, so a cell the add-in selects (an issue's cell) is shown too.
    const selection = selectionOn(workbook, sheet);
    const drawn = drawSheet(workbook, sheet, selection);
    const before = this.drawn?.workbook === workbook && this.drawn.sheet.sheet === sheet ? this.drawn.sheet : null;
    const changed = before === null ? null : changedColumns(before.values, drawn.values, this.typed);
    this.typed.clear();
    // Focus goes back to the selected cell only if the grid had it: a redraw after the pane wrote to the
    // workbook must not take focus away from the pane.
    const hadFocus = container.contains(document.activeElement);
    const switched = this.drawn?.sheet.sheet !== sheet;
    container.replaceChildren(drawn.table, ...(drawn.charts ? [drawn.charts] : []));
    const pinned = pinFrozenPanes(drawn);
    this.drawn = { workbook, sheet: drawn, pinned };
    // Another sheet opens at its top-left corner (Excel would remember each sheet's scroll; this page does not).
    if (switched) {
      container.scrollLeft = 0;
      container.scrollTop = 0;
    }
    this.selected = selection ? { sheet, row: selection.row, column: selection.column } : null;
    const td = this.selectedElement();
    if (hadFocus) (td ?? container).focus({ preventScroll: true });
    if (revealSelection && td) this.reveal(td, { rows: true, columns: true });
    else if (changed !== null) this.revealColumns(changed.first, changed.last);
  }

  /** Scrolls the grid so `td` is clear of the pinned headings and frozen panes (those stay in view anyway). */
  private reveal(td: HTMLElement, axes: { rows: boolean; columns: boolean }): void {
    const row = Number(td.dataset.row);
    const column = Number(td.dataset.column);
    const sheet = this.drawn?.sheet;
    if (!sheet) return;
    if (axes.columns && column >= sheet.frozenColumns) this.revealColumns(column, column);
    if (axes.rows && row >= sheet.frozenRows) {
      const { container } = this.options;
      const { top, bottom } = this.span(td, "vertical");
      const pinned = this.drawn?.pinned.top ?? 0;
      if (top < container.scrollTop + pinned) container.scrollTop = top - pinned;
      else if (bottom > container.scrollTop + container.clientHeight)
        container.scrollTop = Math.min(top - pinned, bottom - container.clientHeight);
    }
  }

  /** Scrolls sideways as little as brings columns `first`..`last` into view (the first if they do not fit). */
  private revealColumns(first: number, last: number): void {
    const drawn = this.drawn;
    if (!drawn) return;
    const from = Math.max(first, drawn.sheet.frozenColumns);
    if (from > last) return;
    const heading = (c: number): HTMLElement | undefined => drawn.sheet.table.tHead?.rows[0]?.cells[c + 1] ?? undefined;
    const left = heading(from);
    const right = heading(last);
    if (!left || !right) return;
    const { container } = this.options;
    const start = this.span(left, "horizontal").top;
    const end = this.span(right, "horizontal").bottom;
    const pinned = drawn.pinned.left;
    if (start < container.scrollLeft + pinned) container.scrollLeft = start - pinned;
    else if (end > container.scrollLeft + container.clientWidth)
      container.scrollLeft = Math.min(start - pinned, end - container.clientWidth);
  }

  /** Where an element starts and ends along one axis, in the grid's scrolled content (not the viewport). */
  private span(element: HTMLElement, axis: "vertical" | "horizontal"): { top: number; bottom: number } {
    const { container } = this.options;
    const box = element.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    if (axis === "vertical") {
      const offset = frame.top + container.clientTop - container.scrollTop;
      return { top: box.top - offset, bottom: box.bottom - offset };
    }
    const offset = frame.left + container.clientLeft - container.scrollLeft;
    return { top: box.left - offset, bottom: box.right - offset };
  }

  private select(cell: GridCell): void {
    this.selected = cell;
    for (const td of this.options.container.querySelectorAll("td.selected")) td.classList.remove("selected");
    const td = this.selectedElement();
    td?.classList.add("selected");
    td?.focus({ preventScroll: true });
    this.options.onSelect(cell);
  }

  private selectedElement(): HTMLElement | null {
    const cell = this.selected;
    if (!cell) return null;
    return this.options.container.querySelector<HTMLElement>(
      `td[data-row="${cell.row}"][data-column="${cell.column}"]`,
    );
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editing) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      this.move(move[0], move[1]);
      return;
    }
    if (!this.selected) return;
    if (event.key === "F2" || event.key === "Enter") {
      event.preventDefault();
      this.startEdit(this.selected, null);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing into a selected cell replaces its content, as in Excel.
      event.preventDefault();
      this.startEdit(this.selected, event.key);
    }
  }

  /** Moves the selection by a step, within the drawn sheet; with nothing selected yet, selects A1. */
  private move(rows: number, columns: number): void {
    if (!this.drawn) return;
    const { sheet, rowCount, columnCount } = this.drawn.sheet;
    if (rowCount === 0 || columnCount === 0) return;
    const from = this.selected?.sheet === sheet ? this.selected : null;
    const clamp = (value: number, size: number): number => Math.min(Math.max(value, 0), size - 1);
    const to = from
      ? { sheet, row: clamp(from.row + rows, rowCount), column: clamp(from.column + columns, columnCount) }
      : { sheet, row: 0, column: 0 };
    this.select(to);
    const td = this.selectedElement();
    if (td) this.reveal(td, { rows: true, columns: true });
  }

  private startEdit(cell: GridCell, typed: string | null): void {
    if (this.selected?.row !== cell.row || this.selected.column !== cell.column) this.select(cell);
    const td = this.selectedElement();
    if (!td) return;
    const input = document.createElement("input");
    input.className = "cell-editor";
    input.setAttribute("aria-label", td.dataset.address ?? "");
    // The value as stored, not as its number format shows it ("0.973", not "97.3%"), as Excel's cell editor has it.
    const stored = this.drawn?.sheet.values.get(cellKey(cell.row, cell.column)) ?? "";
    const shown = td.textContent ?? "";
    input.value = typed ?? stored;
    input.defaultValue = stored;
    this.editing = input;
    let done = false;
    const finish = (commit: boolean): void => {
      if (done) return;
      done = true;
      this.editing = null;
      if (commit) {
        this.typed.add(cellKey(cell.row, cell.column));
        this.options.onEdit(cell, typedValue(input.value));
      } else td.textContent = shown;
    };
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") finish(true);
      else if (event.key === "Escape") finish(false);
      else return;
      event.preventDefault();
      event.stopPropagation();
    });
    input.addEventListener("blur", () => finish(true));
    td.replaceChildren(input);
    input.focus();
  }

  private cellOf(target: EventTarget | null): GridCell | null {
    const td = target instanceof HTMLElement ? target.closest<HTMLElement>("td[data-address]") : null;
    const sheet = td?.dataset.address?.split("!")[0];
    if (!td || sheet === undefined) return null;
    return { sheet, row: Number(td.dataset.row), column: Number(td.dataset.column) };
  }
}

function selectionOn(workbook: SimWorkbook, sheet: string): Rect | null {
  const address = workbook.selectedAddress();
  const parsed = address === null ? null : parseAddress(address);
  return parsed !== null && parsed.sheet === sheet ? parsed.rect : null;
}

/**
 * The first and last column whose values differ between two drawings of a sheet, leaving out the cells the user
 * typed into; null when nothing else changed.
 */
function changedColumns(
  before: ReadonlyMap<number, string>,
  after: ReadonlyMap<number, string>,
  typed: ReadonlySet<number>,
): { first: number; last: number } | null {
  let first = Infinity;
  let last = -1;
  const note = (key: number): void => {
    if (typed.has(key)) return;
    const column = key % SHEET_COLUMNS;
    first = Math.min(first, column);
    last = Math.max(last, column);
  };
  for (const [key, value] of after) if (before.get(key) !== value) note(key);
  for (const key of before.keys()) if (!after.has(key)) note(key);
  return last < 0 ? null : { first, last };
}

/** What the user typed, read as Excel reads it: a plain number becomes a number, anything else stays text. */
export function typedValue(text: string): string | number {
  const trimmed = text.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
}
