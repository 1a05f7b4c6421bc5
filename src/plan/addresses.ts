/**
 * A1 addresses, for every host: column letters, and addresses as Excel reports them in events
 * ("Sheet1!B3:D5", "B3", "'My sheet'!C2"). Columns are 0-based indexes everywhere here; a host that counts
 * from 1 (the command line's sheet XML) subtracts one where it calls in.
 */

/** Excel's sheet width: columns A to XFD. */
export const SHEET_COLUMNS = 16_384;

/** A block of sheet cells, 0-based. */
export interface CellBlock {
  /** 0-based sheet row of the first cell. */
  readonly row: number;
  /** 0-based sheet column of the first cell. */
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Column letters of a 0-based column index.
 * @example columnLetters(0) // "A"
 * @example columnLetters(25) // "Z"
 * @example columnLetters(26) // "AA"
 * @example columnLetters(16_383) // "XFD", Excel's last column
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Parses a single-area A1 address, with or without a sheet name; `null` for anything else (whole columns,
 * several areas), which callers treat as "re-grade everything".
 * @example parseAddress("Sheet1!B3:D5") // { row: 2, column: 1, rowCount: 3, columnCount: 3 }
 */
export function parseAddress(address: string): CellBlock | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  if (local.includes(",")) return null;
  const [first, last = first] = local.split(":");
  const a = CELL.exec(first ?? "");
  const b = CELL.exec(last ?? "");
  if (!a || !b) return null;
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  const c1 = columnIndex(a[1] as string);
  const c2 = columnIndex(b[1] as string);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}
