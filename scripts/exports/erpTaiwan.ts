/**
 * A Taiwanese distributor's customer sheet from its ERP (鼎新 / 正航 style): sales in 千元, the margin as a
 * percent number, the receivable split into ageing buckets and no single overdue column.
 */
import { type Day, day, utcDate } from "./calendar";
import { drawCase } from "./cases";
import { type GeneratedFile, type SheetCell, xlsxBytes } from "./files";
import { companyNames, staffNames } from "./names";
import { Random, clamp, round } from "./random";
import { type CustomerFacts, truthFile } from "./truth";

const AS_OF = day("2025-12-31");
const FILE = "erp-customers.zh-TW.xlsx";
const IMITATES =
  "a zh-TW ERP's customer sheet (鼎新 / 正航 style): 千元 sales, 毛利率(%), receivable ageing buckets in NT$";
const CUSTOMERS = 150;

const HEADERS = [
  "客戶代號",
  "客戶簡稱",
  "業務人員",
  "本年度銷貨金額(千元)",
  "毛利率(%)",
  "應收帳款",
  "帳齡 0-30天",
  "帳齡 31-60天",
  "帳齡 61-90天",
  "帳齡 90天以上",
  "最近交易日",
  "建檔日期",
  "付款條件",
  "信用額度",
];

const PLACES = ["台北", "新北", "桃園", "新竹", "台中", "彰化", "台南", "高雄", "宜蘭", "嘉義", "屏東", "基隆"];
const TRADES = [
  "電子",
  "精密",
  "塑膠",
  "食品",
  "紡織",
  "機械",
  "光電",
  "化工",
  "五金",
  "包材",
  "醫材",
  "家具",
  "汽配",
  "茶業",
];
const SUFFIXES = ["", "興業", "實業", "企業", "科技", "工業", "貿易"];
const TERMS = ["月結30天", "月結60天", "月結90天", "貨到付款", "T/T 30天"];

function customerRow(
  random: Random,
  code: string,
  name: string,
  staff: readonly string[],
  rank: number,
): { cells: SheetCell[]; facts: CustomerFacts } {
  const kind = drawCase(random, rank, CUSTOMERS, { overdue: 0.07, loss: 0.08, lapsed: 0.09 });
  const sales =
    kind === "lapsed" ? 0 : Math.round(clamp(60_000 * Math.exp(-rank / 18) * random.lognormal(0, 0.3), 120, 250_000));
  const marginPct =
    kind === "lapsed"
      ? 0
      : kind === "loss"
        ? -round(random.uniform(0.5, 9), 1)
        : round(clamp(18 + 7 * random.normal(), 2, 42), 1);
  const term = random.pick(TERMS);
  // The receivable in NT$ (not 千元): about one and a half months of sales, spread over the young buckets.
  const owed = kind === "lapsed" || term === "貨到付款" ? 0 : Math.round(sales * 1000 * random.uniform(0.08, 0.16));
  const young = Math.round(owed * random.uniform(0.55, 0.75));
  const late = random.chance(0.25) ? Math.round((owed - young) * random.uniform(0.1, 0.4)) : 0;
  const bucket31 = owed - young - late;
  let over90 = 0;
  if (kind === "overdue") over90 = Math.round(random.uniform(30_000, 900_000));
  if (kind === "lapsed" && random.chance(0.4)) over90 = Math.round(random.uniform(20_000, 300_000));
  const total = young + bucket31 + late + over90;
  const lastDeal: Day =
    kind === "lapsed" ? random.int(day("2023-06-01"), day("2024-11-30")) : AS_OF - random.int(0, 75);
  const created: Day = random.int(day("2008-01-01"), kind === "lapsed" ? day("2022-12-31") : day("2025-06-30"));
  const credit =
    term === "貨到付款" ? 0 : Math.max(100_000, Math.round((owed * random.uniform(1.3, 2.5)) / 100_000) * 100_000);
  const cells: SheetCell[] = [
    code,
    name,
    random.pick(staff),
    sales,
    marginPct,
    total,
    young,
    bucket31,
    late,
    over90,
    utcDate(lastDeal),
    utcDate(created),
    term,
    credit,
  ];
  return {
    cells,
    facts: { key: code, revenue: sales, profit: marginPct, lastBusiness: lastDeal, overdue90WithBalance: over90 > 0 },
  };
}

export async function erpTaiwanFiles(): Promise<GeneratedFile[]> {
  const random = new Random(886);
  const staff = staffNames(random, 8);
  const names = companyNames(random, CUSTOMERS, PLACES, TRADES, SUFFIXES, (p, t, s) => p + t + s);
  // Codes were given in the order customers were entered, not by size; the ERP lists them by code.
  const codes = random.shuffle(names.map((_, i) => `C${String(1001 + i * 7).padStart(5, "0")}`));
  const rows = names
    .map((name, rank) => customerRow(random, codes[rank] ?? "", name, staff, rank))
    .sort((a, b) => (a.facts.key < b.facts.key ? -1 : a.facts.key > b.facts.key ? 1 : 0));
  const money = "#,##0";
  const bytes = await xlsxBytes({
    sheetName: "客戶資料",
    headers: HEADERS,
    rows: rows.map((r) => r.cells),
    formats: {
      "本年度銷貨金額(千元)": money,
      "毛利率(%)": "0.0",
      應收帳款: money,
      "帳齡 0-30天": money,
      "帳齡 31-60天": money,
      "帳齡 61-90天": money,
      "帳齡 90天以上": money,
      最近交易日: "yyyy/mm/dd",
      建檔日期: "yyyy/mm/dd",
      信用額度: money,
    },
    creator: "ERP",
  });
  return [
    { name: FILE, bytes },
    truthFile(
      FILE,
      IMITATES,
      AS_OF,
      rows.map((r) => r.facts),
    ),
  ];
}
