/**
 * The template table's sample rows: seed 000's worked example in each language, in the template's first
 * columns (name, contact, phone, transport needs, service preferences, financial status); the grade, score
 * and remark are left for Grade all to fill, and the structured columns for the analyst.
 */
import type { Lang } from "../../engine";

type SeedRow = readonly [
  name: string,
  contact: string,
  phone: string,
  transport: string,
  service: string,
  financial: string,
];

const SAMPLE_ROWS: Readonly<Record<Lang, readonly SeedRow[]>> = {
  "zh-CN": [
    ["XX科技有限公司", "张经理", "139xxxxxx88", "电子产品,每月两次,国内各地", "快速配送,全程追踪", "良好,长期合作"],
    ["YY贸易公司", "李女士", "137xxxxxx99", "纺织品,每周一次,东南亚", "经济实惠,按时送达", "一般,偶尔合作"],
    ["ZZ食品加工厂", "王主管", "136xxxxxx77", "食品原材料,每季度一次,华东地区", "定制包装,保证质量", "较差,需谨慎评估"],
  ],
  "zh-TW": [
    ["XX科技有限公司", "張經理", "139xxxxxx88", "電子產品,每月兩次,國內各地", "快速配送,全程追蹤", "良好,長期合作"],
    ["YY貿易公司", "李女士", "137xxxxxx99", "紡織品,每週一次,東南亞", "經濟實惠,按時送達", "一般,偶爾合作"],
    ["ZZ食品加工廠", "王主管", "136xxxxxx77", "食品原材料,每季度一次,華東地區", "定製包裝,保證品質", "較差,需謹慎評估"],
  ],
  en: [
    [
      "XX Technology Co., Ltd.",
      "Manager Zhang",
      "139xxxxxx88",
      "Electronics, twice a month, nationwide",
      "Fast delivery, full tracking",
      "Good, long-term partner",
    ],
    [
      "YY Trading Co.",
      "Ms. Li",
      "137xxxxxx99",
      "Textiles, weekly, Southeast Asia",
      "Economical, on-time delivery",
      "Average, occasional partner",
    ],
    [
      "ZZ Food Processing",
      "Supervisor Wang",
      "136xxxxxx77",
      "Food raw materials, quarterly, East China",
      "Custom packaging, quality assured",
      "Poor, needs careful assessment",
    ],
  ],
};

/** The sample rows as cells of a table with `width` columns (the template's), blanks after the seed's six. */
export function sampleCells(lang: Lang, width: number): string[][] {
  return SAMPLE_ROWS[lang].map((row) => [...row, ...new Array<string>(Math.max(0, width - row.length)).fill("")]);
}
