/**
 * Customer tables graded by hidden analysts, for testing the fit: the table is what an analyst's export looks
 * like, the grade column is what they typed by hand, and the analyst's logic is theirs, written here as plain
 * code that never calls the engine (their own thresholds, points and caps, not ours).
 *
 * Where the shapes come from:
 * - "scorecard": the sales-manager spreadsheet of seed 000's kind, points per column added up and cut into
 *   A/B/C/D (the common form in logistics firms' 客户分级 workbooks: 4–6 columns, fixed bands of their own).
 * - "capped": the same with a credit-control veto (finance's "逾期超过60天一律不得高于C").
 * - "words": a relationship manager who grades from the qualitative columns a CRM keeps (财务状况, 合作情况,
 *   发展潜力) and only glances at the amount.
 * - "random": grades typed with no relation to the data, the control that must be reported as poor.
 * The tables are generated from a seed in zh-CN, zh-TW or English headers, with the value formats such exports
 * carry (amounts as numbers or "12.5万", rates as 0.93 or "93%").
 */
import type { Table } from "../../src/engine";
import { seeded } from "./seeded";

export type AnalystKind = "scorecard" | "capped" | "words" | "random";
export type TableLang = "zh-CN" | "zh-TW" | "en";

/** A customer as the generator drew it, before it is written into cells. */
export interface Customer {
  readonly name: string;
  readonly annualAmount: number;
  readonly grossMargin: number;
  readonly overdueDays: number;
  readonly onTimeRate: number;
  readonly shipmentsPerMonth: number;
  readonly outstanding: number;
  readonly financial: 0 | 1 | 2; // good, average, poor
  readonly cooperation: 0 | 1 | 2; // long-term, stable, occasional
  readonly potential: 0 | 1 | 2; // high, medium, low
}

const NAME_PARTS: Record<TableLang, readonly (readonly string[])[]> = {
  "zh-CN": [
    ["华东", "顺达", "宏图", "新锐", "远航", "金桥", "恒通", "东方", "瑞丰", "汇成"],
    ["电子", "机械", "化工", "食品", "服饰", "医药", "家电", "建材"],
    ["有限公司", "股份有限公司", "贸易公司", "实业有限公司"],
  ],
  "zh-TW": [
    ["台北", "宏達", "永豐", "新光", "遠東", "長榮", "統一", "和泰", "大同", "聯華"],
    ["電子", "機械", "化工", "食品", "紡織", "醫藥", "家電", "建材"],
    ["有限公司", "股份有限公司", "貿易公司", "實業有限公司"],
  ],
  en: [
    ["Northwind", "Contoso", "Fabrikam", "Harbor", "Summit", "Blue Ridge", "Pacific", "Meridian", "Atlas", "Cedar"],
    ["Electronics", "Machinery", "Chemicals", "Foods", "Apparel", "Pharma", "Appliances", "Materials"],
    ["Ltd", "Inc", "Trading Co", "Group"],
  ],
};

const HEADERS: Record<TableLang, readonly string[]> = {
  "zh-CN": [
    "客户名称",
    "年交易额(元)",
    "毛利率",
    "逾期天数",
    "准时付款率",
    "月均发货次数",
    "未结余额",
    "财务状况",
    "合作情况",
    "发展潜力",
  ],
  "zh-TW": [
    "客戶名稱",
    "年交易額",
    "毛利率",
    "逾期天數",
    "準時付款率",
    "每月出貨次數",
    "未結餘額",
    "財務狀況",
    "合作情況",
    "發展潛力",
  ],
  en: [
    "Customer",
    "Annual revenue",
    "Gross margin",
    "Days overdue",
    "On-time payment rate",
    "Shipments per month",
    "Outstanding balance",
    "Financial status",
    "Cooperation",
    "Potential",
  ],
};

/** The analyst's own grade column header, per language. */
export const GRADE_HEADER: Record<TableLang, string> = { "zh-CN": "客户等级", "zh-TW": "客戶等級", en: "Tier" };

