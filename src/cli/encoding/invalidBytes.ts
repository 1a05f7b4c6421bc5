/**
 * Where a text stops being valid in its encoding: the offset of the first invalid byte sequence and its line.
 * The maintained decoder decides what is valid (`TextDecoder`, `fatal: true`); this only finds where it
 * first refuses, by bisecting on prefixes decoded with `stream: true` (an unfinished character at the end of a
 * prefix is held, not refused, so a prefix is refused exactly when it holds an invalid sequence). Big5 is
 * checked by `big5FirstInvalid`, Node's Big5 decoder not refusing anything.
 */
import { big5FirstInvalid } from "./big5";
import { type CsvEncoding, DECODER_LABEL, unitBytes } from "./names";

export interface InvalidBytes {
  /** Of the first byte of the invalid sequence, from the start of the bytes given. */
  readonly offset: number;
  /** The sequence: from its first byte to the one that made it invalid (at most 4). */
  readonly bytes: readonly number[];
}

const fatalDecoder = (encoding: CsvEncoding): TextDecoder =>
  new TextDecoder(DECODER_LABEL[encoding], { fatal: true, ignoreBOM: true });

function refuses(encoding: CsvEncoding, bytes: Uint8Array, stream: boolean): boolean {
  try {
    fatalDecoder(encoding).decode(bytes, { stream });
    return false;
  } catch {
    return true;
  }
}

/** The code unit at `at` (a byte, or a UTF-16 unit in the encoding's byte order); -1 past the end. */
function unitAt(encoding: CsvEncoding, bytes: Uint8Array, at: number): number {
  if (unitBytes(encoding) === 1) return at < bytes.length ? (bytes[at] as number) : -1;
  if (at + 1 >= bytes.length) return -1;
  const [first, second] = [bytes[at] as number, bytes[at + 1] as number];
  return encoding === "utf16le" ? first | (second << 8) : (first << 8) | second;
}

/**
 * The start of the line holding `at`: just after the last line feed before it. No multi-byte sequence of
 * these encodings holds a line feed, so a decoder starts there as it would have reached it.
 */
function lineStart(encoding: CsvEncoding, bytes: Uint8Array, at: number): number {
  const unit = unitBytes(encoding);
  for (let i = Math.floor((at - 1) / unit) * unit; i >= 0; i -= unit)
    if (unitAt(encoding, bytes, i) === 0x0a) return i + unit;
  return 0;
}

const CHUNK = 1 << 16;
/** The most bytes a decoder holds of a character it has not finished (GB18030's four-byte sequences). */
const HELD = 3;

function decoderFirstInvalid(encoding: CsvEncoding, bytes: Uint8Array): InvalidBytes | null {
  // Which 64 KB first holds a refusal, in one pass; then the line it starts in, by halves.
  const decoder = fatalDecoder(encoding);
  let refusedChunk = -1;
  for (let at = 0; at < bytes.length && refusedChunk < 0; at += CHUNK)
    try {
      decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true });
    } catch {
      refusedChunk = at;
    }
  if (refusedChunk < 0)
    try {
      decoder.decode();
      return null;
    } catch {
      // the last character is unfinished
    }
  const from = lineStart(encoding, bytes, Math.max(0, (refusedChunk < 0 ? bytes.length : refusedChunk) - HELD));
  // Invariant: bytes[from, low) are not refused, bytes[from, high) are (high = length + 1: only at the end).
  let low = from;
  let high = refusedChunk < 0 ? bytes.length + 1 : Math.min(bytes.length, refusedChunk + CHUNK);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (refuses(encoding, bytes.subarray(from, middle), true)) high = middle;
    else low = middle;
  }
  const refusedAt = high - 1;
  // The sequence starts where the text before it last ended whole.
  let start = refusedAt;
  while (start > from && refuses(encoding, bytes.subarray(from, start), false)) start--;
  return { offset: start, bytes: [...bytes.subarray(start, Math.min(refusedAt + 1, start + 4))] };
}

/** The first invalid sequence of `bytes` in `encoding`, or `null` when all of it is valid. */
export function firstInvalid(encoding: CsvEncoding, bytes: Uint8Array): InvalidBytes | null {
  if (encoding !== "big5") return decoderFirstInvalid(encoding, bytes);
  const found = big5FirstInvalid(bytes);
  return found && { offset: found.offset, bytes: [...bytes.subarray(found.offset, found.offset + found.length)] };
}

/** The 1-based line of the byte at `offset`, as an editor counts lines: CRLF, LF and CR each end one. */
export function lineOf(encoding: CsvEncoding, bytes: Uint8Array, offset: number): number {
  const unit = unitBytes(encoding);
  let line = 1;
  for (let i = 0; i + unit <= offset; i += unit) {
    const code = unitAt(encoding, bytes, i);
    if (code === 0x0a || (code === 0x0d && unitAt(encoding, bytes, i + unit) !== 0x0a)) line++;
  }
  return line;
}
