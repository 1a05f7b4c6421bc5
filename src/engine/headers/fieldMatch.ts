/**
 * Which fields a read header may name, each with how it was decided and a confidence: the whole header is an
 * alias (1); what it names once its period, unit and synonyms are set aside is one, or it is read from its
 * parts (0.9–0.95, "qualified"); or it contains an alias (0.5–0.9, by how much of the header the alias covers).
 * A header's unit or words then rule out fields of the wrong kind: "毛利(%)" is a margin rate, not a profit
 * amount; "逾期金额" is money, not days; "发货量(吨)" is a tonnage, not a number of shipments.
 */
import { FIELDS, FIELD_IDS, type FieldId, type ValueType } from "../fields";
import { hasNonAscii } from "../values/text";
import { type CompoundInput, compoundAmount, compoundCount, compoundDate, countedEvents } from "./compounds";
import { type HeaderReading, normalizeKey, readHeader } from "./readHeader";
import { foldChinese, foldWords } from "./synonyms";
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
  /** What the alias names, folded (see `synonyms`). */
  readonly core: string;
  /** What the alias names before folding. */
  readonly rawCore: string;
  readonly words: readonly string[];
}

interface AliasIndex {
  readonly byKey: ReadonlyMap<string, AliasEntry>;
  /** Input fields by folded core. */
  readonly byCore: ReadonlyMap<string, AliasEntry>;
  /** Aliases a header may contain, longest first (input fields only). */
  readonly partial: readonly AliasEntry[];
  /** Chinese aliases too general to be contained, that still tie with a contained one of their length. */
  readonly tying: readonly AliasEntry[];
}

/** A header's core as aliases are indexed: folded synonyms, English words joined. */
function folded(reading: HeaderReading): { readonly key: string; readonly words: readonly string[] } {
  const words = foldWords(reading.words);
  return { key: hasNonAscii(reading.core) ? foldChinese(reading.core) : words.join(""), words };
}

/**
 * Words that name no field alone: an alias that is one once its period or unit is set aside ("annual amount")
 * is not indexed by it, so "Outstanding Amount" is not read as a year's amount.
 */
const GENERIC = new Set(
  "amount|value|total|sum|number|count|quantity|date|金额|额|数量|数|量|合计|总计|总额|日期|次数".split("|"),
);

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
      const fold = folded(reading);
      const entry = { field, alias, core: fold.key, rawCore: reading.core, words: fold.words };
      claim(byKey, reading.key, entry, "alias");
      if (FIELDS[field].role === "input" && !GENERIC.has(fold.key)) claim(byCore, fold.key, entry, "alias core");
    }
  }
  const inputs = [...byCore.values()];
  const partial = inputs.filter(longEnoughToContain).sort((a, b) => b.core.length - a.core.length);
  const tying = inputs.filter((e) => hasNonAscii(e.core) && e.core.length >= 2 && !longEnoughToContain(e));
  index = { byKey, byCore, partial, tying };
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
const WHOLE_HEADER_ONLY = new Set([
  ..."客户|公司|企业|单位|名称|编号|编码|代码|代号|类型|分类|简称|销售|业务|余额|额度|收入|运费|省|城市|状态|所有人".split(
    "|",
  ),
  ...foldWords(
    "customer|company|account|client|name|status|type|category|limit|balance|partner|sales|state|market|area|zone|branch|owner|income|billing|since|goods|products|weight|volume|contact|id|code".split(
      "|",
    ),
  ),
]);

/** Shortest alias a header may contain: one Chinese word, or an English word of four letters or more. */
function longEnoughToContain(entry: AliasEntry): boolean {
  if (WHOLE_HEADER_ONLY.has(entry.core) || WHOLE_HEADER_ONLY.has(entry.words.join(" "))) return false;
  if (hasNonAscii(entry.core)) return entry.core.length >= 2;
  return entry.words.length > 1 || (entry.words[0]?.length ?? 0) >= 4;
}

