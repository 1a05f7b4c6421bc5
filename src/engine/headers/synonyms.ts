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
  // The parties a system sells to, by its own word: T100's 交易对象, a B2B platform's 订货商, a shop's 顾客 / 会员.
  // Their tier (会员等级, 订货商级别) is the platform's price or loyalty level, a segment, not the customer grade.
  [/订货商|分销商|代理商/g, "经销商"],
  // T100's 交易对象类型 says whether the party is a customer, a supplier or both: not the customer's segment.
  [/交易对象(?!等级|级别|类型)|(?:经销商|进出口商|顾客|会员)(?!等级|级别)/g, "客户"],
  // A customer's number is its 编号 however a system spells it (客户代码, 月结卡号, 客户账号).
  [/(?<=..)(?:编码|代码|代号|账号|卡号)$/g, "编号"],
  [/合约|契约/g, "合同"],
  [/起始|起算/g, "开始"],
  // Taiwanese forms write a start date as 起日 ("契約起日", "合作起日").
  [/(?<=.)起日$/g, "开始日期"],
  [/路线/g, "线路"],
  [/状况|现况|现状/g, "情况"],
  [/业界|产业|同业/g, "行业"],
  [/要求/g, "需求"],
  // "准时付款比例" is the rate "准时付款率".
  [/(?<=.)(?:比例|比率|百分比)$/g, "率"],
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
  bal: "balance",
  inv: "invoice",
  sls: "sales",
  slsman: "salesman",
  bd: "sales",
  gid: "id",
  tier: "grade",
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
  // Chained once: "acct" is "account", which is "customer". "Est Date" is the date established ("Est. Revenue"
  // is an estimate, see fieldMatch).
  return words.map((word, i) => {
    if (word === "est" && words[i + 1] === "date") return "established";
    const spelt = WORDS[word] ?? word;
    return singular(WORDS[spelt] ?? spelt);
  });
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
