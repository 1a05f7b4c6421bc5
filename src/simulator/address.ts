/** A1 addresses and rectangles of cells (0-based rows and columns, as `getRangeByIndexes` takes them). */

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** A rectangle of cells on one sheet. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

// Its own converter, not src/plan's columnLetters: the simulator stays independent of the code it tests.
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B3" or "B3:D9", without the sheet (the form event args use). */
export function rectAddress(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/**
 * Excel quotes a sheet name in an address unless it is a plain word (letters, digits, underscore, dot, not
 * starting with a digit) that cannot be read as a cell reference; quotes inside are doubled.
 */
function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B3:D9", the form `Range.address` has. */
export function sheetAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

export function isInsideSheet(rect: Rect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.column) &&
    Number.isInteger(rect.rowCount) &&
    Number.isInteger(rect.columnCount) &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= SHEET_ROWS &&
    rect.column + rect.columnCount <= SHEET_COLUMNS
  );
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endColumn = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (endRow <= row || endColumn <= column) return null;
  return { row, column, rowCount: endRow - row, columnCount: endColumn - column };
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (match === null) return null;
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(digits);
  if (row < 1 || row > SHEET_ROWS || column > SHEET_COLUMNS) return null;
  return { row: row - 1, column: column - 1 };
}

/**
 * Parses "B2", "B2:D9", "Sheet1!B2:D9" or "'My sheet'!B2". Whole rows or columns ("A:A", "1:3") and names are
 * not simulated; the caller turns `null` into Excel's InvalidArgument.
 */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  let sheet: string | null = null;
  let cells = address.trim();
  const bang = cells.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = cells.slice(0, bang);
    cells = cells.slice(bang + 1);
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  }
  const [firstText = "", secondText, extra] = cells.split(":");
  if (extra !== undefined) return null;
  const first = parseCell(firstText);
  const second = secondText === undefined ? first : parseCell(secondText);
  if (first === null || second === null) return null;
  const row = Math.min(first.row, second.row);
  const column = Math.min(first.column, second.column);
  return {
    sheet,
    rect: {
      row,
      column,
      rowCount: Math.abs(first.row - second.row) + 1,
      columnCount: Math.abs(first.column - second.column) + 1,
    },
  };
}
