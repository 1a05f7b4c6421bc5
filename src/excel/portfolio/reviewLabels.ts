/** The year-end review sheet's words, in the rule set's language. */
import { FIELDS, type FieldId, type Lang } from "../../engine";

/** A column that shows a field has the field's own header (one wording across the table, pane and sheets). */
const field = (id: FieldId, lang: Lang): string => FIELDS[id].label[lang];

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
    keyHeaders: [field("customerName", "zh-CN"), "等级", field("score", "zh-CN"), "专职业务代表"],
    unassigned: "（未指定，请指派）",
    unsettled: "须先结清本年度欠款的客户",
    unsettledHeaders: [
      field("customerName", "zh-CN"),
      "等级",
      field("outstandingBalance", "zh-CN"),
      field("overdueDays", "zh-CN"),
    ],
    dropCandidates: "淘汰候选（最低等级、无利润、无前景）：仅供参考，由您决定，加载项不会删除任何客户",
    dropHeaders: [field("customerName", "zh-CN"), "等级", field("grossMargin", "zh-CN"), "前景得分"],
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
    keyHeaders: [field("customerName", "zh-TW"), "等級", field("score", "zh-TW"), "專職業務代表"],
    unassigned: "（未指定，請指派）",
    unsettled: "須先結清本年度欠款的客戶",
    unsettledHeaders: [
      field("customerName", "zh-TW"),
      "等級",
      field("outstandingBalance", "zh-TW"),
      field("overdueDays", "zh-TW"),
    ],
    dropCandidates: "淘汰候選（最低等級、無利潤、無前景）：僅供參考，由您決定，增益集不會刪除任何客戶",
    dropHeaders: [field("customerName", "zh-TW"), "等級", field("grossMargin", "zh-TW"), "前景得分"],
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
    keyHeaders: [field("customerName", "en"), "Grade", field("score", "en"), "Dedicated representative"],
    unassigned: "(none yet: assign one)",
    unsettled: "Customers who must settle this year's balance first",
    unsettledHeaders: [
      field("customerName", "en"),
      "Grade",
      field("outstandingBalance", "en"),
      field("overdueDays", "en"),
    ],
    dropCandidates:
      "Candidates to drop (lowest grade, no margin, no prospects): for you to decide; the add-in deletes no customer",
    dropHeaders: [field("customerName", "en"), "Grade", field("grossMargin", "en"), "Prospects points"],
    none: "(none)",
  },
};
