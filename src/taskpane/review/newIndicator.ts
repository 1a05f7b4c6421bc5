/**
 * "Use as → a new indicator of my rules", as pure functions: a guess of the column's type from its header and
 * values, the range a number column is scored over, an id for the new field, a words column's ordered values
 * turned into a word list, and the rule-set JSON with the field and its criterion added. The dialog only asks.
 */
import { type Localized, type WordEntry, parseDate, partsFromSerial } from "../../engine";
import {
  CUSTOM_FIELD_TYPES,
  type CustomFieldType,
  isBuiltInRef,
  normalizeToken,
  parseBoolean,
  readHeader,
  splitTokens,
} from "../../engine";
import type { ColumnValues } from "../../excel";
import type { Draft } from "../rules/draft";

export { CUSTOM_FIELD_TYPES as INDICATOR_TYPES, type CustomFieldType as IndicatorType };

/**
 * The points of the last word the analyst ranks. Not 0: it is the worst value they listed, not a missing one,
 * and the built-in lists end there too (差, 很低 → 20); a value not in the list counts as no value at all.
 */
export const WORDS_FLOOR = 20;

/** Which way a number counts. */
export type Direction = "higher" | "lower";

/** How the new indicator scores, in the units the JSON uses (money in base units, percent as a fraction, dates as serials). */
export type Scoring =
  | { readonly kind: "range"; readonly direction: Direction; readonly low: number; readonly high: number }
  | { readonly kind: "yesno"; readonly better: "yes" | "no" }
  | { readonly kind: "words"; readonly ordered: readonly string[] };

export type DimensionChoice =
  | { readonly kind: "existing"; readonly id: string }
  | { readonly kind: "new"; readonly label: Localized; readonly weight: number };

export interface NewIndicator {
  /** What the analyst named it: its id comes from it (or from the English label when the name has no ASCII). */
  readonly name: string;
  /** The column's header: the field's alias, so the engine reads this column as the field. */
  readonly header: string;
  readonly label: Localized;
  readonly type: CustomFieldType;
  readonly scoring: Scoring;
  readonly dimension: DimensionChoice;
  /** The criterion's weight within its dimension. */
  readonly weight: number;
}

/** The id a new "own indicators" dimension gets (numbered when taken). */
const OWN_DIMENSION_ID = "own-indicators";

const DATE_WORDS = /日期|时间|時間|年月|date|time|day$/i;
const LOWER_IS_BETTER =
  /余额|餘額|应收|應收|账龄|帳齡|逾期|欠款|投诉|投訴|差错|差錯|破损|破損|延误|延誤|成本|overdue|days past|complaint|damage|delay|cost|aging|ageing|balance|receivable/i;

/** The share of cells that must agree before a type is guessed from them. */
const MOST = 0.8;

/** A sensible type for the column, from its values first and its header's words and unit second. */
export function guessType(values: ColumnValues): CustomFieldType {
  const reading = readHeader(values.header);
  const textCells = values.texts.reduce((sum, t) => sum + t.count, 0) + values.otherTextCells;
  const numbers = values.numbers?.count ?? 0;
  const filled = numbers + textCells + values.booleans;
  if (filled === 0) return "words";
  const yesNoCells =
    values.booleans + values.texts.filter((t) => typeof yesNoOf(t.value) === "number").reduce((s, t) => s + t.count, 0);
  if (yesNoCells >= MOST * filled && (reading.yesNo || values.booleans > 0 || textCells > 0)) return "yesno";
  const dateTexts = values.texts.filter((t) => typeof parseDate(t.value) === "number").reduce((s, t) => s + t.count, 0);
  if (dateTexts >= MOST * textCells && textCells > 0 && dateTexts + numbers >= MOST * filled) return "date";
  if (numbers < MOST * filled) return "words";
  if (DATE_WORDS.test(values.header)) return "date";
  switch (reading.hint) {
    case "money":
      return "money";
    case "percent":
      return "percent";
    case "days":
      return "days";
    default:
      return "number";
  }
}

