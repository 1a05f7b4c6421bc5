/**
 * Writing a 2-D array into a rectangle of a sheet: the check Excel makes (the array must have the range's
 * exact dimensions), then the cells, then which tables saw the change. Shared by add-in writes and user edits.
 */
import { type Rect, cellCount } from "./address";
import { type Stored, contentOfWritten } from "./cells";
import { invalidArgument } from "./errors";
import type { TableChange } from "./events";
import type { SheetModel, WorkbookModel } from "./model";

export type GridProperty = "values" | "formulas" | "numberFormat";

/** Throws Excel's InvalidArgument unless `data` is an array of `rect.rowCount` arrays of `rect.columnCount` items. */
function checkDimensions(data: unknown, rect: Rect, location: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || data.length !== rect.rowCount) {
    throw invalidArgument(location, `expected ${rect.rowCount} row(s) of ${rect.columnCount}, got ${describe(data)}`);
  }
  for (const line of data) {
    if (!Array.isArray(line) || line.length !== rect.columnCount) {
      throw invalidArgument(
        location,
        `expected ${rect.rowCount} row(s) of ${rect.columnCount}, got a row of ${describe(line)}`,
      );
    }
  }
}

function describe(value: unknown): string {
  return Array.isArray(value) ? `${value.length} item(s)` : typeof value;
}

/**
 * Applies a write of `property` and returns the table changes it made (none for number formats: a format is not
 * a data change, so Excel raises no `onChanged` for it). Every element is checked before any cell changes.
 */
export function writeGrid(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  property: GridProperty,
  data: unknown,
  location: string,
): TableChange[] {
  checkDimensions(data, rect, location);
  if (property === "numberFormat") {
    for (const line of data) {
      for (const item of line) {
        if (item !== null && typeof item !== "string")
          throw invalidArgument(location, "a number format must be a string");
      }
    }
    data.forEach((line, r) =>
      line.forEach((item, c) => {
        if (typeof item === "string") sheet.setFormat(rect.row + r, rect.column + c, item);
      }),
    );
    return [];
  }
  const contents: (Stored | "skip")[][] = data.map((line) =>
    line.map((item) => {
      const content = contentOfWritten(item);
      if (typeof content === "object" && content !== null && "error" in content)
        throw invalidArgument(location, content.error);
      return content;
    }),
  );
  const touched = model.tablesTouching(sheet, rect).map(({ table, area }) => ({
    table,
    area,
    before: cellCount(area) === 1 ? sheet.get(area.row, area.column) : undefined,
  }));
  contents.forEach((line, r) =>
    line.forEach((content, c) => {
      if (content !== "skip") sheet.set(rect.row + r, rect.column + c, content);
    }),
  );
  for (const { table } of touched) {
    if (table.onlyInsertRow && sheet.hasContent(table.bodyRect)) table.onlyInsertRow = false;
  }
  return touched.map(({ table, area, before }) =>
    cellCount(area) === 1
      ? { table, area, single: { before, after: sheet.get(area.row, area.column) } }
      : { table, area },
  );
}
