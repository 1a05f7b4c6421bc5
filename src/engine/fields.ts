/**
 * The canonical fields a customer table can hold. Each field declares how its cells are read and the
 * headers it answers to, in Simplified Chinese, Traditional Chinese and English. To add a field or an alias,
 * see ARCHITECTURE.md ("Add a field", "Add a header alias").
 */
import type { Localized } from "./types";

/** How a field's cells are read (see `values/`). */
export type ValueType = "text" | "money" | "count" | "percent" | "days" | "date" | "frequency" | "boolean" | "grade";

/** Who writes the field: the analyst (input) or the add-in (output, never read for grading). */
export type FieldRole = "input" | "output";

export interface FieldSpec {
  readonly type: ValueType;
  readonly role: FieldRole;
  readonly label: Localized;
  /** Header texts this field answers to, compared after normalisation (case, width, spaces, brackets). */
  readonly aliases: readonly string[];
}

const MONTH_NAMES_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH_LONG_EN = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
] as const;
const MONTH_CJK = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"] as const;

function monthField(n: number): FieldSpec {
  const short = MONTH_NAMES_EN[n - 1] ?? "";
  const long = MONTH_LONG_EN[n - 1] ?? "";
  const cjk = MONTH_CJK[n - 1] ?? "";
  const cjkPrefixes = [`${n}月`, `${cjk}月`, `${n}月份`, `${cjk}月份`];
  return {
    type: "money",
    role: "input",
    label: { "zh-CN": `${n}月交易额`, "zh-TW": `${n}月交易額`, en: `${long[0]?.toUpperCase()}${long.slice(1)} amount` },
    aliases: [
      ...cjkPrefixes,
      ...cjkPrefixes.flatMap((p) => [`${p}交易额`, `${p}交易額`, `${p}金额`, `${p}金額`, `${p}营业额`, `${p}營業額`]),
      short, long, `m${n}`, `month${n}`, `${short} amount`, `${long} amount`, `${short} revenue`, `${long} revenue`,
    ],
  };
}

function spec(type: ValueType, label: Localized, aliases: readonly string[], role: FieldRole = "input"): FieldSpec {
  return { type, role, label, aliases };
}

