/**
 * Which encoding a CSV that is not valid UTF-8 is most plausibly in. GB18030 and Big5 decode most bytes of
 * each other without error, so whether a decoding fails says little; what it reads as does. Each encoding
 * orders its common characters first (GB2312's level-1 hanzi, Big5's frequently used characters), so text in
 * it is nearly all of those, while the other's bytes read as scattered rare characters, kana and
 * private-use marks. UTF-8 stays a candidate: a UTF-8 file with one bad byte is UTF-8, not GB18030.
 */
import { DECODER_LABEL } from "./names";

export type Candidate = "utf8" | "gb18030" | "big5";

const CANDIDATES: readonly Candidate[] = ["utf8", "gb18030", "big5"]; // on a tie, the first

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The characters of every pair `lead << 8 | trail` in the ranges, up to `last`, as the decoder reads them. */
function charactersOf(label: string, leads: readonly number[], trails: readonly number[], last: number): Set<number> {
  const bytes: number[] = [];
  for (const lead of leads) for (const trail of trails) if (((lead << 8) | trail) <= last) bytes.push(lead, trail);
  const text = new TextDecoder(label).decode(Uint8Array.from(bytes));
  return new Set([...text].map((c) => c.codePointAt(0) as number).filter((c) => c !== 0xfffd));
}

const commonSets: Partial<Record<"gb18030" | "big5", ReadonlySet<number>>> = {};

/** GB2312's 3,755 level-1 hanzi (0xB0A1–0xD7F9) or Big5's 5,401 frequently used characters (0xA440–0xC67E). */
function commonCharacters(encoding: "gb18030" | "big5"): ReadonlySet<number> {
  commonSets[encoding] ??=
    encoding === "gb18030"
      ? charactersOf(DECODER_LABEL.gb18030, range(0xb0, 0xd7), range(0xa1, 0xfe), 0xd7f9)
      : charactersOf(DECODER_LABEL.big5, range(0xa4, 0xc6), [...range(0x40, 0x7e), ...range(0xa1, 0xfe)], 0xc67e);
  return commonSets[encoding];
}

/** ASCII and the punctuation blocks (full-width commas, brackets, quotes): every encoding here has them. */
const isNeutral = (c: number): boolean =>
  c < 0x80 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);

/**
 * 0–1: the share of the text's other characters that are common in the encoding (for UTF-8: that are not
 * replacement characters, valid UTF-8 being rare by chance); 0 when there are none.
 */
function plausibility(encoding: Candidate, text: string): number {
  const common = encoding === "utf8" ? null : commonCharacters(encoding);
  let good = 0;
  let other = 0;
  for (const char of text) {
    const c = char.codePointAt(0) as number;
    if (c === 0xfffd) other++;
    else if (common ? common.has(c) : c >= 0x80) good++;
    else if (!isNeutral(c)) other++;
  }
  return good + other === 0 ? 0 : good / (good + other);
}

const SAMPLE_BYTES = 1 << 20;
const HEADER_BYTES = 1 << 18;

/** Up to 1 MB from the line where the first byte outside ASCII is: a header of English words tells nothing. */
function sample(bytes: Uint8Array): Uint8Array {
  let first = 0;
  while (first < bytes.length && (bytes[first] as number) < 0x80) first++;
  const start = first === 0 ? 0 : bytes.lastIndexOf(0x0a, first - 1) + 1;
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

/**
 * The candidate whose decoding (lenient, replacement characters where it fails) reads best: its plausibility
 * plus `headerScore` of its first line.
 * @param headerScore 0–1: the share of the first line's headers the grading recognises
 */
export function mostPlausible(bytes: Uint8Array, headerScore: (text: string) => number): Candidate {
  const text = sample(bytes);
  const head = bytes.subarray(0, HEADER_BYTES);
  let best: Candidate = "utf8";
  let bestScore = -Infinity;
  for (const candidate of CANDIDATES) {
    const decoder = new TextDecoder(DECODER_LABEL[candidate], { ignoreBOM: true });
    const score = plausibility(candidate, decoder.decode(text)) + headerScore(decoder.decode(head));
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