/**
 * What may follow a contained alias: headers name their thing last ("Main Phone", "首要联系人"), so an alias
 * followed by another noun names something of it ("Phone Type", "区域经理", "业务员电话" are not a phone or a
 * region), unless that noun only says "its name", "its total" or, for a field of categories, "its kind".
 */
const NEUTRAL_TAIL = new Set(
  "名称|姓名|名字|名|全称|合计|总计|总额|汇总|金额|数据|信息|明细|别|amount|value|total|sum|name|info|information|detail|data|figure|summary".split(
    "|",
  ),
);
const KIND_TAIL = new Set("类别|类型|种类|分类|类|type|category|class|group|kind".split("|"));
/** Fields whose values are categories: "货品类别" is still the cargo, "Industry Group" the industry. */
const CATEGORY_FIELDS = new Set<FieldId>(["cargoType", "industry", "segment", "servicePreferences", "region"]);

function tailAllowed(tail: readonly string[], field: FieldId): boolean {
  return tail.every((t) => NEUTRAL_TAIL.has(t) || (KIND_TAIL.has(t) && CATEGORY_FIELDS.has(field)));
}

/** Whether `words` holds `alias` as a run of whole words ending the header, or before neutral words. */
function containsWords(words: readonly string[], alias: readonly string[], field: FieldId): boolean {
  if (alias.length === 0 || alias.length > words.length) return false;
  for (let i = 0; i + alias.length <= words.length; i++)
    if (alias.every((word, k) => words[i + k] === word) && tailAllowed(words.slice(i + alias.length), field))
      return true;
  return false;
}

