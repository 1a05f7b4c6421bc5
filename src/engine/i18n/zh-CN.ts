/** The engine's texts in Simplified Chinese (mainland wording: 单元格, 行 for a row, 列 for a column). */
import { formatList } from "../lang";
import type { EngineMessages } from "./catalog";

const quote = (s: string): string => `“${s}”`;

export const zhCN: EngineMessages = {
  cellIssues: {
    "unreadable-number": (h, r) => `“${h}”列的“${r}”不是可识别的数字或金额`,
    "unreadable-percent": (h, r) => `“${h}”列的“${r}”不是可识别的百分比`,
    "unreadable-days": (h, r) => `“${h}”列的“${r}”不是可识别的天数`,
    "unreadable-date": (h, r) => `“${h}”列的“${r}”不是可识别的日期（请用 2026-03-01 或 2026年3月1日）`,
    "unreadable-frequency": (h, r) => `“${h}”列的“${r}”不是可识别的频次（例如：每月两次、每周一次）`,
    "unreadable-boolean": (h, r) => `“${h}”列的“${r}”应为“是”或“否”`,
    "unrecognised-words": (h, r) => `“${h}”列的“${r}”中没有评分规则认识的词`,
    "unknown-grade": (h, r) => `“${h}”列的“${r}”不是规则中的等级`,
    "excel-error": (h, r) => `“${h}”列的单元格是错误值 ${r}`,
    "out-of-range": (h, r) => `“${h}”列的“${r}”超出合理范围`,
    "missing-value": (h) => `本行“${h}”列为空，该行未计入`,
  },
  headerIssues: {
    "duplicate-field": (header, field, first) =>
      `列“${header}”与列“${first}”都表示“${field}”，只使用列“${first}”；请删除或重命名其中一列。`,
    "ambiguous-header": (header, fields) =>
      `列“${header}”可能表示${formatList("zh-CN", fields.map(quote), "disjunction")}，无法确定是哪一个；请重命名该列或在映射中指定。`,
    "unknown-field": (header, field) => `列“${header}”被指定为未知字段“${field}”，已忽略。`,
  },
  tableProblems: {
    "no-header": "表格没有标题行：请在第一行写上列名，例如“客户名称”。",
    "no-recognised-columns": (examples) =>
      `没有识别出可用于分级的列：请添加或重命名列，例如 ${formatList("zh-CN", examples, "disjunction")}。`,
  },
  notAssessed: {
    table: (d) => `本表没有${formatList("zh-CN", d.map(quote))}的数据：这些维度未评估，等级按其余维度加权计算`,
    howToAdd: (d, f) => `添加${formatList("zh-CN", f.map(quote), "disjunction")}等列即可评估${quote(d)}`,
    rules: (r) => `本表缺少整列数据，以下检查未执行：${r.join("；")}`,
    row: (d) => `未评估（本表无数据）：${formatList("zh-CN", d)}`,
  },
  sources: {
    annualised: (h, p) => `由“${h}”（${p}）折算为全年`,
    fromMonths: (n) => `由 ${n} 个月的金额合计`,
    ratio: (a, b) => `由“${a}” ÷ “${b}”算出`,
    phrase: (h) => `取自“${h}”中的频次描述`,
    count: (h) => `由“${h}”折算为每年次数`,
    ageingDays: (h) => `取有余额的最长账龄段（${h.map(quote).join("、")}）`,
    ageingSum: (h) => `为各账龄段之和（${h.map(quote).join("、")}）`,
    ageingOverdue: (h) => `为各逾期账龄段之和（${h.map(quote).join("、")}）`,
  },
  moneyScale: {
    relative: (c, t, p) => `${c}按本表排名计分（前 ${t}% 得 ${p} 分），与币种和金额单位无关`,
    absolute: (c, a, p) => `${c}按固定金额档位计分（不低于 ${a} 得 ${p} 分）`,
  },
  asOfFromPeriod: (h, d) => `本表数据属于已结束的年度（据“${h}”），天数与合作年限按 ${d} 计算`,
  remarks: {
    separator: "；",
    incompletePrefix: "数据不完整：",
    nothingToScore: "没有可用于评分的数据",
    unreadableCells: "部分单元格无法识别，请检查后重新分级",
  },
  rfmSegments: {
    importantValue: "重要价值客户",
    importantDevelop: "重要发展客户",
    importantKeep: "重要保持客户",
    importantRetain: "重要挽留客户",
    generalValue: "一般价值客户",
    generalDevelop: "一般发展客户",
    generalKeep: "一般保持客户",
    generalRetain: "一般挽留客户",
  },
  lines: {
    fields: {
      customer: "客户名称",
      date: "日期",
      amount: "金额",
      profit: "毛利",
      cost: "成本",
      orderNo: "单号",
      weight: "重量",
      volume: "体积",
      lane: "线路",
      cargo: "货物",
      dueDate: "到期日",
      openAmount: "未收金额",
    },
    missingColumns: (fields, headers) =>
      `明细表缺少 ${fields.join("、")} 列（现有列：${headers.join("、")}）：每行明细至少需要客户名称、日期和金额。请添加这些列，或把表头改成常见的名称（如 客户名称、发货日期、运费）。`,
    noLines: (afterAsOf) =>
      afterAsOf > 0
        ? `没有早于基准日期的明细：${afterAsOf} 行明细的日期都在基准日期当天或之后。请把基准日期改晚一些。`
        : "明细表中没有可用的明细行：每行需要客户名称、可识别的日期和金额。",
  },
};
