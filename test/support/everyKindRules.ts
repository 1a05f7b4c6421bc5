/**
 * A rule set that uses every criterion kind (band, linear, percentile, rank, words with each way of combining),
 * every rule kind (manual grade, require, cap with a number and with another field, flag with present/missing),
 * derived values and the analyst's own indicators, and a table of customers for it with the cells that make
 * grading hard: ties, blanks, negatives, packed and full-width words, English words inside other words, an
 * Excel error, grades typed by hand (one not in the ladder) and blank rows. Shaped as a TMS customer export
 * with the firm's own columns (结算方式, 客户评价, KPI得分).
 */
import { type CellValue, type RuleSet, type Table, defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import { seeded } from "./seeded";

export function everyKindRuleSet(): RuleSet {
  const base = defaultRuleSetJson() as Record<string, unknown> & { dimensions: unknown[]; rules: unknown[] };
  const json = {
    ...base,
    id: "every-kind",
    fields: [
      {
        id: "settlement-terms",
        label: { "zh-CN": "结算方式", "zh-TW": "結算方式", en: "Settlement terms" },
        aliases: ["结算方式", "Settlement terms"],
        type: "words",
      },
      {
        id: "customer-rating",
        label: { "zh-CN": "客户评价", "zh-TW": "客戶評價", en: "Customer rating" },
        aliases: ["客户评价", "Customer rating"],
        type: "words",
      },
      {
        id: "kpi-score",
        label: { "zh-CN": "KPI得分", "zh-TW": "KPI得分", en: "KPI score" },
        aliases: ["KPI得分"],
        type: "number",
      },
    ],
    dimensions: [
      ...base.dimensions,
      {
        id: "own",
        label: { "zh-CN": "自有指标", "zh-TW": "自有指標", en: "Own indicators" },
        weight: 10,
        criteria: [
          { id: "kpi-rank", kind: "rank", field: "kpi-score", weight: 2, order: "desc" },
          { id: "complaints-rank", kind: "rank", field: "complaints", weight: 1, order: "asc" },
          { id: "kpi-line", kind: "linear", field: "kpi-score", weight: 1, from: 40, to: 95 },
          {
            id: "terms",
            kind: "words",
            field: "settlement-terms",
            weight: 2,
            combine: "min",
            entries: [
              { words: ["月结", "monthly"], points: 80 },
              { words: ["现结", "cash"], points: 100 },
              { words: ["季结", "quarterly"], points: 50 },
              { words: ["账期长", "long credit"], points: 20 },
            ],
          },
          {
            id: "rating",
            kind: "words",
            field: "customer-rating",
            weight: 2,
            combine: "max",
            entries: [
              { words: ["优秀", "excellent", "good"], points: 100 },
              { words: ["一般", "ok", "average"], points: 60 },
              { words: ["差", "poor", "不好"], points: 10 },
            ],
          },
          {
            id: "usage-band",
            kind: "band",
            field: "creditUsage",
            weight: 1,
            bands: [
              { atLeast: 0, points: 100 },
              { atLeast: 0.8, points: 50 },
              { atLeast: 1, points: 0 },
            ],
            otherwise: 100,
          },
        ],
      },
    ],
    rules: [
      ...base.rules,
      {
        id: "kpi-missing",
        kind: "flag",
        when: [
          { field: "kpi-score", op: "missing" },
          { field: "customer-rating", op: "present" },
        ],
        remark: { "zh-CN": "缺KPI得分", "zh-TW": "缺KPI得分", en: "No KPI score" },
      },
      {
        id: "overdue-over-limit",
        kind: "cap",
        grade: "B",
        when: [{ field: "overdueAmount", op: "gte", value: { field: "creditLimit" } }],
        remark: {
          "zh-CN": "逾期金额超过信用额度",
          "zh-TW": "逾期金額超過信用額度",
          en: "Overdue above the credit limit",
        },
      },
      {
        id: "low-kpi",
        kind: "flag",
        when: [{ field: "kpi-score", op: "lt", value: 50 }],
        remark: { "zh-CN": "KPI偏低", "zh-TW": "KPI偏低", en: "Low KPI" },
      },
    ],
  };
  const loaded = loadRuleSet(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

export const EVERY_KIND_HEADERS = [
  "客户编号",
  "客户名称",
  "年营业额(万元)",
  "毛利率",
  "准时付款率",
  "逾期天数",
  "逾期金额",
  "未结余额",
  "信用额度",
  "合作开始日期",
  "最近交易日期",
  "发展潜力",
  "财务状况",
  "投诉次数",
  "发货频率(次/月)",
  "货物类型",
  "结算方式",
  "客户评价",
  "KPI得分",
  "人工等级",
];

const TERMS = [
  "月结",
  "现结,月结",
  "季结；账期长",
  "Monthly",
  "cash",
  "cashflow",
  "ＭＯＮＴＨＬＹ",
  "账期长",
  "",
  "#N/A",
];
const RATINGS = ["优秀", "一般,差", "good and ok", "goods", "不好", "Excellent", "一 般", "", "average/poor"];
const POTENTIAL = ["高", "中", "低", "", "high"];
const FINANCE = ["良好,长期合作", "一般,偶尔合作", "较差", "良好", ""];
const CARGO = ["电子产品", "食品、冷链", "危险品", "普通货物", ""];
const MANUAL = [null, null, null, null, null, null, "A级", "b", "X", "C"];

/** `rows` customers (every 17th row blank) from a seed. */
export function everyKindTable(rows: number, seed: number): Table {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const maybe = (value: CellValue, blank = 0.1): CellValue => (random() < blank ? null : value);
  const body: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    if (r % 17 === 16) {
      body.push(EVERY_KIND_HEADERS.map(() => null));
      continue;
    }
    const limit = Math.round(random() * 200) * 5000;
    body.push([
      `C${String(r + 1).padStart(6, "0")}`,
      `客户${r + 1}`,
      maybe(Math.round(random() * 3000) / 10 - 5),
      maybe(Math.round((random() * 0.5 - 0.1) * 1000) / 1000),
      maybe(Math.round((0.4 + random() * 0.6) * 100) / 100),
      maybe(Math.floor(random() * random() * 200)),
      maybe(Math.round(random() * 600_000)),
      maybe(Math.round(random() * 900_000)),
      maybe(limit),
      maybe(40000 + Math.floor(random() * 6400)),
      maybe(45600 + Math.floor(random() * 760)),
      maybe(pick(POTENTIAL)),
      maybe(pick(FINANCE)),
      maybe(Math.floor(random() * random() * 6)),
      maybe(Math.floor(random() * 12)),
      maybe(pick(CARGO)),
      maybe(pick(TERMS)),
      maybe(pick(RATINGS)),
      maybe(Math.round(random() * 60) + 40, 0.2),
      pick(MANUAL),
    ]);
  }
  return { headers: [...EVERY_KIND_HEADERS], rows: body };
}
