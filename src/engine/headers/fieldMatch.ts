/**
 * Which fields a read header may name, each with how it was decided and a confidence: the whole header is an
 * alias (1), what it names once its period and unit are set aside is one (0.95), or it contains an alias (0.5–0.9,
 * by how much of the header the alias covers). A header's unit or words then rule out fields of the wrong
 * kind: "毛利(%)" is a margin rate, not a profit amount; "逾期金额" is money, not days.
 */
import { FIELDS, FIELD_IDS, type FieldId, type ValueType } from "../fields";
import { hasNonAscii } from "../values/text";
import { type HeaderReading, readHeader } from "./readHeader";
import type { UnitKind } from "./units";

export type MatchVia = "alias" | "qualified" | "contains";

export interface FieldCandidate {
  readonly field: FieldId;
  /** 0–1: how sure the reading is. */
  readonly confidence: number;
  readonly via: MatchVia;
  /** The alias the header matched, as listed in `FIELDS`. */
  readonly alias: string;
}

interface AliasEntry {
  readonly field: FieldId;
  readonly alias: string;
  readonly core: string;
  readonly words: readonly string[];
}

interface AliasIndex {
  readonly byKey: ReadonlyMap<string, AliasEntry>;
  readonly byCore: ReadonlyMap<string, AliasEntry>;
  /** Aliases a header may contain, longest first (input fields only). */
  readonly partial: readonly AliasEntry[];
}

let index: AliasIndex | undefined;

function claim(map: Map<string, AliasEntry>, key: string, entry: AliasEntry, what: string): void {
  const previous = map.get(key);
  if (previous !== undefined && previous.field !== entry.field) {
    throw new Error(
      `Header ${what} "${key}" is claimed by both ${previous.field} ("${previous.alias}") and ${entry.field} ("${entry.alias}")`,
    );
  }
  if (previous === undefined) map.set(key, entry);
}

/** Built once from `FIELDS`: every alias read as a header is, so "年交易额(万元)" and "年交易额" index alike. */
function aliasIndex(): AliasIndex {
  if (index) return index;
  const byKey = new Map<string, AliasEntry>();
  const byCore = new Map<string, AliasEntry>();
  for (const field of FIELD_IDS) {
    for (const alias of FIELDS[field].aliases) {
      const reading = readHeader(alias);
      const entry = { field, alias, core: reading.core, words: reading.words };
      claim(byKey, reading.key, entry, "alias");
      if (FIELDS[field].role === "input") claim(byCore, reading.core, entry, "alias core");
    }
  }
  const partial = [...byCore.values()]
    .filter((e) => FIELDS[e.field].role === "input" && longEnoughToContain(e))
    .sort((a, b) => b.core.length - a.core.length);
  index = { byKey, byCore, partial };
  return index;
}

/** Every alias key and its field; tests use it to prove no alias is claimed twice. */
export function aliasTable(): ReadonlyMap<string, FieldId> {
  return new Map([...aliasIndex().byKey].map(([key, entry]) => [key, entry.field]));
}

/**
 * Aliases that name their field only as the whole header: words so general that headers of other things
 * contain them ("客户评价" is not a customer name, "销售成本" not a salesperson, "预收余额" not a receivable).
 */
const WHOLE_HEADER_ONLY = new Set(
  "客户|公司|企业|单位|名称|编号|编码|代码|代号|类型|简称|销售|业务|余额|额度|收入|运费|省|城市|状态|customer|company|account|client|name|status|type|limit|balance|partner|sales|state|market|area|zone|branch|owner|income|billing|since|goods|products|weight|volume|contact".split(
    "|",
  ),
);

/** Shortest alias a header may contain: one Chinese word, or an English word of four letters or more. */
function longEnoughToContain(entry: AliasEntry): boolean {
  if (WHOLE_HEADER_ONLY.has(entry.core) || WHOLE_HEADER_ONLY.has(entry.words.join(" "))) return false;
  if (hasNonAscii(entry.core)) return entry.core.length >= 2;
  return entry.words.length > 1 || (entry.words[0]?.length ?? 0) >= 4;
}

const singular = (word: string): string => (word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word);

/** Whether `words` holds `alias` as a run of whole words ("Total Sales Amount" holds "sales amount"). */
function containsWords(words: readonly string[], alias: readonly string[]): boolean {
  if (alias.length === 0 || alias.length > words.length) return false;
  const a = alias.map(singular);
  const w = words.map(singular);
  for (let i = 0; i + a.length <= w.length; i++) if (a.every((word, k) => w[i + k] === word)) return true;
  return false;
}

