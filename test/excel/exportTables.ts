/**
 * Small tables shaped like real exports, written for the column review (not taken from any system): a CRM
 * export in English with one closed year's figures, and a Chinese TMS ledger in 万元 with columns the add-in
 * does not know (结算方式, 往来余额).
 */
import { createWorkbook } from "../../src/simulator";
import type { Workbook } from "./fixtures";
import { CRM_EXPORT_HEADERS } from "../support/exportHeaders";

export const CRM_HEADERS = CRM_EXPORT_HEADERS;

const SEGMENTS = ["Consumer", "Corporate", "Home Office"];
const REGIONS = ["East", "West", "Central", "South"];
const MODES = ["Standard Class", "Second Class", "First Class", "Same Day"];

/** Twelve customers: sales from 30,000 down, one loss-making, one silent since 2016. */
export function crmRows(): (string | number)[][] {
  return Array.from({ length: 12 }, (_, i) => [
    `CG-${12000 + i}`,
    `Customer ${String.fromCharCode(65 + i)}`,
    SEGMENTS[i % 3] ?? "",
    REGIONS[i % 4] ?? "",
    30_000 - i * 2_400,
    i === 5 ? -1_250.5 : 4_000 - i * 300,
    i === 11 ? 0 : 40 - i * 3,
    `201${i % 5}-0${1 + (i % 9)}-15`,
    i === 11 ? "2016-03-02" : `2017-${String(12 - (i % 6)).padStart(2, "0")}-0${1 + (i % 8)}`,
    MODES[i % 4] ?? "",
  ]);
}

export const TMS_HEADERS = [
  "客户简称",
  "业务员",
  "结算方式",
  "月结额度(万元)",
  "本年发货票数",
  "本年运费收入(万元)",
  "毛利额(万元)",
  "往来余额(万元)",
  "最长账龄(天)",
  "最近发货日期",
  "签约日期",
  "主要线路",
  "货物品类",
  "时效要求",
  "客户评价",
];

/** Eight customers; the biggest one (华通) owes 86 万元 and is 120 days overdue. */
export function tmsRows(): (string | number)[][] {
  const names = ["华通", "申达", "远航", "盛世", "恒信", "佳运", "联运", "顺丰源"];
  return names.map((name, i) => [
    name,
    i % 2 === 0 ? "张伟" : "李娜",
    i % 3 === 0 ? "现结" : "月结",
    50 - i * 4,
    1_800 - i * 200,
    420 - i * 45,
    i === 6 ? -3.2 : 60 - i * 6,
    i === 0 ? 86 : 12 + i,
    i === 0 ? 120 : 10 + i * 3,
    `2026-1${i % 2}-0${1 + i}`,
    `201${i}-05-01`,
    i % 2 === 0 ? "国内各地" : "省内",
    i % 2 === 0 ? "电子产品" : "日用品",
    i % 2 === 0 ? "快速配送" : "全程追踪",
    i % 3 === 0 ? "满意" : "一般",
  ]);
}

/** A workbook with the CRM export (on "CRM") and the TMS ledger (on "TMS"), each a table at A1. */
export function exportsWorkbook(): Workbook {
  return createWorkbook({
    sheets: [{ name: "CRM" }, { name: "TMS" }],
    tables: [
      { name: "CRM导出", sheet: "CRM", topRow: 0, leftColumn: 0, headers: CRM_HEADERS, rows: crmRows() },
      { name: "TMS台账", sheet: "TMS", topRow: 0, leftColumn: 0, headers: TMS_HEADERS, rows: tmsRows() },
    ],
  });
}
