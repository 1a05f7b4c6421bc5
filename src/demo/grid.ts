/**
 * The worksheet as an HTML grid, like Excel's: column letters, row numbers, one cell per `<td>` carrying its
 * address (`data-address="Sheet1!C5"`). A click or the arrow keys select a cell, a double click, F2 or typing
 * edits it; both go to the simulator as the user's own actions, so they fire the events the add-in listens to.
 * The container is one tab stop (demo.html gives it tabindex="0"); the cells are reached with the arrow keys.
 */
import { type CellValue, type Rect, type SimWorkbook, columnLetters, parseAddress } from "../simulator";

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

/** Empty rows and columns drawn past the tables, so the sheet does not end at the table's edge. */
const MARGIN = { rows: 2, columns: 1 };

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
  /** The sheet drawn last and its size, for the arrow keys. */
  private drawn = { sheet: "", rowCount: 0, columnCount: 0 };

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
  render(workbook: SimWorkbook, sheet: string): void {
    if (this.editing) return;
    const tables = workbook
      .tableLayouts()
      .filter((t) => t.sheet === sheet)
      .map((t) => {
        const { headers, rows } = workbook.tableValues(t.name);
        return { ...t, rowCount: rows.length + 1, columnCount: headers.length };
      });
    const rowCount = Math.max(0, ...tables.map((t) => t.topRow + t.rowCount)) + MARGIN.rows;
    const columnCount = Math.max(0, ...tables.map((t) => t.leftColumn + t.columnCount)) + MARGIN.columns;
    const headerRows = new Set<number>(tables.map((t) => t.topRow));
    // The workbook's own selection, so a cell the add-in selects (an issue's cell) is shown too.
    const selection = selectionOn(workbook, sheet);

    const table = document.createElement("table");
    table.className = "grid";
    table.setAttribute("aria-label", sheet);
    const head = table.createTHead().insertRow();
    // The corner above the row numbers heads nothing: a plain cell, not an empty header (axe empty-table-header).
    const corner = document.createElement("td");
    corner.className = "corner";
    head.appendChild(corner);
    for (let c = 0; c < columnCount; c += 1) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = columnLetters(c);
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (let r = 0; r < rowCount; r += 1) {
      const line = body.insertRow();
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = String(r + 1);
      line.appendChild(th);
      for (let c = 0; c < columnCount; c += 1) {
        const td = line.insertCell();
        const address = `${sheet}!${columnLetters(c)}${r + 1}`;
        td.dataset.address = address;
        td.dataset.row = String(r);
        td.dataset.column = String(c);
        td.tabIndex = -1;
        td.textContent = displayText(workbook.cell(sheet, r, c).value);
        if (headerRows.has(r) && td.textContent !== "") td.classList.add("header");
        if (selection && inside(selection, r, c)) td.classList.add("selected");
      }
    }
    // Focus goes back to the selected cell only if the grid had it: a redraw after the pane wrote to the
    // workbook must not take focus away from the pane.
    const hadFocus = this.options.container.contains(document.activeElement);
    this.options.container.replaceChildren(table);
    this.drawn = { sheet, rowCount, columnCount };
    if (selection) {
      this.selected = { sheet, row: selection.row, column: selection.column };
      const td = this.selectedElement();
      if (hadFocus) td?.focus({ preventScroll: true });
      td?.scrollIntoView({ block: "nearest", inline: "nearest" });
    } else if (hadFocus && !this.options.container.contains(document.activeElement)) {
      this.options.container.focus({ preventScroll: true });
    }
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
    const { sheet, rowCount, columnCount } = this.drawn;
    if (rowCount === 0 || columnCount === 0) return;
    const from = this.selected?.sheet === sheet ? this.selected : null;
    const clamp = (value: number, size: number): number => Math.min(Math.max(value, 0), size - 1);
    const to = from
      ? { sheet, row: clamp(from.row + rows, rowCount), column: clamp(from.column + columns, columnCount) }
      : { sheet, row: 0, column: 0 };
    this.select(to);
    this.selectedElement()?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private startEdit(cell: GridCell, typed: string | null): void {
    if (this.selected?.row !== cell.row || this.selected.column !== cell.column) this.select(cell);
    const td = this.selectedElement();
    if (!td) return;
    const input = document.createElement("input");
    input.className = "cell-editor";
    input.setAttribute("aria-label", td.dataset.address ?? "");
    input.value = typed ?? td.textContent ?? "";
    this.editing = input;
    let done = false;
    const finish = (commit: boolean): void => {
      if (done) return;
      done = true;
      this.editing = null;
      if (commit) this.options.onEdit(cell, typedValue(input.value));
      else td.textContent = input.defaultValue;
    };
    input.defaultValue = td.textContent ?? "";
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

function inside(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

/** A cell's value as Excel shows it in General format: numbers to at most two decimals, booleans in capitals. */
export function displayText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return value;
}

/** What the user typed, read as Excel reads it: a plain number becomes a number, anything else stays text. */
export function typedValue(text: string): string | number {
  const trimmed = text.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : text;
}
