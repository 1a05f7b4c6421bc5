/**
 * Words that name the same thing in headers, folded to one spelling before aliases are compared, so one alias
 * answers to all of them: 帳戶名稱 (Salesforce zh-TW) is 客户名称, 最后托运日 is 最近发货日期, "Account Mgr" is
 * "account manager", "Company owner" is "customer owner", "TEUs" is "teu". Both the aliases and the headers are
 * folded, so an alias may be written in any of the spellings.
 */

/** Chinese spellings, each replaced by the one after it wherever it occurs; longer ones first. */
const CJK: readonly (readonly [RegExp, string])[] = [
  [/[账帐]户/g, "客户"],
  [/拥有者|拥有人/g, "所有人"],
  [/出货|托运|发运|出运/g, "发货"],
  [/成交|往来/g, "交易"],
  [/合约|契约/g, "合同"],
  [/起始|起算/g, "开始"],
  [/路线/g, "线路"],
  [/状况/g, "情况"],
  [/业界|产业/g, "行业"],
  [/全名/g, "全称"],
  [/联络/g, "联系"],
  [/初次|第一次|首个|最早/g, "首次"],
  [/最后一次|最近一次|上一次|最后|最新|末次|上次/g, "最近"],
  // A date written as 日 or 时间 ("最近交易日", "签约时间") is the date.
  [/(..)(?:时间|日)$/g, "$1日期"],
];

/** English abbreviations, and the entity words CRMs use for the customer. */
const WORDS: Readonly<Record<string, string>> = {
  mgr: "manager",
  acct: "account",
  acc: "account",
  cust: "customer",
  amt: "amount",
  qty: "quantity",
  nbr: "number",
  num: "number",
  no: "number",
  dt: "date",
  rev: "revenue",
  addr: "address",
  avg: "average",
  pct: "percent",
  yr: "year",
  company: "customer",
  client: "customer",
  account: "customer",
};

/** Words ending in s that are not plurals. */
const NOT_PLURAL = new Set(["status", "bonus", "plus", "surplus", "focus", "census", "campus", "nexus", "gross"]);

/** "orders" and "order", "TEUs" and "TEU" alike; "status", "address", "basis" and short words stay as they are. */
function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s") || /(?:ss|is)$/.test(word) || NOT_PLURAL.has(word)) return word;
  return word.endsWith("ies") && word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

/** English words folded: abbreviations spelt out, customer for account/company/client, singular. */
export function foldWords(words: readonly string[]): string[] {
  return words.map((word) => singular(WORDS[word] ?? word));
}

/**
 * A normalised Chinese key folded to one spelling of each synonym.
 * @example foldChinese("最后托运日") // "最近发货日期"
 */
export function foldChinese(key: string): string {
  let folded = key;
  for (const [pattern, to] of CJK) folded = folded.replace(pattern, to);
  return folded;
}
