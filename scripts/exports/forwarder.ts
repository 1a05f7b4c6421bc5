/**
 * A Chinese freight forwarder's (货代) customer report for the last twelve months, saved as a GBK CSV by its
 * operations system: 票数 and TEU, revenue in 万元 and 毛利 without a unit, 账期 (agreed terms, not overdue
 * days) beside the real 逾期天数, credit and receivable in 元.
 */
import iconv from "iconv-lite";
import { type Day, day } from "./calendar";
import { drawCase } from "./cases";
import type { GeneratedFile } from "./files";
import { companyNames, staffNames } from "./names";
import { Random, clamp, round } from "./random";
import { csvText } from "./text";
import { type CustomerFacts, truthFile } from "./truth";

const AS_OF = day("2025-09-30");
const FILE = "forwarder-customers.zh-CN.csv";
const IMITATES =
  "a Chinese forwarder's customer report (货代系统 客户分析表) for the last 12 months, exported as a GBK CSV";
const CUSTOMERS = 120;

const HEADERS = [
  "客户名称",
  "客户类型",
  "销售",
  "近12个月票数",
  "近12个月TEU",
  "营业收入（万元）",
  "毛利",
  "账期(天)",
  "信用额度",
  "应收余额",
  "逾期天数",
  "最近出货日期",
  "建档日期",
  "主要航线",
];

const PLACES = ["宁波", "义乌", "东莞", "佛山", "厦门", "青岛", "苏州", "杭州", "温州", "泉州", "中山", "无锡"];
const TRADES = ["家电", "灯饰", "五金", "玩具", "服饰", "家具", "光伏", "卫浴", "鞋业", "电子", "日用品", "纺织"];
const SUFFIXES = ["进出口有限公司", "贸易有限公司", "实业有限公司", "国际物流有限公司", "供应链管理有限公司"];
const LANES = ["美西", "美东", "欧洲", "东南亚", "中东", "日韩", "澳新", "南美", "美西/美东", "欧洲/地中海"];

/** 2025/09/12, as the system writes dates. */
function systemDate(value: Day): string {
  const d = new Date(value * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

function customerRow(
  random: Random,
  name: string,
  sales: readonly string[],
  rank: number,
): { cells: string[]; facts: CustomerFacts } {
  const kind = drawCase(random, rank, CUSTOMERS, { overdue: 0.07, loss: 0.08, lapsed: 0.08 });
  const peer = random.chance(0.3); // 同行: another forwarder booking through us
  const teu =
    kind === "lapsed" ? 0 : round(clamp(1_800 * Math.exp(-rank / 14) * random.lognormal(0, 0.35), 0.5, 6_000), 1);
  const bookings = kind === "lapsed" ? 0 : Math.max(1, Math.round(teu / random.uniform(1.3, 2.2)));
  const revenue = kind === "lapsed" ? 0 : round(teu * random.uniform(0.9, 1.6), 2); // 万元: roughly ¥9,000–16,000 a TEU
  const marginRate =
    kind === "loss" ? -random.uniform(0.01, 0.08) : clamp((peer ? 0.05 : 0.1) + 0.04 * random.normal(), 0.01, 0.25);
  const profit = round(revenue * marginRate, 2);
  // Big shippers negotiate long terms: 90 or 120 days is agreed, not overdue.
  const terms = rank < CUSTOMERS * 0.15 ? random.pick([60, 90, 120, 120]) : random.pick([0, 15, 30, 30, 45, 60]);
  const credit =
    terms === 0
      ? 0
      : Math.max(50_000, Math.round((revenue * 10_000 * (terms / 365) * random.uniform(1.2, 2)) / 50_000) * 50_000);
  let balance = terms === 0 ? 0 : round(revenue * 10_000 * (terms / 365) * random.uniform(0.6, 1.1), 2);
  let overdue = balance > 0 && random.chance(0.25) ? random.int(1, 45) : 0;
  if (kind === "overdue") {
    balance = round(balance + random.uniform(20_000, 600_000), 2);
    overdue = random.int(95, 260);
  }
  if (kind === "lapsed" && random.chance(0.5)) {
    balance = round(random.uniform(8_000, 150_000), 2);
    overdue = random.int(200, 500);
  }
  const lastShipped: Day =
    kind === "lapsed" ? random.int(day("2023-05-01"), day("2024-09-15")) : AS_OF - random.int(0, 50);
  const created: Day = random.int(day("2012-01-01"), kind === "lapsed" ? day("2023-01-31") : day("2025-03-31"));
  const cells = [
    name,
    peer ? "同行" : "直客",
    random.pick(sales),
    String(bookings),
    teu.toFixed(1),
    revenue.toFixed(2),
    profit.toFixed(2),
    String(terms),
    String(credit),
    balance.toFixed(2),
    String(overdue),
    systemDate(lastShipped),
    systemDate(created),
    random.pick(LANES),
  ];
  return {
    cells,
    facts: { key: name, revenue, profit, lastBusiness: lastShipped, overdue90WithBalance: overdue > 90 && balance > 0 },
  };
}

export function forwarderFiles(): GeneratedFile[] {
  const random = new Random(852_021);
  const sales = staffNames(random, 7);
  const names = companyNames(random, CUSTOMERS, PLACES, TRADES, SUFFIXES, (p, t, s) => p + t + s);
  const built = names.map((name, rank) => customerRow(random, name, sales, rank));
  // Sorted by revenue, as the report's default view; the lapsed customers sink to the bottom.
  const rows = built
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.facts.revenue - a.row.facts.revenue || a.i - b.i)
    .map((x) => x.row);
  const text = csvText([HEADERS, ...rows.map((r) => r.cells)], "\r\n");
  return [
    { name: FILE, bytes: new Uint8Array(iconv.encode(text, "gb18030")) },
    truthFile(
      FILE,
      IMITATES,
      AS_OF,
      rows.map((r) => r.facts),
    ),
  ];
}
