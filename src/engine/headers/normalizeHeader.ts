import { hasNonAscii, normalizeText } from "../values/text";

/** A header split into what it names and the unit it gives its values. */
export interface NormalizedHeader {
  /** Compared with field aliases: NFKC, lower case, no spaces, no brackets, no punctuation. */
  readonly key: string;
  /** Factor that turns the column's numbers into base units: 10000 for "(万元)", 0.01 for "(%)". */
  readonly scale: number;
  /** The unit as written, for messages ("万元"); empty when none. */
  readonly unit: string;
}

/** Units a header may carry, longest first, with the factor they apply. Amounts are in yuan (or the base currency). */
const UNITS: readonly (readonly [string, number])[] = [
  ["百万元", 1e6],
  ["千万元", 1e7],
  ["万元", 1e4],
  ["萬元", 1e4],
  ["亿元", 1e8],
  ["億元", 1e8],
  ["千元", 1e3],
  ["百万", 1e6],
  ["万", 1e4],
  ["萬", 1e4],
  ["亿", 1e8],
  ["億", 1e8],
  ["千", 1e3],
  ["元", 1],
  ["rmb", 1],
  ["cny", 1],
  ["¥", 1],
  ["$", 1],
  ["usd", 1],
  ["k", 1e3],
  ["thousands", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["millions", 1e6],
  ["%", 0.01],
  ["天", 1],
  ["days", 1],
  ["次", 1],
];

const BRACKETS = /[(（[【〔{<《「『]([^)）\]】〕}>》」』]*)[)）\]】〕}>》」』]/g;
const BRACKET_CHARS = /[()（）[\]【】〔〕{}<>《》「」『』]/g;
const PUNCTUATION = /[\s:：_\-–—.,，、;；'"“”‘’*#!?！？]+/g;

/**
 * Normalises a header for matching and reads the unit it declares, in brackets ("年交易额(万元)") or as a
 * suffix after a known alias ("年交易额万元" is handled by the mapper, which knows the aliases).
 * @example normalizeHeader("年交易额（万元）") // { key: "年交易额", scale: 10000, unit: "万元" }
 */
export function normalizeHeader(header: string): NormalizedHeader {
  let unit = "";
  let scale = 1;
  const withoutBrackets = header.normalize("NFKC").replace(BRACKETS, (_, inner: string) => {
    const found = unitScale(normalizeText(inner));
    if (found !== null && unit === "") {
      unit = inner.trim();
      scale = found;
    }
    return " ";
  });
  const key = normalizeKey(withoutBrackets);
  // "【客户名称】", "(Grade)": brackets around the whole header are decoration, not a remark to drop.
  return { key: key === "" ? normalizeKey(header.normalize("NFKC").replace(BRACKET_CHARS, "")) : key, scale, unit };
}

/** Words that join two names in one header: "客户名称及联系人", "联系人/电话", "Contact & Phone". */
const CONJUNCTIONS = /以及|及|和|与|與|、|&|\+|\/|\band\b/;

/**
 * The names a header joins with a conjunction, bracketed remarks left out; one part when it joins nothing.
 * @example headerParts("客户名称及联系人") // ["客户名称", "联系人"]
 */
export function headerParts(header: string): string[] {
  return header.normalize("NFKC").toLowerCase().replace(BRACKETS, " ").split(CONJUNCTIONS);
}

/** Header text reduced to what is compared with aliases. */
export function normalizeKey(text: string): string {
  return normalizeText(text).replace(PUNCTUATION, "");
}

/** The factor of a unit text, `null` when it is not a unit we know. */
function unitScale(unitKey: string): number | null {
  for (const [unit, factor] of UNITS) if (unit === unitKey) return factor;
  return null;
}

/** Unit suffixes, longest first, for headers that append the unit without brackets. */
export const UNIT_SUFFIXES: readonly (readonly [string, number])[] = [...UNITS]
  .filter(([unit]) => hasNonAscii(unit) || unit === "%") // "k" or "m" glued to a word is part of the word
  .sort((a, b) => b[0].length - a[0].length);
