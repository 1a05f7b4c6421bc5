/**
 * A Chinese 3PL's customer ledger exported from its TMS at year end: 40 customers, amounts in 万元, the
 * settlement way, the receivable and its oldest age, the last shipment.
 */
import { type Day, day, utcDate } from "./calendar";
import type { Case } from "./cases";
import { type GeneratedFile, type SheetCell, xlsxBytes } from "./files";
import { staffNames } from "./names";
import { Random, clamp, round } from "./random";
import { type CustomerFacts, truthFile } from "./truth";

const AS_OF = day("2024-12-31");
const FILE = "tms-ledger.zh-CN.xlsx";
const IMITATES = "a Chinese 3PL's customer ledger (客户台账) exported from its TMS to Excel, amounts in 万元";

const HEADERS = [
  "客户简称",
  "业务员",
  "结算方式",
  "月结额度(万元)",
  "本年发货票数",
  "本年运费收入(万元)",
  "毛利额(万元)",
  "应收账款余额(万元)",
  "最长账龄(天)",
  "最近发货日期",
  "签约日期",
  "主要线路",
  "货物品类",
  "时效要求",
  "客户评价",
];

const SHORT_NAMES =
  "华东电子 鑫达机械 美佳服饰 康泰医药 顺丰源食品 恒通建材 蓝海化工 金诺汽配 优品家居 天成纺织 新锐科技 宏远钢材 佳禾农业 安捷电器 众鑫包装 瑞丰日化 博信仪器 中联通讯 晨光文具 绿源生鲜 海川贸易 力拓五金 百川饮品 永盛塑胶 华盛光电 嘉诚家具 同创医疗 星河电商 万达陶瓷 凯旋母婴 东方纸业 富士达电机 锦华玻璃 宇航精密 惠民粮油 卓越照明 长江物资 雅诗化妆品 远大重工 南方乳业".split(
    " ",
  );
const LANES = [
  "上海-广州",
  "上海-北京",
  "深圳-成都",
  "苏州-武汉",
  "广州-西安",
  "全国",
  "华东区域",
  "宁波-重庆",
  "天津-沈阳",
];
const CARGO = ["电子产品", "机械设备", "服装", "医药", "食品", "建材", "化工品", "汽车配件", "家居用品", "日用品"];
const SPEED = ["次日达", "48小时", "72小时", "普通", "加急"];
const VERDICTS = ["非常满意", "满意", "满意", "一般", "不满意"];

type Settlement = "现结" | "月结" | "季结";

interface LedgerRow {
  readonly cells: SheetCell[];
  readonly facts: CustomerFacts;
}

function ledgerRow(random: Random, name: string, staff: readonly string[], kind: Case, rank: number): LedgerRow {
  const settlement: Settlement =
    kind === "overdue"
      ? random.pick(["月结", "季结"] as const)
      : random.weighted<Settlement>([
          ["现结", 15],
          ["月结", 65],
          ["季结", 20],
        ]);
  // Revenue falls with the rank (0 = biggest): a few big contracts, a long tail of small ones.
  const revenue =
    kind === "lapsed" ? 0 : round(clamp(900 * Math.exp(-rank / 7) * random.lognormal(0, 0.25), 3, 2000), 2);
  const shipments = kind === "lapsed" ? 0 : Math.max(6, Math.round(revenue * random.uniform(4, 12)));
  const margin = kind === "loss" ? -random.uniform(0.03, 0.2) : clamp(0.11 + 0.05 * random.normal(), 0.02, 0.3);
  const profit = round(revenue * margin, 2);
  const credit =
    settlement === "现结" ? 0 : Math.max(10, Math.round(((revenue / 12) * random.uniform(1.5, 4)) / 10) * 10);
  let balance =
    settlement === "现结"
      ? 0
      : round((revenue / 12) * (settlement === "季结" ? random.uniform(2, 3) : random.uniform(0.8, 1.6)), 2);
  let oldest = balance > 0 ? (settlement === "季结" ? random.int(35, 88) : random.int(12, 58)) : 0;
  if (kind === "overdue") {
    balance = round(Math.max(balance, 0) + random.uniform(3, 40), 2);
    oldest = random.int(96, 240);
  }
  if (kind === "lapsed" && random.chance(0.5)) {
    // A customer gone quiet that still owes for its last shipments.
    balance = round(random.uniform(1, 12), 2);
    oldest = random.int(380, 520);
  }
  const lastShipment: Day =
    kind === "lapsed" ? random.int(day("2023-03-01"), day("2023-12-15")) : AS_OF - random.int(0, 40);
  const signed: Day = random.int(day("2014-03-01"), kind === "lapsed" ? day("2022-06-30") : day("2024-09-30"));
  const cells: SheetCell[] = [
    name,
    random.pick(staff),
    settlement,
    credit,
    shipments,
    revenue,
    profit,
    balance,
    oldest,
    utcDate(lastShipment),
    utcDate(signed),
    random.pick(LANES),
    random.pick(CARGO),
    random.pick(SPEED),
    random.pick(VERDICTS),
  ];
  const facts: CustomerFacts = {
    key: name,
    revenue,
    profit,
    lastBusiness: lastShipment,
    overdue90WithBalance: oldest > 90 && balance > 0,
  };
  return { cells, facts };
}

export async function tmsLedgerFiles(): Promise<GeneratedFile[]> {
  const random = new Random(3_040);
  const staff = staffNames(random, 6);
  // Planted cases, at ranks spread over the table (the biggest customers mostly healthy, as in a real book).
  const cases = new Map<number, Case>([
    [5, "overdue"],
    [13, "overdue"],
    [22, "overdue"],
    [31, "overdue"],
    [9, "loss"],
    [18, "loss"],
    [27, "loss"],
    [24, "lapsed"],
    [34, "lapsed"],
    [38, "lapsed"],
  ]);
  const ranked = SHORT_NAMES.map((name, rank) => ledgerRow(random, name, staff, cases.get(rank) ?? "plain", rank));
  // A ledger lists customers as they were entered, not by size.
  const rows = random.shuffle(ranked);
  const bytes = await xlsxBytes({
    sheetName: "客户台账",
    headers: HEADERS,
    rows: rows.map((r) => r.cells),
    formats: {
      最近发货日期: "yyyy-mm-dd",
      签约日期: "yyyy-mm-dd",
      "本年运费收入(万元)": "0.00",
      "毛利额(万元)": "0.00",
      "应收账款余额(万元)": "0.00",
    },
    creator: "TMS",
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
