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