/** Every canonical field. Order is the default column order of the template table. */
export const FIELDS = {
  customerName: spec("text", { "zh-CN": "客户名称", "zh-TW": "客戶名稱", en: "Customer" }, [
    "客户名称", "客户", "客户名", "客户全称", "公司名称", "公司", "企业名称", "企业", "单位名称", "托运人", "货主",
    "客戶名稱", "客戶", "客戶名", "客戶全稱", "公司名稱", "企業名稱", "企業", "單位名稱", "託運人", "貨主",
    "customer", "customer name", "customername", "client", "client name", "company", "company name", "account", "account name", "shipper",
  ]),
  customerId: spec("text", { "zh-CN": "客户编号", "zh-TW": "客戶編號", en: "Customer ID" }, [
    "客户编号", "客户代码", "客户号", "编号", "客戶編號", "客戶代碼", "編號", "customer id", "customer no", "customer number", "account id", "id",
  ]),
  accountManager: spec("text", { "zh-CN": "客户经理", "zh-TW": "客戶經理", en: "Account manager" }, [
    "客户经理", "业务员", "业务代表", "销售代表", "专属业务代表", "客戶經理", "業務員", "業務代表", "銷售代表",
    "account manager", "account representative", "sales rep", "sales representative", "owner",
  ]),
  contact: spec("text", { "zh-CN": "联系人", "zh-TW": "聯絡人", en: "Contact" }, [
    "联系人", "联络人", "对接人", "負責人", "聯絡人", "聯繫人", "對接人", "contact", "contact person", "contact name",
  ]),
  phone: spec("text", { "zh-CN": "联系电话", "zh-TW": "聯絡電話", en: "Phone" }, [
    "联系电话", "联系人电话", "联系人手机", "聯絡人電話", "电话", "手机", "手机号", "联系方式", "电话号码", "聯絡電話", "聯繫電話", "電話", "手機", "手機號碼", "聯絡方式", "聯繫方式",
    "phone", "telephone", "tel", "mobile", "phone number", "contact number",
  ]),
  address: spec("text", { "zh-CN": "地址", "zh-TW": "地址", en: "Address" }, ["地址", "公司地址", "联系地址", "聯絡地址", "address"]),
  industry: spec("text", { "zh-CN": "所属行业", "zh-TW": "所屬行業", en: "Industry" }, [
    "行业", "所属行业", "行業", "所屬行業", "industry", "sector",
  ]),
  transportNeeds: spec("text", { "zh-CN": "运输需求", "zh-TW": "運輸需求", en: "Transport needs" }, [
    "运输需求", "物流需求", "运输要求", "運輸需求", "物流需求", "運輸要求", "transport needs", "transportation needs", "shipping needs", "logistics needs",
  ]),
  cargoType: spec("text", { "zh-CN": "货物类型", "zh-TW": "貨物類型", en: "Cargo type" }, [
    "货物类型", "货物", "货品", "货类", "品类", "貨物類型", "貨物", "貨品", "品類", "cargo", "cargo type", "goods", "commodity",
  ]),
  volume: spec("count", { "zh-CN": "运输量", "zh-TW": "運輸量", en: "Volume" }, [
    "运输量", "货量", "运量", "年运量", "運輸量", "貨量", "運量", "volume", "shipping volume", "tonnage",
  ]),
  frequency: spec("frequency", { "zh-CN": "运输频次", "zh-TW": "運輸頻次", en: "Frequency" }, [
    "频次", "运输频次", "发货频次", "发货频率", "频率", "頻次", "運輸頻次", "發貨頻次", "發貨頻率", "頻率", "frequency", "shipping frequency", "shipments per year",
  ]),
  destination: spec("text", { "zh-CN": "目的地", "zh-TW": "目的地", en: "Destination" }, [
    "目的地", "目的地区", "运输区域", "目的地區", "運輸區域", "destination", "destinations", "lanes",
  ]),
  servicePreferences: spec("text", { "zh-CN": "服务偏好", "zh-TW": "服務偏好", en: "Service preferences" }, [
    "服务偏好", "服务要求", "服務偏好", "服務要求", "service preferences", "service preference", "service requirements",
  ]),
  cooperationStatus: spec("text", { "zh-CN": "合作情况", "zh-TW": "合作情況", en: "Cooperation" }, [
    "合作情况", "合作关系", "合作状态", "合作程度", "合作情況", "合作關係", "合作狀態", "cooperation", "relationship", "relationship status",
  ]),
  financialStatus: spec("text", { "zh-CN": "财务状况", "zh-TW": "財務狀況", en: "Financial status" }, [
    "财务状况", "财务情况", "财务", "財務狀況", "財務狀態", "財務情況", "財務", "financial status", "financials", "finance", "financial condition",
  ]),
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`month${i + 1}`, monthField(i + 1)])) as Record<
    `month${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`,
    FieldSpec
  >,
  annualAmount: spec("money", { "zh-CN": "年交易额", "zh-TW": "年交易額", en: "Annual amount" }, [
    "年交易额", "年交易量", "年度交易额", "年采购额", "年购买量", "年营业额", "交易额", "年合同额", "合同金额",
    "年交易額", "年度交易額", "年採購額", "年購買量", "年營業額", "交易額", "合約金額", "合同金額",
    "annual amount", "annual revenue", "revenue", "annual sales", "annual volume", "contract amount", "annual spend",
  ]),
  grossMargin: spec("percent", { "zh-CN": "毛利率", "zh-TW": "毛利率", en: "Gross margin" }, [
    "毛利率", "毛利", "利润率", "利潤率", "gross margin", "margin", "gm",
  ]),
  onTimePaymentRate: spec("percent", { "zh-CN": "准时付款率", "zh-TW": "準時付款率", en: "On-time payment" }, [
    "准时付款率", "按时付款率", "付款准时率", "回款率", "按时回款率", "准时回款率",
    "準時付款率", "按時付款率", "付款準時率", "回款率", "按時回款率",
    "on-time payment", "on time payment", "on-time payment rate", "payment rate", "on-time rate",
  ]),
  overdueDays: spec("days", { "zh-CN": "逾期天数", "zh-TW": "逾期天數", en: "Days overdue" }, [
    "逾期天数", "逾期", "逾期天", "逾期时间", "逾期天數", "逾期時間", "overdue days", "days overdue", "days past due", "overdue",
  ]),
  outstandingBalance: spec("money", { "zh-CN": "未结余额", "zh-TW": "未結餘額", en: "Outstanding balance" }, [
    "未结余额", "欠款", "欠款金额", "应收账款", "应收款", "未结清金额", "未回款",
    "未結餘額", "欠款金額", "應收帳款", "應收賬款", "應收款", "未結清金額", "未回款",
    "outstanding balance", "balance", "outstanding", "receivable", "receivables", "accounts receivable", "balance due",
  ]),
  creditLimit: spec("money", { "zh-CN": "信用额度", "zh-TW": "信用額度", en: "Credit limit" }, [
    "信用额度", "授信额度", "信用額度", "授信額度", "credit limit", "credit line",
  ]),
  relationshipStart: spec("date", { "zh-CN": "合作开始日期", "zh-TW": "合作開始日期", en: "Customer since" }, [
    "合作开始日期", "合作开始", "合作起始日期", "开始合作", "首次合作", "建档日期", "签约日期",
    "合作開始日期", "合作開始", "合作起始日期", "開始合作", "首次合作", "建檔日期", "簽約日期",
    "relationship start", "customer since", "since", "start date", "first order",
  ]),
  lastTransaction: spec("date", { "zh-CN": "最近交易日期", "zh-TW": "最近交易日期", en: "Last transaction" }, [
    "最近交易日期", "最近交易", "最后交易日期", "最后交易", "最近下单", "最近发货",
    "最後交易日期", "最後交易", "最近下單", "最近發貨",
    "last transaction", "last order", "last shipment", "last transaction date", "last activity",
  ]),
  potential: spec("text", { "zh-CN": "发展潜力", "zh-TW": "發展潛力", en: "Potential" }, [
    "发展潜力", "潜力", "前景", "发展前景", "發展潛力", "潛力", "發展前景", "potential", "prospects", "outlook", "growth potential",
  ]),
  industryStanding: spec("text", { "zh-CN": "行业地位", "zh-TW": "行業地位", en: "Industry standing" }, [
    "行业地位", "市场地位", "行業地位", "市場地位", "industry standing", "market position", "industry position",
  ]),
  contractSigned: spec("boolean", { "zh-CN": "是否签约", "zh-TW": "是否簽約", en: "Under contract" }, [
    "是否签约", "已签约", "签约", "已签合同", "是否簽約", "已簽約", "簽約", "已簽合約", "under contract", "contract signed", "contracted",
  ]),
  complaints: spec("count", { "zh-CN": "投诉次数", "zh-TW": "投訴次數", en: "Complaints" }, [
    "投诉次数", "投诉", "客诉", "投訴次數", "投訴", "客訴", "complaints", "complaint count",
  ]),
  manualGrade: spec("grade", { "zh-CN": "人工等级", "zh-TW": "人工等級", en: "Manual grade" }, [
    "人工等级", "手动等级", "人工评级", "指定等级", "人工定级", "人工等級", "手動等級", "人工評級", "指定等級",
    "manual grade", "override grade", "grade override",
  ]),
  grade: spec(
    "grade",
    { "zh-CN": "客户等级", "zh-TW": "客戶等級", en: "Grade" },
    ["客户等级", "等级", "客户级别", "级别", "客戶等級", "等級", "客戶級別", "級別", "grade", "customer grade", "tier", "rating"],
    "output",
  ),
  score: spec(
    "count",
    { "zh-CN": "评分", "zh-TW": "評分", en: "Score" },
    ["评分", "得分", "分数", "综合评分", "評分", "分數", "綜合評分", "score", "total score"],
    "output",
  ),
  remark: spec(
    "text",
    { "zh-CN": "备注", "zh-TW": "備註", en: "Remark" },
    ["备注", "说明", "備註", "說明", "remark", "remarks", "notes", "note", "comment"],
    "output",
  ),
} satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;

export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

export function isFieldId(value: string): value is FieldId {
  return Object.prototype.hasOwnProperty.call(FIELDS, value);
}

export function fieldSpec(id: FieldId): FieldSpec {
  return FIELDS[id];
}

/** The twelve monthly amount fields, January first. */
export const MONTH_FIELDS = FIELD_IDS.filter((id) => /^month\d+$/.test(id));