/** The engine's yes/no reading of a text (1, 0), or null. */
function yesNoOf(text: string): number | null {
  const read = parseBoolean(text);
  return typeof read === "number" && text.trim() !== "1" && text.trim() !== "0" ? read : null;
}

/** Lower is better for overdue days, complaints, costs; higher for anything else. */
export function guessDirection(header: string): Direction {
  return LOWER_IS_BETTER.test(header) ? "lower" : "higher";
}

/** What one shown number of the column is worth in the JSON: 万元 to 元, percentage points to a fraction. */
export function scaleOf(header: string, type: CustomFieldType): number {
  const reading = readHeader(header);
  const unit = reading.unit ?? reading.glued?.unit ?? null;
  if (type === "money" && unit?.kind === "money") return unit.scale;
  return 1;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const dateText = (serial: number): string => {
  const { year, month, day } = partsFromSerial(serial);
  return `${year}-${pad(month)}-${pad(day)}`;
};
const tidy = (n: number): string => String(Number(n.toPrecision(6)));

/**
 * The range to prefill, as the analyst reads the column (dates as YYYY-MM-DD, percents in %, money in the
 * column's own unit): its lowest and highest values; blank when it has none.
 */
export function prefillRange(type: CustomFieldType, values: ColumnValues): { low: string; high: string } {
  const range = numericRange(type, values);
  if (!range) return { low: "", high: "" };
  if (type === "date") return { low: dateText(range.min), high: dateText(range.max) };
  if (type === "percent") {
    const factor = Math.max(Math.abs(range.min), Math.abs(range.max)) <= 1 ? 100 : 1;
    return { low: tidy(range.min * factor), high: tidy(range.max * factor) };
  }
  return { low: tidy(range.min), high: tidy(range.max) };
}

function numericRange(type: CustomFieldType, values: ColumnValues): { min: number; max: number } | null {
  let min = values.numbers?.min ?? Infinity;
  let max = values.numbers?.max ?? -Infinity;
  if (type === "date") {
    for (const t of values.texts) {
      const serial = parseDate(t.value);
      if (typeof serial !== "number") continue;
      min = Math.min(min, serial);
      max = Math.max(max, serial);
    }
  }
  return min <= max ? { min, max } : null;
}

/** A range end as typed, in the JSON's units; null when it does not read as one. */
export function rangeValue(type: CustomFieldType, text: string, scale: number): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (type === "date") {
    const serial = parseDate(trimmed);
    return typeof serial === "number" ? serial : null;
  }
  const n = Number(trimmed.replace(/[,，\s]/g, ""));
  if (!Number.isFinite(n)) return null;
  return type === "percent" ? n / 100 : n * scale;
}

/** The linear criterion's ends: 0 points at `from`, 100 at `to`; null when the range is empty or reversed. */
export function linearEnds(direction: Direction, low: number, high: number): { from: number; to: number } | null {
  if (!(low < high)) return null;
  return direction === "higher" ? { from: low, to: high } : { from: high, to: low };
}

/**
 * An id for a field named `name`: kebab-case ASCII ("KPI score" → "kpi-score", "KPI得分" → "kpi"), numbered when
 * taken or built in; "own-1", "own-2" … when the name has no ASCII letter.
 */
export function indicatorId(name: string, taken: ReadonlySet<string>): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+|-+$/g, "");
  const free = (id: string) => !taken.has(id) && !isBuiltInRef(id);
  if (ascii === "") {
    let n = 1;
    while (!free(`own-${n}`)) n++;
    return `own-${n}`;
  }
  if (free(ascii)) return ascii;
  let n = 2;
  while (!free(`${ascii}-${n}`)) n++;
  return `${ascii}-${n}`;
}

