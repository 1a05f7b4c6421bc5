/**
 * Two small tables shaped like real exports, written for the command-line tests: a CRM export in English with
 * no payment, potential or service columns and figures of one closed year, and a Chinese TMS export with a
 * period and a unit in its headers, an older period beside the current one, an ambiguous and a repeated header.
 */
import type { CellValue } from "../../../src/engine";
import { CRM_EXPORT_HEADERS } from "../../support/exportHeaders";

export const CRM_HEADERS = CRM_EXPORT_HEADERS;

export const CRM_ROWS: readonly (readonly CellValue[])[] = [
  [
    "NB-1001",
    "Northbridge Supply",
    "Corporate",
    "East",
    "18250.40",
    "2730.10",
    "21",
    "2014-02-11",
    "2017-12-19",
    "Standard Class",
  ],
  [
    "LK-1002",
    "Lakeside Home",
    "Consumer",
    "West",
    "4120.00",
    "-310.75",
    "5",
    "2016-07-03",
    "2017-06-30",
    "Second Class",
  ],
  ["", "", "", "", "", "", "", "", "", ""],
  ["PT-1004", "Pinetree Office", "Consumer", "Central", "980.55", "102.00", "2", "2017-03-15", "2017-04-02", ""],
  [
    "RV-1005",
    "Riverside Tools",
    "Home Office",
    "South",
    "26400.00",
    "4100.90",
    "30",
    "2013-09-28",
    "2017-12-27",
    "First Class",
  ],
];

export const TMS_HEADERS: readonly string[] = [
  "客户简称",
  "本年运费收入(万元)",
  "上年运费收入(万元)",
  "毛利额(万元)",
  "最长账龄(天)",
  "最近发货日期",
  "客户名称及联系人",
  "客户简称",
];

export const TMS_ROWS: readonly (readonly CellValue[])[] = [
  ["申通达", "126.4", "98", "14.2", "35", "2026-10-08", "申通达 王经理", "申通"],
  ["沪广贸易", "42", "51", "-1.8", "118", "2026-05-20", "沪广贸易 刘主管", "沪广"],
  ["蓉城科技", "305", "260", "41", "0", "2026-11-03", "蓉城科技 陈总", "蓉城"],
];
