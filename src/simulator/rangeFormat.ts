/**
 * `Range.format` subset: `columnWidth`, `autofitColumns()` (ExcelApi 1.2), `font.bold`, `fill.color`.
 * Autofit estimates a width from the longest displayed text of each column (East Asian characters count
 * double), which is close enough to tell a fitted column from a default one.
 */
import { SimBag, childBag } from "./bag";
import { cellValueOf } from "./cells";
import { invalidArgument } from "./errors";
import { type CellsTarget, cellKey, formattingOf } from "./formatting";
import type { Session, Transaction } from "./session";

/** Excel's default column width, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const POINTS_PER_CHARACTER = 7;
const PADDING = 10;

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

function autofit({ sheet, rect }: CellsTarget): void {
  const widths = formattingOf(sheet).columnWidths;
  for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
    let longest = 0;
    const lastRow = Math.min(rect.row + rect.rowCount, sheet.rows.length);
    for (let r = rect.row; r < lastRow; r += 1) {
      const stored = sheet.rows[r]?.[c];
      if (stored === undefined) continue;
      const value = cellValueOf(stored);
      const text = typeof value === "number" ? value.toLocaleString("en-US") : String(value);
      longest = Math.max(longest, displayWidth(text));
    }
    if (longest === 0) widths.delete(c);
    else widths.set(c, Math.min(255 * POINTS_PER_CHARACTER, longest * POINTS_PER_CHARACTER + PADDING));
  }
}

export class SimRangeFormat extends SimBag<CellsTarget> {
  constructor(session: Session, path: string, resolver: (tx: Transaction) => CellsTarget | null) {
    super(session, path, resolver, {
      entity: "RangeFormat",
      properties: {
        columnWidth: {
          get: ({ sheet, rect }) => formattingOf(sheet).columnWidths.get(rect.column) ?? DEFAULT_COLUMN_WIDTH,
          set: ({ sheet, rect }, value, at) => {
            if (typeof value !== "number" || !(value >= 0))
              throw invalidArgument(at, "columnWidth must be a number ≥ 0");
            for (let c = rect.column; c < rect.column + rect.columnCount; c += 1)
              formattingOf(sheet).columnWidths.set(c, value);
          },
        },
      },
      navigations: {
        font: (p) =>
          childBag(p, "font", (t) => t, {
            entity: "RangeFont",
            properties: {
              bold: {
                get: ({ sheet, rect }) => formattingOf(sheet).bold.has(cellKey(rect.row, rect.column)),
                set: ({ sheet, rect }, value, at) => {
                  if (typeof value !== "boolean") throw invalidArgument(at, "bold must be a boolean");
                  const bold = formattingOf(sheet).bold;
                  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
                    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
                      if (value) bold.add(cellKey(r, c));
                      else bold.delete(cellKey(r, c));
                    }
                  }
                },
              },
            },
          }),
        fill: (p) =>
          childBag(p, "fill", (t) => t, {
            entity: "RangeFill",
            properties: {
              color: {
                get: ({ sheet, rect }) => formattingOf(sheet).fills.get(cellKey(rect.row, rect.column)) ?? "#FFFFFF",
                set: ({ sheet, rect }, value, at) => {
                  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value))
                    throw invalidArgument(at, "fill.color must be #RRGGBB");
                  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
                    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1)
                      formattingOf(sheet).fills.set(cellKey(r, c), value.toUpperCase());
                  }
                },
              },
            },
          }),
      },
    });
  }

  autofitColumns(): void {
    this.method("autofitColumns()", (target) => autofit(target));
  }
}