/** Points of the word at `place` (0 = best) of `count`: 100 down to the floor in even steps. */
export function pointsAt(place: number, count: number, floor = WORDS_FLOOR): number {
  if (count <= 1) return 100;
  return Math.round(100 - (place * (100 - floor)) / (count - 1));
}

/**
 * The analyst's values, best first, as a word list: one entry per value, points falling with its place. A value
 * that packs several words ("月结,30天") gives them all; a word already placed higher keeps its place.
 */
export function wordEntries(ordered: readonly string[], floor = WORDS_FLOOR): WordEntry[] {
  const seen = new Set<string>();
  const entries: WordEntry[] = [];
  ordered.forEach((value, place) => {
    const tokens = splitTokens(value);
    // One word as typed (its case kept); several as the engine splits them.
    const words = (tokens.length === 1 ? [value.trim()] : tokens).filter((w) => {
      const key = normalizeToken(w);
      if (key === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (words.length > 0) entries.push({ words, points: pointsAt(place, ordered.length, floor) });
  });
  return entries;
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const out = [...items];
  const item = out[index];
  const other = out[to];
  if (item === undefined || other === undefined) return out;
  out[index] = other;
  out[to] = item;
  return out;
}

function numbered(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

type Criterion = Draft["dimensions"][number]["criteria"][number];

function criterionOf(id: string, field: string, spec: NewIndicator): Criterion {
  const common = { id, field, weight: spec.weight, label: spec.label };
  const { scoring } = spec;
  switch (scoring.kind) {
    case "words":
      return {
        ...common,
        kind: "words",
        entries: wordEntries(scoring.ordered).map((e) => ({ words: [...e.words], points: e.points })),
      };
    case "yesno":
      return { ...common, kind: "linear", ...(scoring.better === "yes" ? { from: 0, to: 1 } : { from: 1, to: 0 }) };
    case "range": {
      // An empty range is kept as typed: loadRuleSet refuses it with its path and the analyst's words.
      const ends = linearEnds(scoring.direction, scoring.low, scoring.high) ?? { from: scoring.low, to: scoring.low };
      return { ...common, kind: "linear", ...ends };
    }
  }
}

/**
 * The rule set with the new field (the header as its alias) and its criterion in the chosen dimension, or in a
 * new one added last. The draft is left as it is; ids are new and valid.
 */
export function addIndicator(draft: Draft, spec: NewIndicator): { readonly draft: Draft; readonly fieldId: string } {
  const fields = draft.fields ?? [];
  const named = [spec.name, spec.label.en].find((n) => /[a-z]/i.test(n)) ?? spec.name;
  const fieldId = indicatorId(named, new Set(fields.map((f) => f.id)));
  const ids = new Set([
    ...draft.dimensions.map((d) => d.id),
    ...draft.dimensions.flatMap((d) => d.criteria.map((c) => c.id)),
    ...(draft.rules ?? []).map((r) => r.id),
  ]);
  const criterion = criterionOf(numbered(fieldId, ids), fieldId, spec);
  const field = { id: fieldId, label: spec.label, aliases: [spec.header.trim()], type: spec.type };
  const { dimension } = spec;
  const dimensions =
    dimension.kind === "existing"
      ? draft.dimensions.map((d) => (d.id === dimension.id ? { ...d, criteria: [...d.criteria, criterion] } : d))
      : [
          ...draft.dimensions,
          {
            id: numbered(OWN_DIMENSION_ID, ids),
            label: dimension.label,
            weight: dimension.weight,
            criteria: [criterion],
          },
        ];
  return { draft: { ...draft, fields: [...fields, field], dimensions }, fieldId };
}

/** The dimension the dialog proposes: an "own indicators" one the analyst already added, else a new one (null). */
export function proposedDimension(dimensions: readonly { readonly id: string }[]): string | null {
  return dimensions.find((d) => d.id === OWN_DIMENSION_ID || d.id.startsWith(`${OWN_DIMENSION_ID}-`))?.id ?? null;
}
