/**
 * Excel on the web refuses a request or response over 5 MB and a range of more than 5,000,000 cells.
 * Chunks are sized from what was actually read, to stay well under both.
 */

const CELL_LIMIT = 5_000_000;
/** What a chunk aims for, half the 5 MB limit: headroom for JSON framing, escapes and a row of unusually long text. */
export const TARGET_BYTES = 2.5 * 1024 * 1024;
/** The first read knows nothing about cell sizes, so it starts small. */
const FIRST_CHUNK_CELLS = 20_000;

/** UTF-8 size of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a 2-D array of cell values takes on the wire (as JSON). */
export function jsonBytes(values: unknown): number {
  return utf8Length(JSON.stringify(values));
}

/** Rows per read for a table `width` columns wide, from the bytes per row seen so far. */
export function nextChunkRows(width: number, bytesPerRow: number | null, remaining: number): number {
  const byCells = Math.max(1, Math.floor(CELL_LIMIT / 10 / Math.max(1, width)));
  const rows =
    bytesPerRow === null
      ? Math.floor(FIRST_CHUNK_CELLS / Math.max(1, width))
      : Math.floor(TARGET_BYTES / Math.max(1, bytesPerRow));
  return Math.max(1, Math.min(remaining, byCells, rows));
}

/** Excel's error for a request or response over its size limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}
