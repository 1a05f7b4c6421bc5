/** The encodings a CSV is read in, by the names `--encoding` takes, and the byte order marks that name them. */

export const CSV_ENCODINGS = ["utf8", "utf16le", "utf16be", "gb18030", "big5"] as const;

export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export const isCsvEncoding = (value: string): value is CsvEncoding =>
  (CSV_ENCODINGS as readonly string[]).includes(value);

/**
 * How the encoding was decided: a byte order mark, the bytes being valid UTF-8, `--encoding`, or the text
 * reading more plausibly in it than in the others.
 */
export type EncodingWhy = "bom" | "valid-utf8" | "option" | "detected";

/** The encoding a CSV was read in, and why: what the `--json` report and the summary line say. */
export interface EncodingUsed {
  readonly name: CsvEncoding;
  readonly why: EncodingWhy;
  /** Whether the file starts with the encoding's byte order mark (not part of the text). */
  readonly bom: boolean;
}

/** The label `TextDecoder` knows each by (GBK files are read by the GB18030 decoder, which includes GBK). */
export const DECODER_LABEL: Readonly<Record<CsvEncoding, string>> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  gb18030: "gb18030",
  big5: "big5",
};

/** Bytes of one code unit: a line feed is found by whole units. */
export const unitBytes = (encoding: CsvEncoding): 1 | 2 => (encoding === "utf16le" || encoding === "utf16be" ? 2 : 1);

const BOMS: readonly { readonly encoding: CsvEncoding; readonly bytes: readonly number[] }[] = [
  { encoding: "utf8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf16le", bytes: [0xff, 0xfe] },
  { encoding: "utf16be", bytes: [0xfe, 0xff] },
];

/** The encoding a byte order mark at the start names, and the mark's length; `null` when there is none. */
export function byteOrderMark(bytes: Uint8Array): { readonly encoding: CsvEncoding; readonly length: number } | null {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom ? { encoding: bom.encoding, length: bom.bytes.length } : null;
}