/** Whether a Chinese key holds `alias` at its end, or before a neutral word. */
function containsChinese(key: string, alias: string, field: FieldId): boolean {
  const at = key.lastIndexOf(alias);
  if (at < 0) return false;
  const tail = key.slice(at + alias.length);
  return tail === "" || tailAllowed([tail], field);
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
const COUNTERPART: Readonly<Partial<Record<FieldId, FieldId>>> = {
  profit: "grossMargin",
  grossMargin: "profit",
  orderCount: "volume",
};

/** Words that make a header something else than the field it contains: a price, a target, a change. */
const NOT_A_FIELD =
  /单价|价格|报价|折扣|优惠|税率|税号|目标|预测|预估|预计|预算|计划|明年|下年度|同比|环比|增长|增幅|应付|成本|费用|预收|邮箱|邮件|网址|网站|传真|\bprice\b|discount|budget|target|forecast|estimated|\best\b(?!\.?\s*date)|projected|next\s*year|quota|growth|change|variance|\btax\b|\bplan\b|\byoy\b|payable|\bcosts?\b|expense|e-?mail|website|\burl\b|\bfax\b|\bwip\b|company\s*code/;

/** A figure per unit of work ("Revenue per Mile", "单票收入", "每公斤运价") is a rate or price, not the total. */
const PER_UNIT =
  /\bper\s*(?:mile|km|kilo(?:metre|meter|gram)?|kg|lb|ton(?:ne)?|pallet|shipment|order|unit|load|trip|piece|cbm|teu|head)\b|每(?:公里|公斤|千克|吨|票|单|趟|板|方|件)|单(?:公里|公斤|吨|票|趟|板|方|件)(?!数)|(?:票|单|趟|车)均/;

/** "Avg Rev/Load", "运费/票": a figure divided by a unit of work, written with a slash. */
const PER_UNIT_SLASH =
  /\/\s*(?:mile|km|kg|lb|ton(?:ne)?|pallet|shipment|order|unit|load|trip|piece|cbm|teu)s?\b|\/\s*(?:公里|公斤|吨|票|单|趟|板|方|件)$/;

/** Whether a header is a figure per unit of work: a price or a rate, not a total. */
export function perUnit(reading: HeaderReading): boolean {
  return PER_UNIT_SLASH.test(reading.text) || [reading.core, reading.words.join(" ")].some((t) => PER_UNIT.test(t));
}

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

/** Fields whose cells are narrower than their type: a number of orders is not a tonnage. */
const FIELD_ACCEPTS: Readonly<Partial<Record<FieldId, readonly UnitKind[]>>> = { orderCount: ["count"] };

function fits(field: FieldId, hint: UnitKind | null): boolean {
  return hint === null || (FIELD_ACCEPTS[field] ?? ACCEPTS[FIELDS[field].type]).includes(hint);
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
function contained(fold: ReturnType<typeof folded>): FieldCandidate[] {
  const chinese = hasNonAscii(fold.key);
  const { partial, tying } = aliasIndex();
  let best = 0;
  let whole = 1;
  const found: FieldCandidate[] = [];
  const add = (entry: AliasEntry, size: number): void => {
    if (!found.some((c) => c.field === entry.field))
      found.push({
        field: entry.field,
        alias: entry.alias,
        via: "contains",
        confidence: round2(0.5 + (0.4 * size) / whole),
      });
  };
  for (const entry of partial) {
    const ascii = !hasNonAscii(entry.core);
    const size = ascii ? entry.words.length : entry.core.length;
    whole = ascii ? Math.max(fold.words.length, 1) : fold.key.length;
    if (size < best || size >= whole) continue;
    const hit = ascii
      ? containsWords(fold.words, entry.words, entry.field)
      : chinese && containsChinese(fold.key, entry.core, entry.field);
    if (!hit) continue;
    if (size > best) found.length = 0;
    best = size;
    add(entry, size);
  }
  // "客户电话": 客户 is too general to be read inside a header, but as long as 电话 it makes the reading a tie.
  if (chinese && found.length > 0) {
    whole = fold.key.length;
    for (const entry of tying) if (entry.core.length === best && fold.key.includes(entry.core)) add(entry, best);
  }
  return found;
}

/** Words in front of an address part that say whose address it is: 账单城市 is a city, "Billing City" too. */
const ADDRESS_OWNER =
  /^(?:账单|开票|发票|注册|办公|邮寄|通讯|通信|billing|mailing|registered|office|billto|invoice)(.+)$/;
/** What such an owner word may qualify: an address and its parts, not a number ("发票代码" is the invoice's). */
const OWNED_FIELDS = new Set<FieldId>(["address", "region", "contact", "phone"]);
/** A date's word at the end: "Became a Customer Date" is "became a customer". */
const DATE_END = /^(.+?)(?:日期|date)$/;
/** The yes/no columns a header's topic names when it says its values are yes or no ("Contract (Y/N)"). */
const YES_NO_TOPICS: readonly (readonly [RegExp, FieldId])[] = [[/contract|签约|签合同|合同/, "contractSigned"]];

const TOTAL_WORDS = new Set(["total", "cumulative", "overall", "grand", "sum"]);

/** The key without a word saying it is a total: "运费合计", "累计收入", "订单总数", "Sales Total", "Total AR". */
function withoutTotal(fold: ReturnType<typeof folded>): string {
  if (!hasNonAscii(fold.key)) return fold.words.filter((w) => !TOTAL_WORDS.has(w)).join("");
  return fold.key
    .replace(/^(?:累计|总)(?=..)/, "")
    .replace(/(?<=..)(?:合计|总计|汇总|小计|累计)$/, "")
    .replace(/(?<=.)总([数量额])$/, "$1");
}

const qualified = (entry: AliasEntry, confidence: number): FieldCandidate => ({
  field: entry.field,
  alias: entry.alias,
  via: "qualified",
  confidence,
});

const made = (field: FieldId, alias: string): FieldCandidate => ({ field, alias, via: "qualified", confidence: 0.9 });

/** A fee's income ("报关费收入", "仓储费收入"): what the customer paid for a service, its revenue. */
const FEE_INCOME = /^.+费(?:收入|营收)$/;

/**
 * Words in front of what a header names that only say where the figure was taken: a transport mode or a trade
 * direction ("Sea TEU", "出口票数"), or a belonging ("所属门店", "归属导购"). Tried only when the whole names nothing.
 */
const LEADING_QUALIFIER_CJK = /^(?:海运|空运|陆运|铁路|进出口|进口|出口|国内|国际|所属|归属)(?=..)/;
const LEADING_QUALIFIER_EN = new Set([
  "sea",
  "ocean",
  "air",
  "road",
  "rail",
  "import",
  "export",
  "inbound",
  "outbound",
  "domestic",
  "international",
]);

/** The fold without a leading qualifier, or null when it has none. */
function withoutLeadingQualifier(fold: ReturnType<typeof folded>): ReturnType<typeof folded> | null {
  if (hasNonAscii(fold.key)) {
    const key = fold.key.replace(LEADING_QUALIFIER_CJK, "");
    // "所属公司" is the group company a record belongs to: after a belonging, a word too general alone says nothing.
    const belonging = /^(?:所属|归属)/.test(fold.key);
    return key === fold.key || (belonging && WHOLE_HEADER_ONLY.has(key)) ? null : { key, words: fold.words };
  }
  // A query's table prefix ("Customer_TerritoryID") is such a word too, before what is not the customer itself.
  const [head, ...rest] = fold.words;
  const table = head === "customer";
  if (rest.length === 0 || (!LEADING_QUALIFIER_EN.has(head ?? "") && !table)) return null;
  if (table && WHOLE_HEADER_ONLY.has(rest.join(" "))) return null;
  return { key: rest.join(""), words: rest };
}

/** Fields whose code names them as well as their name does: a salesperson's or a territory's code. */
const CODED_FIELDS = new Set<FieldId>(["accountManager", "region", "segment", "industry"]);
const CODE_WORDS = new Set(["id", "code", "number"]);

/**
 * A code of a thing names the thing ("Salesperson ID", "REGION_GID", "Group Code", "业务员编号"); the customer's
 * code is the customer id. Other codes (an order's, an invoice's) name no field.
 */
function codeOf(
  fold: ReturnType<typeof folded>,
  lookup: (key: string) => AliasEntry | undefined,
): FieldCandidate | null {
  const chinese = hasNonAscii(fold.key);
  const last = fold.words[fold.words.length - 1];
  let rest: string | null = null;
  if (chinese) rest = /^(.{2,})编号$/.exec(fold.key)?.[1] ?? null;
  else if (fold.words.length > 1 && CODE_WORDS.has(last ?? "")) rest = fold.words.slice(0, -1).join("");
  // A word too general alone is not a thing with a code: a forwarder's 业务编号 is a job's number.
  const entry = rest === null || WHOLE_HEADER_ONLY.has(rest) ? undefined : lookup(rest);
  if (!entry || WHOLE_HEADER_ONLY.has(entry.words.join(" "))) return null;
  if (entry.field === "customerName") return made("customerId", entry.alias);
  return CODED_FIELDS.has(entry.field) ? { ...qualified(entry, 0.85) } : null;
}

/** What the header names once its period, unit and synonyms are set aside, or read from its parts. */
function qualifiedCandidate(reading: HeaderReading, fold: ReturnType<typeof folded>): FieldCandidate | null {
  const found = qualifiedOf(reading, fold);
  if (found) return found;
  const bare = withoutLeadingQualifier(fold);
  return bare && scaledTo(qualifiedOf(reading, bare), 0.9);
}

const scaledTo = (candidate: FieldCandidate | null, factor: number): FieldCandidate | null =>
  candidate && { ...candidate, confidence: round2(candidate.confidence * factor) };

function qualifiedOf(reading: HeaderReading, fold: ReturnType<typeof folded>): FieldCandidate | null {
  const { byCore } = aliasIndex();
  const chinese = hasNonAscii(fold.key);
  const compoundOf = (key: string, words: readonly string[]): CompoundInput => ({
    key,
    words,
    chinese,
    extreme: reading.extreme,
  });
  const compound = compoundOf(fold.key, fold.words);
  if (reading.countOf && (ORDER_NUMBERS.has(fold.key) || countedEvents(compound)))
    return made("orderCount", reading.core);
  const core = byCore.get(fold.key);
  if (core) return qualified(core, core.rawCore === reading.core ? 0.95 : 0.92);
  const glued = reading.glued ? byCore.get(foldChinese(reading.glued.core)) : undefined;
  if (glued) return qualified(glued, 0.93);
  const built = compoundDate(compound) ?? compoundCount(compound) ?? compoundAmount(compound);
  if (built) return made(built, reading.core);
  const untotalled = withoutTotal(fold);
  const total = byCore.get(untotalled);
  if (total) return qualified(total, 0.9);
  // "累计消费次数", "Total Invoice Count": a total of an event counted.
  const totalled = compoundCount(
    compoundOf(
      untotalled,
      fold.words.filter((w) => !TOTAL_WORDS.has(w)),
    ),
  );
  if (totalled && untotalled !== fold.key) return made(totalled, reading.core);
  if (chinese && FEE_INCOME.test(fold.key)) return made("annualAmount", reading.core);
  const coded = codeOf(fold, (key) => byCore.get(key));
  if (coded) return coded;
  // "Name 1", "Telephone 2": a numbered copy of a field.
  const numbered = /^(.+\D)[1-3]$/.exec(fold.key);
  const copy = numbered?.[1] === undefined ? undefined : byCore.get(numbered[1]);
  if (copy) return qualified(copy, 0.9);
  const owned = ADDRESS_OWNER.exec(fold.key)?.[1];
  const part = owned === undefined ? undefined : byCore.get(owned);
  if (part && OWNED_FIELDS.has(part.field)) return qualified(part, 0.9);
  const undated = DATE_END.exec(fold.key)?.[1];
  const dated = undated === undefined ? undefined : byCore.get(undated);
  if (dated && FIELDS[dated.field].type === "date") return qualified(dated, 0.9);
  if (reading.yesNo) {
    const topic = YES_NO_TOPICS.find(([pattern]) => pattern.test(fold.key));
    if (topic) return made(topic[1], reading.core);
  }
  return null;
}

/** A count per week or per day is a rate of shipping: a frequency, not a number of orders. */
function asRate(candidate: FieldCandidate, reading: HeaderReading): FieldCandidate {
  const kind = reading.period?.kind;
  return candidate.field === "orderCount" && (kind === "perWeek" || kind === "perDay")
    ? { ...candidate, field: "frequency" }
    : candidate;
}

/**
 * Every field the header may name, most likely first; more than one at the top confidence is a tie.
 * @example candidatesFor(readHeader("本年运费收入(万元)"))[0] // { field: "annualAmount", via: "qualified", ... }
 */
/**
 * An alias that itself names a period ("annual amount"), with the header's period before or after it: "YTD
 * annual amount" is the alias once "YTD" is set aside, though setting every period aside leaves only "amount".
 */
function aliasBesideItsPeriod(reading: HeaderReading): FieldCandidate | null {
  if (reading.periodText === "") return null;
  const qualifier = normalizeKey(reading.periodText);
  const at = reading.key.indexOf(qualifier);
  if (qualifier === "" || at < 0) return null;
  const entry = aliasIndex().byKey.get(reading.key.slice(0, at) + reading.key.slice(at + qualifier.length));
  return entry ? { field: entry.field, alias: entry.alias, via: "qualified", confidence: 0.95 } : null;
}

export function candidatesFor(reading: HeaderReading): FieldCandidate[] {
  if (reading.system) return [];
  const exact = aliasIndex().byKey.get(reading.key);
  let found: FieldCandidate[];
  if (exact) {
    found = [{ field: exact.field, alias: exact.alias, via: "alias", confidence: 1 }];
  } else if ([reading.core, reading.words.join(" ")].some((t) => NOT_A_FIELD.test(t)) || perUnit(reading)) {
    return [];
  } else {
    const fold = folded(reading);
    const one = qualifiedCandidate(reading, fold) ?? aliasBesideItsPeriod(reading);
    found = one ? [one] : contained(fold);
  }
  const hint = reading.hint;
  // The unit first: "日均发货量(吨)" is a tonnage (volume), not a rate of shipments.
  return found
    .flatMap((c) => fitted(c, hint) ?? [])
    .map((c) => asRate(c, reading))
    .sort((a, b) => b.confidence - a.confidence);
}
