/**
 * Headers built from parts whose words vary freely: "first / last" + a business event + "date" (首次成交日期,
 * 最后托运日, 最近开船日, First Sale Date, LastShipDate, Recent Deal Close Date), a pivot table's "Min of / Max of
 * Order Date", and an event + a count (本月托运笔数, 今年出车趟数). Listing every combination as an alias would
 * miss the next one; reading the parts finds them all. Keys arrive folded (see `synonyms`): 最后 is 最近,
 * 托运 is 发货, 成交 is 交易, a trailing 日 or 时间 is 日期.
 */
import type { FieldId } from "../fields";

/** What a customer does with us: ordering, shipping, being billed. A follow-up call or a visit is not one. */
const EVENT_CJK =
  "下单|订单|交易|发货|发车|出车|用车|派车|开船|开航|离港|出港|装船|装货|装车|提货|配送|派送|送货|订舱|委托|开票|业务|采购|购买|消费|进货|合作";
const FIRST_CJK = new RegExp(`^(?:首次(?:${EVENT_CJK})|首单|首笔(?:${EVENT_CJK})?)(?:日期)?$`);
const LAST_CJK = new RegExp(`^最近(?:${EVENT_CJK})(?:日期)?$`);
/** "开始交易日期", "交易开始日" (往来起始日 folds to it): when the business began. */
const START_CJK = new RegExp(`^(?:开始(?:${EVENT_CJK})|(?:${EVENT_CJK})开始)(?:日期)?$`);
const EVENT_DATE_CJK = new RegExp(`^(?:${EVENT_CJK})日期$`);
const COUNT_CJK = new RegExp(
  `^(?:${EVENT_CJK}|运单|托运)(?:票数|票量|笔数|次数|单数|单量|趟数|趟次|车次|车数|批次|票|笔|单|趟)$`,
);

const EVENT_EN = new Set([
  "order",
  "purchase",
  "sale",
  "shipment",
  "ship",
  "shipping",
  "transaction",
  "invoice",
  "booking",
  "deal",
  "delivery",
  "job",
  "load",
  "consignment",
  "trade",
  "sailing",
  "close",
  "closed",
  "closing",
  "won",
  "billing",
  "pickup",
  "dispatch",
  "shipped",
  "ordered",
  "invoiced",
  "purchased",
  "booked",
  "delivered",
]);
const FIRST_EN = new Set(["first", "earliest", "initial", "1st"]);
const LAST_EN = new Set(["last", "latest", "recent", "newest", "lastest", "previous"]);
const DATE_EN = new Set(["date", "day", "time", "on"]);

/** Whether the words are one to three event words and, optionally, a date word. */
function eventWords(words: readonly string[], dateRequired: boolean): boolean {
  const last = words[words.length - 1];
  const dated = last !== undefined && DATE_EN.has(last);
  const events = dated ? words.slice(0, -1) : words;
  return (dated || !dateRequired) && events.length >= 1 && events.length <= 3 && events.every((w) => EVENT_EN.has(w));
}

/** The first or last date a header names: its qualifier word, then the event ("Date of Last Order" too). */
function dateOfEnglish(all: readonly string[]): FieldId | null {
  const words = all[0] === "date" && all[1] === "of" ? [...all.slice(2), "date"] : all;
  const [head, second] = words;
  if (head === undefined) return null;
  if (FIRST_EN.has(head) && eventWords(words.slice(1), false)) return "relationshipStart";
  if (head === "most" && second === "recent" && eventWords(words.slice(2), false)) return "lastTransaction";
  if (LAST_EN.has(head) && eventWords(words.slice(1), false)) return "lastTransaction";
  return null;
}

export interface CompoundInput {
  /** The folded key: Chinese, or English words joined. */
  readonly key: string;
  /** The folded English words. */
  readonly words: readonly string[];
  readonly chinese: boolean;
  readonly extreme: "min" | "max" | null;
}

/**
 * The date field a first/last header names, or null.
 * @example compoundDate({ key: "最近发货日期", words: [], chinese: true, extreme: null }) // "lastTransaction"
 */
export function compoundDate(input: CompoundInput): FieldId | null {
  const { key, words, chinese, extreme } = input;
  if (extreme !== null) {
    const eventDate = chinese ? EVENT_DATE_CJK.test(key) : eventWords(words, true);
    if (eventDate) return extreme === "min" ? "relationshipStart" : "lastTransaction";
  }
  if (chinese) {
    if (FIRST_CJK.test(key) || START_CJK.test(key)) return "relationshipStart";
    return LAST_CJK.test(key) ? "lastTransaction" : null;
  }
  return dateOfEnglish(words);
}

/** Things a customer's business is counted in (folded to the singular). */
const COUNTED_EN = new Set(["order", "shipment", "booking", "job", "load", "consignment", "waybill", "trip", "move"]);
const COUNT_EN = new Set(["count", "number", "total", "quantity"]);

/** "Load Count", "Number of Trips", "Total Jobs": an event counted. */
function countOfEnglish(words: readonly string[]): boolean {
  const [a, b, c] = words;
  if (words.length === 2)
    return (COUNTED_EN.has(a ?? "") && COUNT_EN.has(b ?? "")) || (a === "total" && COUNTED_EN.has(b ?? ""));
  return words.length === 3 && COUNT_EN.has(a ?? "") && b === "of" && COUNTED_EN.has(c ?? "");
}

/**
 * The order count an event + count header names ("本月托运笔数" → 发货笔数, "Load Count"), or null.
 * @example compoundCount({ key: "出车趟数", words: [], chinese: true, extreme: null }) // "orderCount"
 */
export function compoundCount(input: CompoundInput): FieldId | null {
  const counted = input.chinese ? COUNT_CJK.test(input.key) : countOfEnglish(input.words);
  return counted ? "orderCount" : null;
}
