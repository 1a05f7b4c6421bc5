/** The shipped order-line samples (samples/lines, README there) and which header holds each line field. */
import { join } from "node:path";
import type { LinesSource } from "./linesSql";

export const SAMPLE_LINES_DIR = join(__dirname, "..", "..", "samples", "lines");

/** Each sample as the SQL check reads it; weights in kilograms are counted in tonnes, as the reader scales them. */
export const SAMPLE_LINES: Readonly<Record<"zh-CN" | "zh-TW" | "en", LinesSource>> = {
  "zh-CN": {
    csv: join(SAMPLE_LINES_DIR, "order-lines.csv"),
    columns: {
      customer: "客户名称",
      date: "发货日期",
      amount: "运费(元)",
      cost: "成本(元)",
      orderNo: "运单号",
      weight: "重量(kg)",
      volume: "体积(m³)",
    },
    scale: { weight: 0.001 },
  },
  "zh-TW": {
    csv: join(SAMPLE_LINES_DIR, "order-lines.zh-TW.csv"),
    columns: { customer: "客戶", date: "單據日期", amount: "價稅合計", cost: "成本", orderNo: "單據編號" },
  },
  en: {
    csv: join(SAMPLE_LINES_DIR, "order-lines.en.csv"),
    columns: {
      customer: "Shipper",
      date: "ETD",
      amount: "Revenue (USD)",
      cost: "Cost (USD)",
      profit: "GP (USD)",
      orderNo: "Job No",
      weight: "Gross Weight (KG)",
      volume: "CBM",
    },
    scale: { weight: 0.001 },
  },
};