const WORDS: Record<TableLang, { financial: string[]; cooperation: string[]; potential: string[] }> = {
  "zh-CN": {
    financial: ["良好", "一般", "较差"],
    cooperation: ["长期合作", "稳定合作", "偶尔合作"],
    potential: ["高", "中", "低"],
  },
  "zh-TW": {
    financial: ["良好", "一般", "較差"],
    cooperation: ["長期合作", "穩定合作", "偶爾合作"],
    potential: ["高", "中", "低"],
  },
  en: {
    financial: ["good", "average", "poor"],
    cooperation: ["long-term", "stable", "occasional"],
    potential: ["high", "medium", "low"],
  },
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A level 0–2 leaning on `lean` (0 good … 1 poor), so the words correlate with the figures as in real tables. */
function level(random: () => number, lean: number): 0 | 1 | 2 {
  const x = lean * 0.6 + random() * 0.4;
  return x < 0.33 ? 0 : x < 0.6 ? 1 : 2;
}

export function drawCustomers(seed: number, count: number, lang: TableLang): Customer[] {
  const random = seeded(seed);
  const parts = NAME_PARTS[lang];
  return Array.from({ length: count }, (_, i) => {
    const health = random(); // 0 healthy … 1 troubled: ties the columns together a little
    const annualAmount = Math.round(Math.exp(10.5 + random() * 5) / 100) * 100; // ≈ 36k … 5.4M
    const late = random() < 0.25 + health * 0.4;
    const overdueDays = late ? Math.round(1 + random() * random() * 180) : 0;
    return {
      name: `${pick(random, parts[0] ?? [])}${lang === "en" ? " " : ""}${pick(random, parts[1] ?? [])}${lang === "en" ? " " : ""}${pick(random, parts[2] ?? [])} ${i + 1}`,
      annualAmount,
      grossMargin: Math.round((0.02 + random() * 0.33) * 1000) / 1000,
      overdueDays,
      onTimeRate: Math.round((1 - health * 0.35 - random() * 0.1) * 100) / 100,
      shipmentsPerMonth: Math.round(random() * random() * 60),
      outstanding: late
        ? Math.round(annualAmount * (0.05 + random() * 0.3))
        : Math.round(annualAmount * random() * 0.05),
      financial: level(random, health),
      cooperation: level(random, random()),
      potential: level(random, random()),
    };
  });
}

/** Amounts written the way exports write them: plain numbers, or 万 for a share of a Chinese table's rows. */
function amountCell(amount: number, lang: TableLang, random: () => number): string | number {
  if (lang !== "en" && random() < 0.3) return `${(amount / 10000).toFixed(1)}万`;
  return amount;
}

export function tableOf(
  customers: readonly Customer[],
  grades: readonly string[],
  lang: TableLang,
  seed: number,
): Table {
  const random = seeded(seed ^ 0x5bd1e995);
  const words = WORDS[lang];
  const gradeCell = (g: string): string =>
    lang === "zh-CN" ? `${g}级` : lang === "zh-TW" ? `${g}級` : random() < 0.5 ? g : `Grade ${g}`;
  return {
    headers: [...HEADERS[lang], GRADE_HEADER[lang]],
    rows: customers.map((c, i) => [
      c.name,
      amountCell(c.annualAmount, lang, random),
      random() < 0.5 ? c.grossMargin : `${(c.grossMargin * 100).toFixed(1)}%`,
      c.overdueDays,
      random() < 0.5 ? c.onTimeRate : `${Math.round(c.onTimeRate * 100)}%`,
      c.shipmentsPerMonth,
      c.outstanding,
      words.financial[c.financial] as string,
      words.cooperation[c.cooperation] as string,
      words.potential[c.potential] as string,
      gradeCell(grades[i] as string),
    ]),
  };
}

const band = (value: number, cuts: readonly (readonly [number, number])[], otherwise: number): number => {
  for (const [atLeast, points] of cuts) if (value >= atLeast) return points;
  return otherwise;
};

const letterOf = (total: number, cuts: readonly number[]): string => {
  const letters = ["A", "B", "C", "D"];
  const at = cuts.findIndex((c) => total >= c);
  return letters[at < 0 ? cuts.length : at] as string;
};

/** A sales manager's scorecard: five columns, their own bands, out of 100, A ≥ 75, B ≥ 55, C ≥ 35. */
function scorecard(c: Customer): number {
  const amount = band(
    c.annualAmount,
    [
      [1_500_000, 30],
      [600_000, 22],
      [200_000, 12],
    ],
    4,
  );
  const margin = band(
    c.grossMargin,
    [
      [0.22, 20],
      [0.12, 12],
    ],
    4,
  );
  const overdue = c.overdueDays === 0 ? 25 : c.overdueDays <= 30 ? 15 : c.overdueDays <= 60 ? 6 : 0;
  const onTime = band(
    c.onTimeRate,
    [
      [0.95, 15],
      [0.85, 9],
      [0.75, 4],
    ],
    0,
  );
  const shipments = band(
    c.shipmentsPerMonth,
    [
      [20, 10],
      [8, 6],
    ],
    2,
  );
  return amount + margin + overdue + onTime + shipments;
}

const ANALYSTS: Record<Exclude<AnalystKind, "random">, (c: Customer) => string> = {
  scorecard: (c) => letterOf(scorecard(c), [75, 55, 35]),
  // Finance's veto: more than 60 days overdue on a balance is never better than C.
  capped: (c) => {
    const grade = letterOf(scorecard(c), [75, 55, 35]);
    return c.overdueDays > 60 && c.outstanding > 0 && (grade === "A" || grade === "B") ? "C" : grade;
  },
  // Mostly the words: financial standing counts double, then cooperation and potential, a nod to the amount.
  words: (c) => {
    const points =
      (2 - c.financial) * 20 +
      (2 - c.cooperation) * 15 +
      (2 - c.potential) * 10 +
      (c.annualAmount >= 1_000_000 ? 10 : 0);
    return letterOf(points, [70, 45, 25]);
  },
};

export function gradesOf(kind: AnalystKind, customers: readonly Customer[], seed: number): string[] {
  if (kind === "random") {
    const random = seeded(seed * 7 + 1);
    return customers.map(() => pick(random, ["A", "B", "C", "D"]));
  }
  return customers.map(ANALYSTS[kind]);
}

/** A hidden analyst's table of `count` customers and the grades they gave, the same for the same arguments. */
export function analystTable(kind: AnalystKind, lang: TableLang, seed: number, count: number) {
  const customers = drawCustomers(seed * 101, count, lang);
  const grades = gradesOf(kind, customers, seed);
  return { table: tableOf(customers, grades, lang, seed), grades };
}
