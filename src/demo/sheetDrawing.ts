/**
 * One sheet of the simulated workbook as an HTML table, drawn from what the simulator holds and nothing else
 * (never from what the add-in meant to do): every cell of its used range and its tables, each value under
 * its number format (numberFormat.ts), bold fonts and column widths, the colours its conditional formats
 * give (`FormattingSnapshot.conditionalLook`), data bars, a ▾ on cells with an in-cell drop-down list (its
 * entries as the cell's tooltip), the
 * frozen rows and columns kept in view (`pinFrozenPanes`, once the table is laid out), and its charts.
 */
import {
  type FormattingSnapshot,
  type Rect,
  SHEET_COLUMNS,
  type SimWorkbook,
  columnLetters,
  parseAddress,
} from "../simulator";
import { chartFigure } from "./chartSvg";
import { formatValue } from "./numberFormat";

/** Empty rows and columns drawn past the cells, so the sheet does not end at its last value. */
const MARGIN = { rows: 2, columns: 1 };
/** The least a sheet shows, as Excel shows an empty sheet's grid rather than one cell. */
const MINIMUM = { rows: 20, columns: 8 };
const PIXELS_PER_POINT = 96 / 72;

export interface DrawnSheet {
  readonly sheet: string;
  readonly table: HTMLTableElement;
  /** The sheet's charts, drawn below its cells; null when it has none. */
  readonly charts: HTMLElement | null;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Every cell's stored value as text, keyed `row * SHEET_COLUMNS + column`: what changed between two drawings. */
  readonly values: ReadonlyMap<number, string>;
}

export const cellKey = (row: number, column: number): number => row * SHEET_COLUMNS + column;

interface DataBar {
  readonly rect: Rect;
  readonly colour: string;
  readonly min: number;
  readonly max: number;
}

/** The data bars of a sheet with their ranges' lowest and highest number. */
function dataBars(workbook: SimWorkbook, sheet: string, formatting: FormattingSnapshot): DataBar[] {
  const bars: DataBar[] = [];
  for (const cf of formatting.conditionalFormats) {
    const rect = parseAddress(cf.address)?.rect;
    if (cf.type !== "DataBar" || cf.barColor === null || rect === undefined) continue;
    const numbers: number[] = [];
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
        const { value } = workbook.cell(sheet, r, c);
        if (typeof value === "number") numbers.push(value);
      }
    }
    if (numbers.length > 0)
      bars.push({ rect, colour: cf.barColor, min: Math.min(...numbers), max: Math.max(...numbers) });
  }
  return bars;
}

/**
 * A cell's bar as a fraction of the cell's width: within its range's lowest and highest number, as the brief
 * for this page asks. The simulator does not model a data bar's bounds; Excel's automatic bounds start at 0
 * for positive numbers, so Excel draws the lowest number's bar longer than this page does.
 */
function barFraction(bar: DataBar, value: number): number {
  return bar.max === bar.min ? 1 : (value - bar.min) / (bar.max - bar.min);
}

