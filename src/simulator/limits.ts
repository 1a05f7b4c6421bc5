/**
 * Excel on the web's size limits for one request (one `context.sync()`), and the JSON measuring that enforces
 * them. office.js sends written data and receives loaded data as JSON, so both are measured as UTF-8 JSON.
 */

export const LIMITS = {
  /**
   * "Excel on the web has a payload size limit for requests and responses of 5MB." Taken as 5,000,000 bytes,
   * the stricter reading of "5MB": code that fits here fits Excel.
   */
  requestBytes: 5_000_000,
  responseBytes: 5_000_000,
  /** "A range is limited to five million cells for get operations." */
  cellsPerRangeRead: 5_000_000,
} as const;

/** UTF-8 length of a string, counted without allocating an encoded copy (the payloads can be megabytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** JSON text of a value as office.js would send it (undefined becomes null, as inside an array). */
export function toJson(value: unknown): string {
  return JSON.stringify(value) ?? "null";
}
