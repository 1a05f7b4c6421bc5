/**
 * A US distributor's receivables ageing joined with a year-to-date sales summary (QuickBooks' "A/R Aging
 * Summary" columns, as a NetSuite saved search exports them to CSV): buckets by days past due, money in USD.
 */
import { type Day, day, isoDate } from "./calendar";
import { drawCase } from "./cases";
import { type GeneratedFile, utf8 } from "./files";
import { companyNames } from "./names";
import { Random, clamp, round } from "./random";
import { csvText, grouped } from "./text";
import { type CustomerFacts, truthFile } from "./truth";

const AS_OF = day("2024-12-31");
const FILE = "ar-ageing-sales.en.csv";
const IMITATES =
  "QuickBooks / NetSuite style A/R ageing summary (Current, 1 - 30 … 91 and over, days past due) with sales and gross profit YTD in USD";
const CUSTOMERS = 180;

const HEADERS = [
  "Customer",
  "Current",
  "1 - 30",
  "31 - 60",
  "61 - 90",
  "91 and over",
  "Total",
  "Sales YTD (USD)",
  "Gross Profit YTD (USD)",
  "Last Invoice Date",
  "Customer Since",
  "Terms",
  "Credit Limit",
];

const PLACES = [
  "Lakeside",
  "Pacific",
  "Summit",
  "Redwood",
  "Harbor",
  "Granite",
  "Prairie",
  "Atlas",
  "Liberty",
  "Cedar",
  "Northstar",
  "Bluewater",
  "Ironwood",
  "Golden State",
  "Keystone",
  "Riverbend",
];
const TRADES = [
  "Foods",
  "Supply",
  "Manufacturing",
  "Distributors",
  "Electronics",
  "Outfitters",
  "Builders",
  "Medical",
  "Auto Parts",
  "Packaging",
  "Furniture",
  "Beverages",
];
const SUFFIXES = [", Inc.", " LLC", " Co.", " Corp.", ", Inc.", " Group"];
const TERMS = ["Net 30", "Net 30", "Net 45", "Net 60", "Due on receipt", "2% 10 Net 30"];

const usd = (amount: number): string => grouped(amount, 2);

function customerRow(random: Random, name: string, rank: number): { cells: string[]; facts: CustomerFacts } {
  const kind = drawCase(random, rank, CUSTOMERS, { overdue: 0.08, loss: 0.07, lapsed: 0.08 });
  const sales =
    kind === "lapsed"
      ? 0
      : round(clamp(2_400_000 * Math.exp(-rank / 22) * random.lognormal(0, 0.35), 800, 5_000_000), 2);
  const margin = kind === "loss" ? -random.uniform(0.01, 0.12) : clamp(0.24 + 0.07 * random.normal(), 0.03, 0.5);
  const profit = round(sales * margin, 2);
  // A month or so of sales is open; most of it not yet due, some a little late.
  const open = round((sales / 12) * random.uniform(0.6, 1.4), 2);
  const current = round(open * random.uniform(0.6, 0.85), 2);
  const late30 = round((open - current) * random.uniform(0.5, 1), 2);
  const late60 = random.chance(0.2) ? round(open - current - late30, 2) : 0;
  const late90 = random.chance(0.08) && kind !== "overdue" ? round(random.uniform(200, 6_000), 2) : 0;
  let over90 = kind === "overdue" ? round(random.uniform(1_500, 120_000), 2) : 0;
  if (kind === "lapsed" && random.chance(0.5)) over90 = round(random.uniform(500, 25_000), 2);
  const total = round(current + late30 + late60 + late90 + over90, 2);
  const lastInvoice: Day =
    kind === "lapsed" ? random.int(day("2022-09-01"), day("2023-12-20")) : AS_OF - random.int(0, 60);
  const since: Day = random.int(day("2009-01-01"), kind === "lapsed" ? day("2022-06-30") : day("2024-08-31"));
  const credit = Math.max(5_000, Math.round((open * random.uniform(1.5, 3)) / 5_000) * 5_000);
  const cells = [
    name,
    usd(current),
    usd(late30),
    usd(late60),
    usd(late90),
    usd(over90),
    usd(total),
    usd(sales),
    usd(profit),
    isoDate(lastInvoice),
    isoDate(since),
    random.pick(TERMS),
    usd(credit),
  ];
  return {
    cells,
    facts: { key: name, revenue: sales, profit, lastBusiness: lastInvoice, overdue90WithBalance: over90 > 0 },
  };
}

export function arAgeingFiles(): GeneratedFile[] {
  const random = new Random(1_030_060);
  const names = companyNames(random, CUSTOMERS, PLACES, TRADES, SUFFIXES, (p, t, s) => `${p} ${t}${s}`);
  // The report lists customers alphabetically.
  const rows = names
    .map((name, rank) => customerRow(random, name, rank))
    .sort((a, b) => (a.facts.key < b.facts.key ? -1 : a.facts.key > b.facts.key ? 1 : 0));
  // Windows line ends, no byte-order mark: the saved search's "Export - CSV".
  const text = csvText([HEADERS, ...rows.map((r) => r.cells)], "\r\n");
  return [
    { name: FILE, bytes: utf8(text) },
    truthFile(
      FILE,
      IMITATES,
      AS_OF,
      rows.map((r) => r.facts),
    ),
  ];
}