/** Kinds of value each field's cells may be, by what a header says of them; null (it says nothing) always fits. */
const ACCEPTS: Readonly<Record<ValueType, readonly UnitKind[]>> = {
  text: [],
  money: ["money"],
  count: ["count", "physical"],
  percent: ["percent"],
  days: ["days"],
  date: [],
  frequency: ["count"],
  boolean: [],
  grade: [],
};

/** The rate of an amount and the amount of a rate: a header's unit moves a match across the pair. */
const COUNTERPART: Readonly<Partial<Record<FieldId, FieldId>>> = { profit: "grossMargin", grossMargin: "profit" };

/** Words that make a header something else than the field it contains: a price, a target, a change. */
const NOT_A_FIELD =
  /单价|价格|报价|折扣|优惠|税率|税号|目标|预测|预算|计划|同比|环比|增长|增幅|应付|成本|费用|预收|\bprice\b|discount|budget|target|forecast|quota|growth|change|variance|\btax\b|\bplan\b|\byoy\b|payable|\bcosts?\b|expense/;

/** What a pivot table's "计数项:" counts when it counts orders. */
const ORDER_NUMBERS = new Set([
  "订单号",
  "订单编号",
  "运单号",
  "运单编号",
  "单号",
  "orderid",
  "orderno",
  "ordernumber",
  "waybill",
  "waybillno",
]);

function fits(field: FieldId, hint: UnitKind | null): boolean {
  return hint === null || ACCEPTS[FIELDS[field].type].includes(hint);
}

/** The candidate moved to the field the header's unit allows, or null when none does. */
function fitted(candidate: FieldCandidate, hint: UnitKind | null): FieldCandidate | null {
  if (fits(candidate.field, hint)) return candidate;
  const other = COUNTERPART[candidate.field];
  return other !== undefined && fits(other, hint)
    ? { ...candidate, field: other, confidence: round2(candidate.confidence * 0.95) }
    : null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Fields the longest contained aliases name (a tie between fields is reported as ambiguous by the caller). */
function contained(reading: HeaderReading): FieldCandidate[] {
  const chinese = hasNonAscii(reading.core);
  let best = 0;
  const found: FieldCandidate[] = [];
  for (const entry of aliasIndex().partial) {
    const ascii = !hasNonAscii(entry.core);
    const size = ascii ? entry.words.length : entry.core.length;
    const whole = ascii ? Math.max(reading.words.length, 1) : reading.core.length;
    if (size < best || size >= whole) continue;
    const hit = ascii ? containsWords(reading.words, entry.words) : chinese && reading.core.includes(entry.core);
    if (!hit) continue;
    if (size > best) found.length = 0;
    best = size;
    if (!found.some((c) => c.field === entry.field)) {
      found.push({
        field: entry.field,
        alias: entry.alias,
        via: "contains",
        confidence: round2(0.5 + (0.4 * size) / whole),
      });
    }
  }
  return found;
}

/**
 * Every field the header may name, most likely first; more than one at the top confidence is a tie.
 * @example candidatesFor(readHeader("本年运费收入(万元)"))[0] // { field: "annualAmount", via: "qualified", ... }
 */
export function candidatesFor(reading: HeaderReading): FieldCandidate[] {
  const { byKey, byCore } = aliasIndex();
  const exact = byKey.get(reading.key);
  let found: FieldCandidate[] = [];
  if (exact) {
    found = [{ field: exact.field, alias: exact.alias, via: "alias", confidence: 1 }];
  } else if (NOT_A_FIELD.test(reading.core) || NOT_A_FIELD.test(reading.words.join(" "))) {
    return [];
  } else {
    const core = byCore.get(reading.core) ?? (reading.glued ? byCore.get(reading.glued.core) : undefined);
    if (reading.countOf && ORDER_NUMBERS.has(reading.core)) {
      found = [{ field: "orderCount", alias: reading.core, via: "qualified", confidence: 0.9 }];
    } else if (core) {
      const glued = byCore.get(reading.core) === undefined;
      found = [{ field: core.field, alias: core.alias, via: "qualified", confidence: glued ? 0.93 : 0.95 }];
    } else {
      found = contained(reading);
    }
  }
  const hint = reading.hint;
  return found.flatMap((c) => fitted(c, hint) ?? []).sort((a, b) => b.confidence - a.confidence);
}
