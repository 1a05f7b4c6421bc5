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
  "下单|订单|订货|交易|发货|发车|出车|用车|派车|开船|开航|离港|出港|装船|装货|装车|提货|揽收|揽件|寄件|收件|配送|派送|送货|订舱|委托|开票|业务|采购|购买|消费|进货|销售|销货|合作";
/** "首单", "首票日期", "首笔交易": the first of what a business counts (an order, a waybill, a deal). */
const FIRST_CJK = new RegExp(`^(?:首次(?:${EVENT_CJK})|首[单票]|首笔(?:${EVENT_CJK})?)(?:日期)?$`);
const LAST_CJK = new RegExp(`^最近(?:${EVENT_CJK})(?:日期)?$`);
/** "开始交易日期", "交易开始日" (往来起始日 folds to it): when the business began. */
const START_CJK = new RegExp(`^(?:开始(?:${EVENT_CJK})|(?:${EVENT_CJK})开始)(?:日期)?$`);
const EVENT_DATE_CJK = new RegExp(`^(?:${EVENT_CJK})日期$`);
const COUNT_CJK = new RegExp(
  `^(?:${EVENT_CJK}|运单|托运)(?:票数|票量|笔数|次数|单数|单量|趟数|趟次|车次|车数|批次|票|笔|单|趟)$`,
);
/**
 * Documents counted by the piece: "报单件数" is customs declarations, "寄件数" parcels sent (one waybill each);
 * a bare 件数 stays pieces of cargo.
 */
const DOCUMENTS_CJK = /^(?:报单|报关单|报关|寄件|揽件|收件|派件)(?:件数|数|数量|量|票数)$/;
/** An event's money: "订货金额", "近12个月订货额", "开票总额" is what the customer was billed for it. */
const AMOUNT_CJK = new RegExp(`^(?:${EVENT_CJK})(?:金额|总额|总金额|额)$`);

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
const COUNTED_EN = new Set([
  "order",
  "shipment",
  "booking",
  "job",
  "load",
  "consignment",
  "waybill",
  "trip",
  "move",
  "invoice",
  "deal",
]);
const COUNT_EN = new Set(["count", "number", "total", "quantity"]);

/** "Load Count", "Number of Trips", "Total Jobs": an event counted ("Order Number", "Invoice No" identify one). */
function countOfEnglish(words: readonly string[]): boolean {
  const [a, b, c] = words;
  if (words.length === 2)
    return (
      (COUNTED_EN.has(a ?? "") && COUNT_EN.has(b ?? "") && b !== "number") || (a === "total" && COUNTED_EN.has(b ?? ""))
    );
  return words.length === 3 && COUNT_EN.has(a ?? "") && b === "of" && COUNTED_EN.has(c ?? "");
}

/**
 * The order count an event + count header names ("本月托运笔数" → 发货笔数, "Load Count"), or null.
 * @example compoundCount({ key: "出车趟数", words: [], chinese: true, extreme: null }) // "orderCount"
 */
export function compoundCount(input: CompoundInput): FieldId | null {
  const counted = input.chinese
    ? COUNT_CJK.test(input.key) || DOCUMENTS_CJK.test(input.key)
    : countOfEnglish(input.words);
  return counted ? "orderCount" : null;
}

/** A pivot table's "Count of Deals", "计数项:订单": the events counted, however the system words the event. */
export function countedEvents(input: CompoundInput): boolean {
  if (input.chinese) return new RegExp(`^(?:${EVENT_CJK}|运单)$`).test(input.key);
  return input.words.length === 1 && COUNTED_EN.has(input.words[0] ?? "");
}

/**
 * The amount an event + money header names ("订货金额", "开票总额"), or null.
 * @example compoundAmount({ key: "订货额", words: [], chinese: true, extreme: null }) // "annualAmount"
 */
export function compoundAmount(input: CompoundInput): FieldId | null {
  return input.chinese && AMOUNT_CJK.test(input.key) ? "annualAmount" : null;
}
