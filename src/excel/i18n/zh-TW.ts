/** The Excel adapter's texts in Traditional Chinese (Taiwan wording: 活頁簿, 儲存格, 增益集, 列 for a row, 欄 for a column). */
import { FIELDS, type FieldId } from "../../engine";
import type { AdapterMessages } from "./catalog";

const quote = (s: string): string => `「${s}」`;
const field = (id: FieldId): string => FIELDS[id].label["zh-TW"];

export const zhTW: AdapterMessages = {
  errors: {
    "host-too-old": (set) =>
      `此版本的 Excel 不支援本增益集需要的功能（${set}）。請更新 Office，或使用 Microsoft 365 / 網頁版 Excel。`,
    "no-tables": "活頁簿中沒有表格。請選取客戶資料，按 Ctrl+T 建立表格後再試。",
    "table-not-found": (name) => `找不到表格${quote(name)}。請在工作窗格中重新選擇客戶表格。`,
    "table-renamed": (oldName, newName) =>
      `表格${quote(oldName)}已重新命名為${quote(newName)}。請確認後重新選擇該表格。`,
    "table-deleted": (name) => `表格${quote(name)}已被刪除。請選擇另一個客戶表格。`,
    "not-bound": "尚未選擇客戶表格。",
    "table-changed": "該儲存格屬於先前選擇的表格。請對目前表格重新分級。",
    "column-not-found": (header) => `表格中已沒有「${header}」欄。請重新選擇表格以查看其欄。`,
    "name-in-use": (wanted) =>
      `名稱${quote(wanted)}及其編號變體都已被使用。增益集不會覆寫您的工作表；請重新命名其中一個後再試。`,
    "portfolio-failed": (detail) =>
      `表格已評級，但分級彙總或等級變動記錄未能更新（${detail}）。下次「全部評級」時會再試。`,
    "lines-unusable": (detail) => `無法從該明細表產生客戶表：${detail}`,
    "measure-columns-missing": (headers) =>
      `客戶表中找不到這些指標欄：${headers.map((h) => `「${h}」`).join("、")}（可能已被重新命名或刪除）。增益集不會猜測它們去了哪裡；請把欄名改回原樣，或刪除該客戶表後重新產生。`,
    "measure-column-taken": (header) =>
      `客戶表中已有您自己的「${header}」欄，增益集不會覆寫它。請重新命名該欄後再重新整理。`,
  },
  linesNames: { sheet: "客戶彙總", table: "客戶彙總表" },
  portfolioNames: {
    summarySheet: "分級彙總",
    historySheet: "等級變動",
    historyTable: "等級變動記錄",
    reviewSheet: "年終篩選",
    chart: "分級彙總圖",
  },
  portfolioLabels: {
    summaryTitle: (table) => `客戶分級彙總：表格「${table}」`,
    historyTitle: (table) => `等級變動記錄：表格「${table}」`,
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
    balance: field("outstandingBalance"),
    overdue: field("overdueAmount"),
    overdueShare: "逾期佔比",
    ageing: ["未到期", "1–30天", "31–60天", "61–90天", "90天以上"],
    history: ["日期", "客戶名稱", "客戶編號", "原等級", "新等級", "評分"],
  },
  review: {
    title: (table) => `年終篩選：表格「${table}」`,
    since: "統計起始日期",
    migration: "等級遷移（列：原等級，欄：新等級）",
    fromTo: "原等級 \\ 新等級",
    noGrade: "無等級",
    customersMoved: "等級有變動的客戶數",
    keyAccounts: "重點客戶：為每家指派專職業務代表",
    keyHeaders: [field("customerName"), "等級", field("score"), "專職業務代表"],
    unassigned: "（未指定，請指派）",
    unsettled: "須先結清本年度欠款的客戶",
    unsettledHeaders: [field("customerName"), "等級", field("outstandingBalance"), field("overdueDays")],
    unsettledWhen: (condition) => `條件（依分級規則的上限規則）：${condition}`,
    unsettledAnyOverdue: "條件：有欠款且已逾期（任何逾期天數）",
    dropCandidates: "淘汰候選（最低等級、無利潤、無前景）：僅供參考，由您決定，增益集不會刪除任何客戶",
    dropHeaders: [field("customerName"), "等級", field("grossMargin"), "前景得分"],
    none: "（無）",
  },
};
