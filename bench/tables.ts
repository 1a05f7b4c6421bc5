/** Deterministic structured customer tables for benchmarks: what Excel hands over (numbers as numbers). */
import type { CellValue, Table } from "../src/engine";

export const BENCH_AS_OF = 46348; // 2026-11-22

export const BENCH_HEADERS = [
  "客户名称",
  "年交易额",
  "毛利率",
  "准时付款率",
  "逾期天数",
  "未结余额",
  "信用额度",
  "合作开始日期",
  "最近交易日期",
  "发展潜力",
  "财务状况",
  "投诉次数",
  "运输频次",
] as const;

/** Small, fast, seeded generator (mulberry32): the same table every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POTENTIAL = ["高", "中", "低"] as const;
const FINANCE = ["良好,长期合作", "一般,偶尔合作", "较差,偶尔合作", "良好,偶尔合作", "一般,长期合作"] as const;

export function structuredTable(rows: number, seed = 42): Table {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const body: CellValue[][] = new Array<CellValue[]>(rows);
  for (let r = 0; r < rows; r++) {
    const limit = Math.round(next() * 1_000_000) + 10_000;
    body[r] = [
      `客户${r + 1}`,
      Math.round(next() * 3_000_000),
      Math.round((next() * 0.4 - 0.05) * 1000) / 1000,
      Math.round((0.5 + next() * 0.5) * 1000) / 1000,
      Math.floor(next() * next() * 150),
      Math.round(next() * limit * 1.3),
      limit,
      40000 + Math.floor(next() * 6300),
      45500 + Math.floor(next() * 840),
      pick(POTENTIAL),
      pick(FINANCE),
      Math.floor(next() * next() * 8),
      pick([1, 4, 12, 24, 52, 104]),
    ];
  }
  return { headers: [...BENCH_HEADERS], rows: body };
}

/** Dates as an analyst or a CSV export writes them, the same day three ways. */
function dateText(serial: number, variant: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (variant === 0) return `${y}年${m}月${day}日`;
  if (variant === 1) return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return `${y}/${m}/${day}`;
}

const grouped = (n: number): string => n.toLocaleString("en-US");

/** An amount four ways: plain digits, `¥3,400`, `3,400.00`, `12.5万`. */
function moneyText(n: number, variant: number): string {
  if (variant === 0) return String(n);
  if (variant === 1) return `¥${grouped(n)}`;
  if (variant === 2) return `${grouped(n)}.00`;
  return `${n / 10_000}万`;
}

/** A share two ways: `95%` (one decimal of a point, as the numeric table has) or `0.95`. */
const shareText = (n: number, variant: number): string => (variant === 0 ? `${Math.round(n * 1000) / 10}%` : String(n));

const FREQUENCY_PHRASES: Readonly<Record<number, string>> = {
  1: "每年一次",
  4: "每季度一次",
  12: "每月一次",
  24: "每月两次",
  52: "每周一次",
  104: "每周两次",
};

/**
 * The rows of {@link structuredTable} with every number cell written as text the way CSV exports and
 * analysts write them (`12.5万`, `¥3,400`, `3,400.00`, `95%`, `0.95`, `30天`, `2026年3月1日`, `2026-03-01`,
 * `2026/3/1`, `每月两次`, plain digits): the formats rotate over the rows, column by column.
 */
export function textTypedTable(rows: number, seed = 42): Table {
  const numeric = structuredTable(rows, seed);
  const body = numeric.rows.map((cells, r) => {
    const n = (c: number): number => cells[c] as number;
    return [
      cells[0],
      moneyText(n(1), r % 4),
      shareText(n(2), r % 2),
      shareText(n(3), (r + 1) % 2),
      r % 2 === 0 ? `${n(4)}天` : String(n(4)),
      moneyText(n(5), (r + 1) % 4),
      moneyText(n(6), (r + 2) % 4),
      dateText(n(7), r % 3),
      dateText(n(8), (r + 1) % 3),
      cells[9],
      cells[10],
      String(n(11)),
      r % 2 === 0 ? (FREQUENCY_PHRASES[n(12)] as string) : String(n(12)),
    ] satisfies CellValue[];
  });
  return { headers: [...BENCH_HEADERS], rows: body };
}
