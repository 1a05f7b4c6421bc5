/**
 * The text of a CSV file, in an encoding decided, never guessed silently: `--encoding` when given, else a byte
 * order mark (UTF-8, UTF-16LE, UTF-16BE), else UTF-8 when the bytes are valid UTF-8, else whichever of UTF-8,
 * GB18030 and Big5 the text reads most plausibly in. The bytes are then decoded in that one encoding or
 * refused where they stop being valid in it: one bad byte never sends the file to another encoding.
 */
import { type Result, err, ok } from "../../engine";
import { type InvalidBytes, firstInvalid, lineOf } from "./invalidBytes";
import { type CsvEncoding, DECODER_LABEL, type EncodingUsed, type EncodingWhy, byteOrderMark } from "./names";
import { mostPlausible } from "./plausibility";

export interface DecodedText {
  readonly text: string;
  readonly encoding: EncodingUsed;
}

/** Why the bytes cannot be read in the encoding decided. */
export interface UndecodableText extends InvalidBytes {
  readonly encoding: CsvEncoding;
  readonly why: Exclude<EncodingWhy, "valid-utf8">;
  /** 1-based, as an editor counts lines. */
  readonly line: number;
}

export interface DecodeOptions {
  /** `--encoding`: overrides the byte order mark and detection. */
  readonly encoding?: CsvEncoding;
  /**
   * 0–1: how well a decoding's first line reads as headers (the share of columns the grading recognises),
   * added to each candidate's plausibility when detecting.
   */
  readonly headerScore?: (text: string) => number;
}

/** Decodes everything or nothing; Big5 only once its bytes are known valid (`firstInvalid`). */
function decodeValid(encoding: CsvEncoding, bytes: Uint8Array): string | null {
  if (encoding === "big5" && firstInvalid(encoding, bytes)) return null;
  try {
    return new TextDecoder(DECODER_LABEL[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeIn(
  bytes: Uint8Array,
  encoding: CsvEncoding,
  why: Exclude<EncodingWhy, "valid-utf8">,
  bomLength: number,
): Result<DecodedText, UndecodableText> {
  const content = bytes.subarray(bomLength);
  const text = decodeValid(encoding, content);
  if (text !== null) return ok({ text, encoding: { name: encoding, why, bom: bomLength > 0 } });
  const invalid = firstInvalid(encoding, content);
  // A decoder that refuses the whole yet accepts every part would be a bug of the platform, not bad data.
  if (!invalid) throw new Error(`${encoding}: the decoder refused the text but no part of it`);
  return err({
    encoding,
    why,
    offset: bomLength + invalid.offset,
    bytes: invalid.bytes,
    line: lineOf(encoding, content, invalid.offset),
  });
}

/**
 * @example decodeCsv(Buffer.from("客户,a")) // ok({ text: "客户,a", encoding: { name: "utf8", why: "valid-utf8", bom: false } })
 */
export function decodeCsv(bytes: Uint8Array, options: DecodeOptions = {}): Result<DecodedText, UndecodableText> {
  const bom = byteOrderMark(bytes);
  if (options.encoding !== undefined)
    return decodeIn(bytes, options.encoding, "option", bom?.encoding === options.encoding ? bom.length : 0);
  if (bom) return decodeIn(bytes, bom.encoding, "bom", bom.length);
  const utf8 = decodeValid("utf8", bytes);
  if (utf8 !== null) return ok({ text: utf8, encoding: { name: "utf8", why: "valid-utf8", bom: false } });
  return decodeIn(bytes, mostPlausible(bytes, options.headerScore ?? (() => 0)), "detected", 0);
}