function inside(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

/** "#5B9BD5" at `alpha`, so the bar tints the cell and its text stays readable. */
function translucent(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The list an in-cell drop-down offers, or null (no validation, another kind, or the drop-down turned off). */
function dropDownList(formatting: FormattingSnapshot, address: string): string | null {
  const rule = formatting.validation(address)?.rule as
    { readonly list?: { readonly source?: unknown; readonly inCellDropDown?: unknown } } | undefined;
  const list = rule?.list;
  if (list === undefined || list.inCellDropDown === false || typeof list.source !== "string") return null;
  return list.source;
}

/** The rows and columns to draw: the used range and every table, past the frozen panes, with a margin. */
function extent(workbook: SimWorkbook, sheet: string, formatting: FormattingSnapshot) {
  const used = workbook.usedRange(sheet);
  const areas: Rect[] = used === null ? [] : [used];
  for (const t of workbook.tableLayouts()) {
    if (t.sheet !== sheet) continue;
    const { headers, rows } = workbook.tableValues(t.name);
    // A table without data rows still spans its empty insert row.
    areas.push({
      row: t.topRow,
      column: t.leftColumn,
      rowCount: Math.max(1, rows.length) + 1,
      columnCount: headers.length,
    });
  }
  const bottom = Math.max(formatting.frozenRows, ...areas.map((a) => a.row + a.rowCount));
  const right = Math.max(formatting.frozenColumns, ...areas.map((a) => a.column + a.columnCount));
  return {
    rowCount: Math.max(MINIMUM.rows, bottom + MARGIN.rows),
    columnCount: Math.max(MINIMUM.columns, right + MARGIN.columns),
  };
}

export function drawSheet(workbook: SimWorkbook, sheet: string, selection: Rect | null): DrawnSheet {
  const formatting = workbook.formatting(sheet);
  const { rowCount, columnCount } = extent(workbook, sheet, formatting);
  const headerRows = new Set(
    workbook
      .tableLayouts()
      .filter((t) => t.sheet === sheet)
      .map((t) => t.topRow),
  );
  const bars = dataBars(workbook, sheet, formatting);
  const widths = Array.from({ length: columnCount }, (_, c) => {
    const points = formatting.columnWidth(c);
    return points === null ? null : `${Math.round(points * PIXELS_PER_POINT)}px`;
  });
  const values = new Map<number, string>();

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
    const width = widths[c];
    if (width) th.style.width = th.style.minWidth = th.style.maxWidth = width;
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
      const a1 = `${columnLetters(c)}${r + 1}`;
      td.dataset.address = `${sheet}!${a1}`;
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      td.tabIndex = -1;
      const { value, numberFormat } = workbook.cell(sheet, r, c);
      if (value !== "") values.set(cellKey(r, c), String(value));
      td.textContent = formatValue(value, numberFormat);
      if (numberFormat !== "General") td.dataset.format = numberFormat;
      if (typeof value === "number") td.classList.add("number");
      if (headerRows.has(r) && td.textContent !== "") td.classList.add("header");
      if (formatting.isBold(a1)) td.classList.add("bold");
      const look = formatting.conditionalLook(a1);
      if (look.fillColor !== null) td.style.backgroundColor = look.fillColor;
      if (look.fontColor !== null) td.style.color = look.fontColor;
      const bar = typeof value === "number" ? bars.find((b) => inside(b.rect, r, c)) : undefined;
      if (bar !== undefined && typeof value === "number") {
        const percent = Math.round(barFraction(bar, value) * 1000) / 10;
        td.dataset.bar = String(percent);
        td.style.backgroundImage = `linear-gradient(to right, ${translucent(bar.colour, 0.55)} ${percent}%, transparent ${percent}%)`;
      }
      const list = dropDownList(formatting, a1);
      if (list !== null) {
        // The ▾ is drawn by the stylesheet (td.list::after), so the cell's text stays its value's.
        td.dataset.list = list;
        td.title = list;
        td.classList.add("list");
      }
      const width = widths[c];
      if (width) td.style.maxWidth = width;
      if (selection && inside(selection, r, c)) td.classList.add("selected");
    }
  }
  return {
    sheet,
    table,
    charts: drawCharts(formatting),
    rowCount,
    columnCount,
    frozenRows: Math.min(formatting.frozenRows, rowCount),
    frozenColumns: Math.min(formatting.frozenColumns, columnCount),
    values,
  };
}

function drawCharts(formatting: FormattingSnapshot): HTMLElement | null {
  const figures = formatting.charts.flatMap((chart) => {
    const data = formatting.chartData(chart.name);
    return data === null ? [] : [chartFigure(chart, data)];
  });
  if (figures.length === 0) return null;
  const charts = document.createElement("div");
  charts.className = "charts";
  charts.append(...figures);
  return charts;
}

/** How far from the grid's top and left edge the always-shown parts reach: headings and frozen panes. */
export interface PinnedEdges {
  readonly top: number;
  readonly left: number;
}

/**
 * Keeps the frozen rows and columns in view as the grid scrolls (sticky, each at the offset of the ones before
 * it), as Excel's frozen panes do; measured once the table is in the page. Returns where the pinned parts end.
 */
export function pinFrozenPanes(drawn: DrawnSheet): PinnedEdges {
  const { table, frozenRows, frozenColumns } = drawn;
  const headRow = table.tHead?.rows[0];
  const bodyRows = table.tBodies[0]?.rows;
  if (!headRow || !bodyRows) return { top: 0, left: 0 };
  let top = headRow.getBoundingClientRect().height;
  for (let r = 0; r < frozenRows; r += 1) {
    const row = bodyRows[r];
    if (!row) break;
    for (const cell of row.cells) {
      cell.style.top = `${top}px`;
      cell.classList.add("frozen-row");
      if (r === frozenRows - 1) cell.classList.add("frozen-row-last");
    }
    top += row.getBoundingClientRect().height;
  }
  let left = headRow.cells[0]?.getBoundingClientRect().width ?? 0;
  for (let c = 0; c < frozenColumns; c += 1) {
    const heading = headRow.cells[c + 1];
    if (!heading) break;
    const width = heading.getBoundingClientRect().width;
    for (const row of [headRow, ...bodyRows]) {
      const cell = row.cells[c + 1];
      if (!cell) continue;
      cell.style.left = `${left}px`;
      cell.classList.add("frozen-column");
      if (c === frozenColumns - 1) cell.classList.add("frozen-column-last");
    }
    left += width;
  }
  return { top, left };
}
