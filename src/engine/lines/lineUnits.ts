/**
 * Weight and volume units in a lines table's headers ("重量(kg)", "实际重量(吨)", "体积(m³)", "才數", "Weight
 * (lbs)"), as factors to tonnes and cubic metres. The header reader knows these words only as "physical".
 */

/** Factor to tonnes. */
const WEIGHT: ReadonlyMap<string, number> = new Map([
  ["kg", 0.001],
  ["kgs", 0.001],
  ["千克", 0.001],
  ["公斤", 0.001],
  ["kilo", 0.001],
  ["kilos", 0.001],
  ["kilogram", 0.001],
  ["kilograms", 0.001],
  ["吨", 1],
  ["t", 1],
  ["mt", 1],
  ["ton", 1],
  ["tons", 1],
  ["tonne", 1],
  ["tonnes", 1],
  ["lb", 0.000_453_592_37],
  ["lbs", 0.000_453_592_37],
  ["磅", 0.000_453_592_37],
  ["g", 1e-6],
  ["克", 1e-6],
]);

/** 1 才 (材積, as Taiwanese carriers bill it) is one cubic foot. */
const CUBIC_FOOT = 0.028_316_846_592;

/** Factor to cubic metres. */
const VOLUME: ReadonlyMap<string, number> = new Map([
  ["m3", 1],
  ["cbm", 1],
  ["cum", 1],
  ["cu m", 1],
  ["方", 1],
  ["立方", 1],
  ["立方米", 1],
  ["才", CUBIC_FOOT],
  ["cft", CUBIC_FOOT],
  ["cuft", CUBIC_FOOT],
  ["cu ft", CUBIC_FOOT],
  ["ft3", CUBIC_FOOT],
  ["l", 0.001],
  ["升", 0.001],
  ["dm3", 0.001],
  ["cm3", 1e-6],
]);

/** Headers that are their own unit: "公斤数", "吨数", "KGS", "Tonnage", "才数", "CBM". */
const IMPLIED: ReadonlyMap<string, PhysicalUnit> = new Map([
  ["公斤数", { kind: "weight", scale: 0.001 }],
  ["千克数", { kind: "weight", scale: 0.001 }],
  ["kgs", { kind: "weight", scale: 0.001 }],
  ["kg", { kind: "weight", scale: 0.001 }],
  ["吨数", { kind: "weight", scale: 1 }],
  ["实际吨数", { kind: "weight", scale: 1 }],
  ["计费吨", { kind: "weight", scale: 1 }],
  ["计费吨数", { kind: "weight", scale: 1 }],
  ["结算吨数", { kind: "weight", scale: 1 }],
  ["tonnage", { kind: "weight", scale: 1 }],
  ["tons", { kind: "weight", scale: 1 }],
  ["tonnes", { kind: "weight", scale: 1 }],
  ["才数", { kind: "volume", scale: CUBIC_FOOT }],
  ["材积", { kind: "volume", scale: CUBIC_FOOT }],
  ["才积", { kind: "volume", scale: CUBIC_FOOT }],
  ["cbm", { kind: "volume", scale: 1 }],
  ["m3", { kind: "volume", scale: 1 }],
  ["立方米", { kind: "volume", scale: 1 }],
]);

export interface PhysicalUnit {
  readonly kind: "weight" | "volume";
  /** Factor to tonnes or cubic metres. */
  readonly scale: number;
}

function unitOf(word: string): PhysicalUnit | null {
  const text = word.replace(/^(?:单位|unit|in)[:：\s]*/, "").trim();
  const weight = WEIGHT.get(text);
  if (weight !== undefined) return { kind: "weight", scale: weight };
  const volume = VOLUME.get(text);
  return volume === undefined ? null : { kind: "volume", scale: volume };
}

const BRACKETED = /[(（[【]([^)）\]】]*)[)）\]】]/g;
/** A unit glued to the end of a header or after a space or underscore ("重量kg", "Weight KG", "体积_m3"). */
const TRAILING = /(?:(?<=[^\u0020-\u007e])|[\s_])(kgs?|千克|公斤|吨|lbs?|磅|m3|cbm|立方米|立方|才|cft|升|t|mt|l)$/;

/**
 * The weight or volume unit a header names, from a bracket, its end, or the header itself; null when none.
 * `text` is the header lower case in Simplified characters, `core` what it names (see `readHeader`).
 * @example physicalUnit("重量(kg)", "重量") // { kind: "weight", scale: 0.001 }
 */
export function physicalUnit(text: string, core: string): PhysicalUnit | null {
  const normalized = text.normalize("NFKC").toLowerCase();
  for (const match of normalized.matchAll(BRACKETED)) {
    const unit = unitOf(match[1] ?? "");
    if (unit) return unit;
  }
  const trailing = TRAILING.exec(normalized.replace(BRACKETED, "").trim());
  if (trailing?.[1] !== undefined) return unitOf(trailing[1]);
  return IMPLIED.get(core) ?? null;
}
