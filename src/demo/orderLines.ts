/**
 * The demo's fourth table: the waybill lines (运单明细) a mainland TMS exports, made up by a small seeded
 * generator so the "customers from order lines" part has something to build from: about 40 shippers over the
 * two years before the demo's today, some steady, some new, some that stopped shipping, so the RFM view shows
 * several types. The same `today` gives the same lines (the end-to-end tests read them back from the workbook).
 */
import type { TableSpec } from "../simulator";

const HEADERS = ["运单号", "发货日期", "客户名称", "起运地", "目的地", "货物名称", "重量(kg)", "运费(元)", "成本(元)"];

const NAMES = [
  "华通",
  "申达",
  "远航",
  "盛世",
  "恒信",
  "佳运",
  "联运",
  "顺源",
  "海鸿",
  "金桥",
  "宏达",
  "瑞丰",
  "天宇",
  "永安",
];
const TRADES = ["电子", "物资", "汽配", "食品", "建材", "医药", "纺织", "家居", "化工", "机械"];
const CITIES = ["上海", "苏州", "宁波", "广州", "深圳", "天津", "武汉", "成都", "郑州", "西安"];
const CARGO = ["电子元件", "日用品", "汽车配件", "冷链食品", "建材", "医药", "服装", "家具"];

const CUSTOMERS = 40;
const DAYS = 730;

/** mulberry32: a tiny seeded generator, so the demo's lines are the same on every load of a day. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const isoDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

interface Shipper {
  readonly name: string;
  /** Lines per 30 days while active. */
  readonly rate: number;
  /** Freight of a typical line, 元. */
  readonly size: number;
  /** Days before today the shipper started and stopped shipping (start > stop). */
  readonly start: number;
  readonly stop: number;
  readonly from: string;
}

function shippers(next: () => number): Shipper[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: CUSTOMERS }, (_, i) => {
    const kind = next();
    // 15% new (started this year), 20% lapsed (stopped months ago), the rest steady.
    const start = kind < 0.15 ? 30 + Math.floor(next() * 300) : DAYS;
    const stop = kind > 0.8 ? 60 + Math.floor(next() * 400) : 0;
    return {
      name: `${NAMES[i % NAMES.length]}${TRADES[(i + Math.floor(i / NAMES.length) * 3) % TRADES.length]}`,
      rate: 0.2 + next() * next() * 1.6,
      size: Math.round(300 + next() * next() * 6000),
      start: Math.max(start, stop + 30),
      stop,
      from: pick(CITIES),
    };
  });
}

/** The lines table as of `today` (lines dated from two years before it to the day before). */
export function demoOrderLines(today: Date): Pick<TableSpec, "headers" | "rows"> {
  const next = random(20261207);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const lines: { day: number; row: (string | number)[] }[] = [];
  const line = (shipper: Shipper, day: number): void => {
    const freight = Math.round(shipper.size * (0.5 + next()) * 100) / 100;
    const cost = Math.round(freight * (0.7 + next() * 0.25) * 100) / 100;
    const weight = Math.round(freight * 0.4 * 10) / 10;
    lines.push({ day, row: [shipper.name, shipper.from, pick(CITIES), pick(CARGO), weight, freight, cost] });
  };
  for (const shipper of shippers(next)) {
    const before = lines.length;
    for (let day = shipper.start; day > shipper.stop; day -= 1) if (next() < shipper.rate / 30) line(shipper, day);
    // A shipper of the list ships at least once: on its last active day.
    if (lines.length === before) line(shipper, shipper.stop + 1);
  }
  lines.sort((a, b) => b.day - a.day);
  let sequence = 0;
  let previous = "";
  const rows = lines.map(({ day, row }) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - day);
    const iso = isoDate(date);
    sequence = iso === previous ? sequence + 1 : 1;
    previous = iso;
    const [customer, ...rest] = row;
    return [`YD${iso.replaceAll("-", "")}${pad(sequence, 4)}`, iso, customer as string, ...rest];
  });
  return { headers: HEADERS, rows };
}
