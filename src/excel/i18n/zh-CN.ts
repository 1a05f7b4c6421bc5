/** The Excel adapter's texts in Simplified Chinese (mainland wording: 工作簿, 单元格, 加载项, 行 for a row, 列 for a column). */
import { FIELDS, type FieldId } from "../../engine";
import type { AdapterMessages } from "./catalog";

const quote = (s: string): string => `“${s}”`;
const field = (id: FieldId): string => FIELDS[id].label["zh-CN"];

export const zhCN: AdapterMessages = {
  errors: {
    "host-too-old": (set) =>
      `此版本的 Excel 不支持本加载项需要的功能（${set}）。请更新 Office，或使用 Microsoft 365 / 网页版 Excel。`,
    "no-tables": "工作簿中没有表格。请选中客户数据，按 Ctrl+T 创建表格后再试。",
    "table-not-found": (name) => `找不到表格${quote(name)}。请在任务窗格中重新选择客户表格。`,
    "table-renamed": (oldName, newName) => `表格${quote(oldName)}已改名为${quote(newName)}。请确认后重新选择该表格。`,
    "table-deleted": (name) => `表格${quote(name)}已被删除。请选择另一个客户表格。`,
    "not-bound": "尚未选择客户表格。",
    "table-changed": "该单元格属于之前选择的表格。请对当前表格重新分级。",
    "column-not-found": (header) => `表格中已没有“${header}”列。请重新选择表格以查看其列。`,
    "name-in-use": (wanted) =>
      `名称${quote(wanted)}及其编号变体都已被占用。加载项不会覆盖您的工作表；请重命名其中一个后再试。`,
    "portfolio-failed": (detail) =>
      `表格已评级，但分级汇总或等级变动记录未能更新（${detail}）。下次“全部评级”时会再试。`,
    "lines-unusable": (detail) => `无法从该明细表生成客户表：${detail}`,
    "measure-columns-missing": (headers) =>
      `客户表中找不到这些指标列：${headers.map((h) => `“${h}”`).join("、")}（可能已被重命名或删除）。增益集不会猜测它们去了哪里；请把列名改回原样，或删除该客户表后重新生成。`,
    "measure-column-taken": (header) => `客户表中已有您自己的“${header}”列，增益集不会覆盖它。请重命名该列后再刷新。`,
  },
  linesNames: { sheet: "客户汇总", table: "客户汇总表" },
  portfolioNames: {
    summarySheet: "分级汇总",
    historySheet: "等级变动",
    historyTable: "等级变动记录",
    reviewSheet: "年终筛选",
    chart: "分级汇总图",
  },
  portfolioLabels: {
    summaryTitle: (table) => `客户分级汇总：表格“${table}”`,
    historyTitle: (table) => `等级变动记录：表格“${table}”`,
    updated: "更新时间",
    grade: "等级",
    customers: "客户数",
    amount: "年交易额",
    customerShare: "客户占比",
    amountShare: "交易额占比",
    ungraded: "未评级",
    total: "合计",
    issues: "无法读取的单元格",
    withoutAmount: "缺少年交易额的客户",
    chartTitle: "各等级客户数与年交易额",
    balance: field("outstandingBalance"),
    overdue: field("overdueAmount"),
    overdueShare: "逾期占比",
    ageing: ["未到期", "1–30天", "31–60天", "61–90天", "90天以上"],
    history: ["日期", "客户名称", "客户编号", "原等级", "新等级", "评分"],
  },
  review: {
    title: (table) => `年终筛选：表格“${table}”`,
    since: "统计起始日期",
    migration: "等级迁移（行：原等级，列：新等级）",
    fromTo: "原等级 \\ 新等级",
    noGrade: "无等级",
    customersMoved: "等级有变动的客户数",
    keyAccounts: "重点客户：为每家指派专职业务代表",
    keyHeaders: [field("customerName"), "等级", field("score"), "专职业务代表"],
    unassigned: "（未指定，请指派）",
    unsettled: "须先结清本年度欠款的客户",
    unsettledHeaders: [field("customerName"), "等级", field("outstandingBalance"), field("overdueDays")],
    unsettledWhen: (condition) => `条件（按分级规则的上限规则）：${condition}`,
    unsettledAnyOverdue: "条件：有欠款且已逾期（任何逾期天数）",
    dropCandidates: "淘汰候选（最低等级、无利润、无前景）：仅供参考，由您决定，加载项不会删除任何客户",
    dropHeaders: [field("customerName"), "等级", field("grossMargin"), "前景得分"],
    none: "（无）",
  },
};
