/** The year-end review sheet's words, in the rule set's language. */
import type { Lang } from "../../engine";

export interface ReviewLabels {
  readonly title: string;
  readonly since: string;
  readonly migration: string;
  readonly fromTo: string;
  readonly noGrade: string;
  readonly customersMoved: string;
  readonly keyAccounts: string;
  readonly keyHeaders: readonly string[];
  readonly unassigned: string;
  readonly unsettled: string;
  readonly unsettledHeaders: readonly string[];
  readonly dropCandidates: string;
  readonly dropHeaders: readonly string[];
  readonly none: string;
}

export const REVIEW_LABELS: Readonly<Record<Lang, ReviewLabels>> = {
  "zh-CN": {
    title: "年终筛选",
    since: "统计起始日期",
    migration: "等级迁移（行：原等级，列：新等级）",
    fromTo: "原等级 \\ 新等级",
    noGrade: "无等级",
    customersMoved: "等级有变动的客户数",
    keyAccounts: "重点客户：为每家指派专职业务代表",
    keyHeaders: ["客户名称", "等级", "评分", "专职业务代表"],
    unassigned: "（未指定，请指派）",
    unsettled: "须先结清本年度欠款的客户",
    unsettledHeaders: ["客户名称", "等级", "未结余额", "逾期天数"],
    dropCandidates: "淘汰候选（最低等级、无利润、无前景）：仅供参考，由您决定，加载项不会删除任何客户",
    dropHeaders: ["客户名称", "等级", "毛利率", "前景得分"],
    none: "（无）",
  },
  "zh-TW": {
    title: "年終篩選",
    since: "統計起始日期",
    migration: "等級遷移（列：原等級，欄：新等級）",
    fromTo: "原等級 \\ 新等級",
    noGrade: "無等級",
    customersMoved: "等級有變動的客戶數",
    keyAccounts: "重點客戶：為每家指派專職業務代表",
    keyHeaders: ["客戶名稱", "等級", "評分", "專職業務代表"],
    unassigned: "（未指定，請指派）",
    unsettled: "須先結清本年度欠款的客戶",
    unsettledHeaders: ["客戶名稱", "等級", "未結餘額", "逾期天數"],
    dropCandidates: "淘汰候選（最低等級、無利潤、無前景）：僅供參考，由您決定，增益集不會刪除任何客戶",
    dropHeaders: ["客戶名稱", "等級", "毛利率", "前景得分"],
    none: "（無）",
  },
  en: {
    title: "Year-end review",
    since: "Since",
    migration: "Tier migration (rows: old grade, columns: new grade)",
    fromTo: "Old \\ new grade",
    noGrade: "No grade",
    customersMoved: "Customers whose grade changed",
    keyAccounts: "Key accounts: assign each a dedicated representative",
    keyHeaders: ["Customer", "Grade", "Score", "Dedicated representative"],
    unassigned: "(none yet: assign one)",
    unsettled: "Customers who must settle this year's balance first",
    unsettledHeaders: ["Customer", "Grade", "Outstanding balance", "Days overdue"],
    dropCandidates: "Candidates to drop (lowest grade, no margin, no prospects): for you to decide; the add-in deletes no customer",
    dropHeaders: ["Customer", "Grade", "Gross margin", "Prospects points"],
    none: "(none)",
  },
};
