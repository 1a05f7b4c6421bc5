/**
 * A Superstore-style retailer's customer extract for 2017, one row per customer, in English and in Chinese:
 * the same 793 customers and numbers, other words (and in Chinese, amounts typed as ¥ text, dates mixed).
 */
import { type Day, cjkDate, day, isoDate, slashDate } from "./calendar";
import { type GeneratedFile, utf8 } from "./files";
import { people } from "./names";
import { Random, clamp, round } from "./random";
import { grouped, csvText } from "./text";
import { type CustomerFacts, truthJson } from "./truth";

const SUPERSTORE_AS_OF = day("2017-12-31");
const CUSTOMERS = 793;
const YEAR_START = day("2017-01-01");
const YEAR_END = day("2017-12-30");

type Segment = 0 | 1 | 2;
type Region = 0 | 1 | 2 | 3;
type ShipMode = 0 | 1 | 2 | 3;

interface Customer {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly segment: Segment;
  readonly region: Region;
  readonly sales: number;
  readonly profit: number;
  readonly orders: number;
  readonly firstOrder: Day;
  readonly lastOrder: Day;
  readonly shipMode: ShipMode;
}

const SEGMENTS = { en: ["Consumer", "Corporate", "Home Office"], zh: ["消费者", "公司", "小型企业"] } as const;
const REGIONS = { en: ["Central", "East", "South", "West"], zh: ["中部", "东部", "南部", "西部"] } as const;
const SHIP_MODES = {
  en: ["Standard Class", "Second Class", "First Class", "Same Day"],
  zh: ["标准级", "二级", "一级", "当日"],
} as const;

/** The year the customer first ordered: most were won in the first years of the data. */
function firstOrderYear(random: Random): number {
  return random.weighted([
    [2014, 45],
    [2015, 25],
    [2016, 18],
    [2017, 12],
  ]);
}

function yearRange(year: number): [Day, Day] {
  return [day(`${year}-01-03`), day(`${year}-12-30`)];
}

function customer(random: Random, id: string, nameEn: string, nameZh: string): Customer {
  const segment = random.weighted<Segment>([
    [0, 52],
    [1, 30],
    [2, 18],
  ]);
  const region = random.weighted<Region>([
    [0, 23],
    [1, 28],
    [2, 16],
    [3, 33],
  ]);
  const shipMode = random.weighted<ShipMode>([
    [0, 60],
    [1, 20],
    [2, 15],
    [3, 5],
  ]);
  const year = firstOrderYear(random);
  const [from, to] = yearRange(year);
  let firstOrder = random.int(from, to);
  // About one customer in ten has not ordered for more than a year: nothing in 2017, zeros in its 2017 columns.
  const lapsed = year < 2017 && firstOrder < day("2016-11-01") && random.chance(0.12);
  if (lapsed) {
    const lastOrder = random.int(firstOrder, day("2016-12-20"));
    return { id, nameEn, nameZh, segment, region, shipMode, sales: 0, profit: 0, orders: 0, firstOrder, lastOrder };
  }
  // Size drives both how often and how much a customer buys, so the big accounts order often.
  const size = random.normal();
  const orders = clamp(Math.round(Math.exp(1.1 + 0.55 * size + 0.35 * random.normal())), 1, 15);
  const orderDays = Array.from({ length: orders }, () => random.int(Math.max(YEAR_START, firstOrder), YEAR_END));
  if (year === 2017) firstOrder = Math.min(...orderDays);
  const lastOrder = Math.max(...orderDays);
  const bigAccount = random.chance(0.012) ? 6 : 1;
  const sales = round(orders * random.lognormal(5.4 + 0.45 * size, 0.75) * bigAccount, 2);
  // Furniture and deep discounts leave a sixth or so of the customers at a loss for the year.
  const margin = random.chance(0.18) ? -random.uniform(0.02, 0.55) : clamp(0.15 + 0.08 * random.normal(), 0.01, 0.48);
  const profit = round(sales * margin, 2);
  return { id, nameEn, nameZh, segment, region, shipMode, sales, profit, orders, firstOrder, lastOrder };
}

