/** The engine's texts in Traditional Chinese (Taiwan wording: 儲存格, 列 for a row, 欄 for a column). */
import { formatList } from "../lang";
import type { EngineMessages } from "./catalog";

const quote = (s: string): string => `「${s}」`;

export const zhTW: EngineMessages = {
  cellIssues: {
    "unreadable-number": (h, r) => `「${h}」欄的「${r}」不是可辨識的數字或金額`,
    "unreadable-percent": (h, r) => `「${h}」欄的「${r}」不是可辨識的百分比`,
    "unreadable-days": (h, r) => `「${h}」欄的「${r}」不是可辨識的天數`,
    "unreadable-date": (h, r) => `「${h}」欄的「${r}」不是可辨識的日期（請用 2026-03-01 或 2026年3月1日）`,
    "unreadable-frequency": (h, r) => `「${h}」欄的「${r}」不是可辨識的頻次（例如：每月兩次、每週一次）`,
    "unreadable-boolean": (h, r) => `「${h}」欄的「${r}」應為「是」或「否」`,
    "unrecognised-words": (h, r) => `「${h}」欄的「${r}」中沒有評分規則認識的詞`,
    "unknown-grade": (h, r) => `「${h}」欄的「${r}」不是規則中的等級`,
    "excel-error": (h, r) => `「${h}」欄的儲存格是錯誤值 ${r}`,
    "out-of-range": (h, r) => `「${h}」欄的「${r}」超出合理範圍`,
    "missing-value": (h) => `本列「${h}」欄為空，該列未計入`,
  },
  headerIssues: {
    "duplicate-field": (header, field, first) =>
      `欄「${header}」與欄「${first}」都表示「${field}」，只使用欄「${first}」；請刪除或重新命名其中一欄。`,
    "ambiguous-header": (header, fields) =>
      `欄「${header}」可能表示${formatList("zh-TW", fields.map(quote), "disjunction")}，無法確定是哪一個；請重新命名該欄或在對應中指定。`,
    "unknown-field": (header, field) => `欄「${header}」被指定為未知欄位「${field}」，已忽略。`,
  },
  tableProblems: {
    "no-header": "表格沒有標題列：請在第一列寫上欄名，例如「客戶名稱」。",
    "no-recognised-columns": (examples) =>
      `沒有辨識出可用於分級的欄：請新增或重新命名欄，例如 ${formatList("zh-TW", examples, "disjunction")}。`,
  },
  notAssessed: {
    table: (d) => `本表沒有${formatList("zh-TW", d.map(quote))}的資料：這些維度未評估，等級按其餘維度加權計算`,
    howToAdd: (d, f) => `新增${formatList("zh-TW", f.map(quote), "disjunction")}等欄即可評估${quote(d)}`,
    rules: (r) => `本表缺少整欄資料，以下檢查未執行：${r.join("；")}`,
    row: (d) => `未評估（本表無資料）：${formatList("zh-TW", d)}`,
  },
  sources: {
    annualised: (h, p) => `由「${h}」（${p}）折算為全年`,
    fromMonths: (n) => `由 ${n} 個月的金額合計`,
    ratio: (a, b) => `由「${a}」÷「${b}」算出`,
    phrase: (h) => `取自「${h}」中的頻次描述`,
    count: (h) => `由「${h}」折算為每年次數`,
    ageingDays: (h) => `取有餘額的最長帳齡區間（${h.map(quote).join("、")}）`,
    ageingSum: (h) => `為各帳齡區間之和（${h.map(quote).join("、")}）`,
    ageingOverdue: (h) => `為各逾期帳齡區間之和（${h.map(quote).join("、")}）`,
  },
  moneyScale: {
    relative: (c, t, p) => `${c}按本表排名計分（前 ${t}% 得 ${p} 分），與幣別和金額單位無關`,
    absolute: (c, a, p) => `${c}按固定金額級距計分（不低於 ${a} 得 ${p} 分）`,
  },
  asOfFromPeriod: (h, d) => `本表資料屬於已結束的年度（據「${h}」），天數與合作年限按 ${d} 計算`,
  remarks: {
    separator: "；",
    incompletePrefix: "資料不完整：",
    nothingToScore: "沒有可用於評分的資料",
    unreadableCells: "部分儲存格無法辨識，請檢查後重新分級",
  },
  rfmSegments: {
    importantValue: "重要價值客戶",
    importantDevelop: "重要發展客戶",
    importantKeep: "重要保持客戶",
    importantRetain: "重要挽留客戶",
    generalValue: "一般價值客戶",
    generalDevelop: "一般發展客戶",
    generalKeep: "一般保持客戶",
    generalRetain: "一般挽留客戶",
  },
  lines: {
    fields: {
      customer: "客戶名稱",
      date: "日期",
      amount: "金額",
      profit: "毛利",
      cost: "成本",
      orderNo: "單號",
      weight: "重量",
      volume: "體積",
      lane: "路線",
      cargo: "貨物",
      dueDate: "到期日",
      openAmount: "未收金額",
    },
    missingColumns: (fields, headers) =>
      `明細表缺少 ${fields.join("、")} 欄（現有欄：${headers.join("、")}）：每筆明細至少需要客戶名稱、日期和金額。請新增這些欄，或把標題改成常見的名稱（如 客戶名稱、出貨日期、運費）。`,
    noLines: (afterAsOf) =>
      afterAsOf > 0
        ? `沒有早於基準日期的明細：${afterAsOf} 筆明細的日期都在基準日期當天或之後。請把基準日期改晚一些。`
        : "明細表中沒有可用的明細：每筆需要客戶名稱、可辨識的日期和金額。",
  },
};
