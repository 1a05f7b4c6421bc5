/**
 * The unit a header gives its figures: "(万元)", "（元）", "USD", "$'000", "k", "(%)", "(天)", "(吨)". A money unit
 * scales the column's numbers to base units; the unit's kind also tells an amount from a rate or a count.
 */

export type UnitKind = "money" | "percent" | "days" | "count" | "physical";

export interface Unit {
  /** As written in the header ("万元", "USD"). */
  readonly text: string;
  readonly kind: UnitKind;
  /** Factor to base units: 10000 for 万元, 1000 for k, 0.01 for %. */
  readonly scale: number;
}

const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
  ["billions", 1e9],
  ["billion", 1e9],
  ["bn", 1e9],
  ["millions", 1e6],
  ["million", 1e6],
  ["mn", 1e6],
  ["mm", 1e6],
  ["m", 1e6],
  ["thousands", 1e3],
  ["thousand", 1e3],
  ["'000s", 1e3],
  ["'000", 1e3],
  ["000s", 1e3],
  ["000", 1e3],
  ["k", 1e3],
];

const CURRENCIES = [
  "人民币",
  "元",
  "块",
  "rmb",
  "cny",
  "¥",
  "us$",
  "usd",
  "美元",
  "美金",
  "nt$",
  "ntd",
  "twd",
  "新台币",
  "台币",
  "hk$",
  "hkd",
  "港币",
  "港元",
  "s$",
  "sgd",
  "eur",
  "€",
  "欧元",
  "gbp",
  "£",
  "jpy",
  "日元",
  "$",
];

const OTHER_UNITS: readonly (readonly [string, UnitKind])[] = [
  ["%", "percent"],
  ["百分比", "percent"],
  ["percent", "percent"],
  ["pct", "percent"],
  ["天", "days"],
  ["日", "days"],
  ["days", "days"],
  ["day", "days"],
  ["d", "days"],
  ["次", "count"],
  ["票", "count"],
  ["单", "count"],
  ["笔", "count"],
  ["件", "count"],
  ["个", "count"],
  ["times", "count"],
  ["吨", "physical"],
  ["公斤", "physical"],
  ["千克", "physical"],
  ["kg", "physical"],
  ["kgs", "physical"],
  ["t", "physical"],
  ["tons", "physical"],
  ["tonnes", "physical"],
  ["方", "physical"],
  ["立方米", "physical"],
  ["立方", "physical"],
  ["m3", "physical"],
  ["cumtr", "physical"],
  ["lbs", "physical"],
  ["cbm", "physical"],
  ["teu", "physical"],
  ["板", "physical"],
  ["托", "physical"],
  ["pallets", "physical"],
];

/** Words around a unit that say nothing more: "单位：万元", "in USD", "USD in thousands". */
const FILLER = /^(?:单位|unit|units|in|of|币种|currency)[:：]?|[:：/()\s.,]+/g;

function stripFiller(text: string): string {
  return text.replace(FILLER, "").replace(/^(?:in|of)/, "");
}

/** The longest entry of `list` that `text` starts with. */
function prefixOf<T extends string>(text: string, list: readonly T[]): T | null {
  let best: T | null = null;
  for (const item of list) if (text.startsWith(item) && (best === null || item.length > best.length)) best = item;
  return best;
}

/**
 * A unit text ("万元", "usd'000", "k", "%"), already lower case; null when it is not only a unit.
 * @example readUnit("万元") // { text: "万元", kind: "money", scale: 10000 }
 */
export function readUnit(raw: string): Unit | null {
  const text = stripFiller(raw.trim());
  if (text.length === 0) return null;
  for (const [unit, kind] of OTHER_UNITS)
    if (text === unit) return { text: raw.trim(), kind, scale: kind === "percent" ? 0.01 : 1 };
  // [currency][multiplier][currency]: "万元", "usd'000", "$k", "千美元", "元".
  let rest = text;
  let currency = false;
  const leading = prefixOf(rest, CURRENCIES);
  if (leading) {
    currency = true;
    rest = stripFiller(rest.slice(leading.length));
  }
  let scale = 1;
  const multiplier = prefixOf(
    rest,
    MULTIPLIERS.map(([m]) => m),
  );
  if (multiplier) {
    scale = MULTIPLIERS.find(([m]) => m === multiplier)?.[1] ?? 1;
    rest = stripFiller(rest.slice(multiplier.length));
  }
  const trailing = prefixOf(rest, CURRENCIES);
  if (trailing) {
    currency = true;
    rest = stripFiller(rest.slice(trailing.length));
  }
  if (rest.length > 0 || (!currency && !multiplier)) return null;
  // A bare "m" or "k" is a money multiplier only where a unit is expected (in brackets, or at a header's end).
  return { text: raw.trim(), kind: "money", scale };
}

/** Chinese units glued to the end of a header ("毛利额万元", "余额(万)" after brackets), longest first. */
const GLUED_UNITS = ["百万元", "千万元", "亿元", "万元", "千元", "元", "%"] as const;

/**
 * A unit glued to the end of a Chinese header key, and the key without it; null when none.
 * @example gluedUnit("年交易额万元") // { rest: "年交易额", unit: { text: "万元", kind: "money", scale: 10000 } }
 */
export function gluedUnit(key: string): { readonly rest: string; readonly unit: Unit } | null {
  for (const suffix of GLUED_UNITS) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const unit = readUnit(suffix);
      if (unit) return { rest: key.slice(0, -suffix.length), unit };
    }
  }
  return null;
}

/**
 * Weights and cubic measures written as a last word by databases ("TOTAL_WEIGHT_KG"); "TEU" and "pallets" name
 * the thing itself, and a bare "t" or "d" is too short to be sure of.
 */
const PHYSICAL_WORDS = new Set(["kg", "kgs", "lbs", "tons", "tonnes", "cbm", "m3", "cumtr"]);

/** English words that are units when they stand at a header's start or end: "USD Sales", "Sales k", "Weight KG". */
export function unitWord(word: string): Unit | null {
  const unit = readUnit(word);
  if (unit?.kind === "physical") return PHYSICAL_WORDS.has(word) ? unit : null;
  return unit && (unit.kind === "money" || unit.kind === "percent") ? unit : null;
}
