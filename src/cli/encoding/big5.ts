/**
 * Which Big5 bytes are text. Node's Big5 decoder (ICU's) does not refuse what it cannot map, even with
 * `fatal: true`: it drops 0x80, 0xFF and unmapped pairs without a trace and turns the user-defined areas into
 * private-use characters. So the bytes are checked here, against the decoder's own table, before it decodes.
 */

/** Big5 trail bytes: 0x40–0x7E and 0xA1–0xFE. */
const isTrail = (byte: number): boolean => (byte >= 0x40 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xfe);

const isPrivateUse = (codePoint: number): boolean => codePoint >= 0xe000 && codePoint <= 0xf8ff;

let readablePairs: Uint8Array | null = null;

/**
 * 1 at `lead << 8 | trail` for each pair the decoder reads as one character, not a replacement and not
 * private-use; made once, by decoding every pair on a line of its own (a line feed is never part of a pair).
 */
function pairs(): Uint8Array {
  if (readablePairs) return readablePairs;
  const codes: number[] = [];
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++)
      if (isTrail(trail)) {
        codes.push((lead << 8) | trail);
        bytes.push(lead, trail, 0x0a);
      }
  const lines = new TextDecoder("big5").decode(Uint8Array.from(bytes)).split("\n");
  const table = new Uint8Array(1 << 16);
  codes.forEach((code, i) => {
    const chars = [...(lines[i] ?? "")];
    const codePoint = chars[0]?.codePointAt(0) ?? 0xfffd;
    if (chars.length === 1 && codePoint !== 0xfffd && !isPrivateUse(codePoint)) table[code] = 1;
  });
  readablePairs = table;
  return table;
}

/**
 * The first bytes that are not Big5 text: a byte 0x80 or 0xFF, a lead byte without a trail, or a pair that
 * maps to no character; `null` when every byte is text.
 */
export function big5FirstInvalid(bytes: Uint8Array): { readonly offset: number; readonly length: number } | null {
  const readable = pairs();
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (lead === 0x80 || lead === 0xff) return { offset: i, length: 1 };
    if (trail === undefined || readable[(lead << 8) | trail] !== 1)
      return { offset: i, length: trail === undefined ? 1 : 2 };
    i++;
  }
  return null;
}
