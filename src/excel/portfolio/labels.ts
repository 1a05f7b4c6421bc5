/** Headers and labels of the portfolio sheets, in the rule set's language. */
import type { Lang } from "../../engine";

export interface PortfolioLabels {
  readonly summaryTitle: string;
  readonly updated: string;
  readonly grade: string;
  readonly customers: string;
  readonly amount: string;
  readonly customerShare: string;
  readonly amountShare: string;
  readonly ungraded: string;
  readonly total: string;
  readonly issues: string;
  readonly withoutAmount: string;
  readonly chartTitle: string;
  readonly history: readonly [
    date: string,
    customer: string,
    customerId: string,
    from: string,
    to: string,
    score: string,
  ];
}

export const PORTFOLIO_LABELS: Readonly<Record<Lang, PortfolioLabels>> = {
  "zh-CN": {
    summaryTitle: "客户分级汇总",
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
    history: ["日期", "客户名称", "客户编号", "原等级", "新等级", "评分"],
  },
  "zh-TW": {
    summaryTitle: "客戶分級彙總",
    updated: "更新時間",
    grade: "等級",
    customers: "客戶數",
    amount: "年交易額",
    customerShare: "客戶占比",
    amountShare: "交易額占比",
    ungraded: "未評級",
    total: "合計",
    issues: "無法讀取的儲存格",
    withoutAmount: "缺少年交易額的客戶",
    chartTitle: "各等級客戶數與年交易額",
    history: ["日期", "客戶名稱", "客戶編號", "原等級", "新等級", "評分"],
  },
  en: {
    summaryTitle: "Customer grade summary",
    updated: "Updated",
    grade: "Grade",
    customers: "Customers",
    amount: "Annual amount",
    customerShare: "Share of customers",
    amountShare: "Share of amount",
    ungraded: "Not graded",
    total: "Total",
    issues: "Unreadable cells",
    withoutAmount: "Customers without an annual amount",
    chartTitle: "Customers and annual amount per grade",
    history: ["Date", "Customer", "Customer ID", "Old grade", "New grade", "Score"],
  },
};