function customers(): Customer[] {
  const random = new Random(2017_0793);
  const names = people(random, CUSTOMERS);
  const ids = new Set<string>();
  return names.map((name) => {
    let id: string;
    do id = `${name.initials}-${random.int(10000, 99999)}`;
    while (ids.has(id));
    ids.add(id);
    return customer(random, id, name.en, name.zh);
  });
}

const facts = (list: readonly Customer[]): CustomerFacts[] =>
  list.map((c) => ({
    key: c.id,
    revenue: c.sales,
    profit: c.profit,
    lastBusiness: c.lastOrder,
    overdue90WithBalance: null,
  }));

const IMITATES_EN =
  "a CRM's customer report of a Superstore-style retailer (one row per customer, a year's sales, profit and orders)";
const IMITATES_ZH = "the same CRM report with a Chinese locale: ¥ amounts typed as text, dates typed two ways";

function englishCsv(list: readonly Customer[]): string {
  const headers = [
    "Customer ID",
    "Customer Name",
    "Segment",
    "Region",
    "Sales (2017)",
    "Profit (2017)",
    "Orders (2017)",
    "First Order Date",
    "Last Order Date",
    "Ship Mode",
  ];
  const rows = list.map((c) => [
    c.id,
    c.nameEn,
    SEGMENTS.en[c.segment],
    REGIONS.en[c.region],
    c.sales.toFixed(2),
    c.profit.toFixed(2),
    String(c.orders),
    isoDate(c.firstOrder),
    isoDate(c.lastOrder),
    SHIP_MODES.en[c.shipMode],
  ]);
  // A CRM's download: UTF-8 without a byte-order mark, LF line ends.
  return csvText([headers, ...rows], "\n");
}

/** ¥14,203.28 and ¥-1,234.50, as Excel's Chinese currency format shows them (typed over as text). */
const yuan = (amount: number): string => (amount < 0 ? `¥-${grouped(-amount, 2)}` : `¥${grouped(amount, 2)}`);

function chineseCsv(list: readonly Customer[], random: Random): string {
  const headers = [
    "客户编号",
    "客户名称",
    "细分",
    "地区",
    "2017年销售额(元)",
    "2017年利润(元)",
    "2017年订单数",
    "首次下单日期",
    "最近下单日期",
    "常用运输方式",
  ];
  const date = (d: Day): string => (random.chance(0.5) ? cjkDate(d) : slashDate(d));
  const rows = list.map((c) => [
    c.id,
    c.nameZh,
    SEGMENTS.zh[c.segment],
    REGIONS.zh[c.region],
    yuan(c.sales),
    yuan(c.profit),
    String(c.orders),
    date(c.firstOrder),
    date(c.lastOrder),
    SHIP_MODES.zh[c.shipMode],
  ]);
  // Saved from Excel as "CSV UTF-8": a byte-order mark and CRLF line ends.
  return "\uFEFF" + csvText([headers, ...rows], "\r\n");
}

export function superstoreFiles(): GeneratedFile[] {
  const list = customers();
  // The Chinese copy was sorted by customer code before it was saved; the English one keeps the CRM's order.
  const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const en = "crm-superstore.en.csv";
  const zh = "crm-superstore.zh-CN.csv";
  return [
    { name: en, bytes: utf8(englishCsv(list)) },
    { name: `${en}.truth.json`, bytes: utf8(truthJson(en, IMITATES_EN, SUPERSTORE_AS_OF, facts(list))) },
    { name: zh, bytes: utf8(chineseCsv(sorted, new Random(86))) },
    { name: `${zh}.truth.json`, bytes: utf8(truthJson(zh, IMITATES_ZH, SUPERSTORE_AS_OF, facts(sorted))) },
  ];
}
