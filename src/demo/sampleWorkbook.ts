/**
 * The demo's workbook: the 30-customer sample (samples/logistics-customers.json) on Sheet1, and seed 000's
 * worked example on Sheet2 with the analyst's own grades and remarks already typed in, as the source shows it.
 */
import sample from "../../samples/logistics-customers.json";
import type { SimWorkbook, TableSpec, WorkbookSpec } from "../simulator";

const SEED_000: Pick<TableSpec, "headers" | "rows"> = {
  headers: ["客户名称", "联系人", "联系电话", "运输需求", "服务偏好", "财务状况", "客户等级", "备注"],
  rows: [
    [
      "XX科技有限公司",
      "张经理",
      "139xxxxxx88",
      "电子产品,每月两次,国内各地",
      "快速配送,全程追踪",
      "良好,长期合作",
      "A级",
      "重点客户,优先安排",
    ],
    [
      "YY贸易公司",
      "李女士",
      "137xxxxxx99",
      "纺织品,每周一次,东南亚",
      "经济实惠,按时送达",
      "一般,偶尔合作",
      "B级",
      "关注客户需求变化",
    ],
    [
      "ZZ食品加工厂",
      "王主管",
      "136xxxxxx77",
      "食品原材料,每季度一次,华东地区",
      "定制包装,保证质量",
      "较差,需谨慎评估",
      "C级",
      "加强沟通,提高信任度",
    ],
  ],
};

/** Where each table sits: the grid draws these, and a snapshot reads them back. */
export const DEMO_TABLES = [
  { name: "客户表", sheet: "Sheet1", topRow: 0, leftColumn: 0 },
  { name: "示例表", sheet: "Sheet2", topRow: 0, leftColumn: 0 },
] as const;

export const DEMO_SHEETS = ["Sheet1", "Sheet2"] as const;

export function sampleWorkbookSpec(): WorkbookSpec {
  const [customers, seed] = DEMO_TABLES;
  return {
    sheets: DEMO_SHEETS.map((name) => ({ name })),
    tables: [
      { ...customers, headers: sample.headers, rows: sample.rows },
      { ...seed, ...SEED_000 },
    ],
  };
}

/**
 * The workbook as it is now, as a spec to open it again (when the pane reloads, so the old pane's event
 * handlers go with the old workbook, as Excel drops a closed add-in's handlers). Keeps the tables' cells as
 * stored (formulas as formulas) and the settings; number formats and the selection start afresh.
 */
export function snapshotSpec(workbook: SimWorkbook): WorkbookSpec {
  return {
    sheets: DEMO_SHEETS.map((name) => ({ name })),
    tables: DEMO_TABLES.map((table) => {
      const { headers, rows } = workbook.tableValues(table.name);
      return { ...table, headers: headers.map(String), rows };
    }),
    settings: workbook.settings,
  };
}
