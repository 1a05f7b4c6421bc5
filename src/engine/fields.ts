/**
 * The canonical fields a customer table can hold. Each field declares how its cells are read and the
 * headers it answers to, in Simplified Chinese, Traditional Chinese and English. To add a field or an alias,
 * see ARCHITECTURE.md ("Add a field", "Add a header alias").
 */
import type { Localized } from "./types";

/** How a field's cells are read (see `values/`). */
export type ValueType = "text" | "money" | "count" | "percent" | "days" | "date" | "frequency" | "boolean" | "grade";

/** Who writes the field: the analyst (input) or the add-in (output, never read for grading). */
type FieldRole = "input" | "output";

export interface FieldSpec {
  readonly type: ValueType;
  readonly role: FieldRole;
  readonly label: Localized;
  /** Header texts this field answers to, compared after normalisation (case, width, script, spaces, brackets). */
  readonly aliases: readonly string[];
  /** A figure of a period (revenue, orders): the header's period ("本年", "近3个月") turns it into a year's. */
  readonly flow?: true;
  /** An ageing bucket: the days overdue its amount stands for (its range's lower bound). */
  readonly ageingFrom?: number;
}

const MONTH_NAMES_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH_LONG_EN = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
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
      ...cjkPrefixes.flatMap((p) => [`${p}交易额`, `${p}金额`, `${p}营业额`, `${p}销售额`, `${p}收入`, `${p}运费`]),
      short,
      long,
      `m${n}`,
      `month${n}`,
      `${short} amount`,
      `${long} amount`,
      `${short} revenue`,
      `${long} revenue`,
    ],
  };
}

/** Aliases written as `|`-separated lists, one per script: each is compared after normalisation (see headers/). */
function aliases(...lists: readonly string[]): readonly string[] {
  return lists.flatMap((list) => list.split("|").map((a) => a.trim())).filter((a) => a.length > 0);
}

function spec(
  type: ValueType,
  label: Localized,
  names: readonly string[],
  extra: Partial<Pick<FieldSpec, "role" | "flow" | "ageingFrom">> = {},
): FieldSpec {
  return { type, role: extra.role ?? "input", label, aliases: names, ...extra };
}

const output = { role: "output" } as const;
/** A figure of a period (a year's revenue, a month's orders): its header's period turns it into a year's. */
const flow = { flow: true } as const;

/** Every canonical field. Order is the default column order of the template table. */
export const FIELDS = {
  customerName: spec(
    "text",
    { "zh-CN": "客户名称", "zh-TW": "客戶名稱", en: "Customer" },
    aliases(
      "客户名称|客户|客户名|客户全称|客户简称|简称|公司名称|公司|公司名|公司简称|企业名称|企业|单位名称|单位|客户单位|托运人|托运单位|货主|发货单位|发货人|往来单位|往来单位名称|客商|客商名称|购货单位|结算单位|付款单位|客户姓名|组织名称|买方|委托单位|委托人|委托方|委托客户|客户全名|托运客户|发货客户|公司全称|单位全称|客户别|名称",
      "客戶簡稱|託運人|貨主",
      "customer|customer name|customername|legal name|customer legal name|trading name|registered name|client|client name|company|company name|account|account name|shipper|organization|organisation|organization name|buyer|sold-to party|sold to party|sold-to|bill-to name|consignor|debtor|debtor name|business partner|partner|name|display name|customer full name|associated company",
    ),
  ),
  customerId: spec(
    "text",
    { "zh-CN": "客户编号", "zh-TW": "客戶編號", en: "Customer ID" },
    aliases(
      "客户编号|客户代码|客户编码|客户代号|客户号|客户id|编号|编码|代码|代号|客商编码|客商代码|往来单位编码|单位编码|客户账号|月结账号|月结卡号|客户号码|内部参考|内部编号",
      "客戶代號|客戶編號|編號",
      "customer id|customer no|customer number|customer code|customer #|cust no|cust id|cust code|client id|client code|account id|account number|account no|acct no|debtor code|debtor no|bp code|customer key|id|record id|internal id|internal reference",
    ),
  ),
  accountManager: spec(
    "text",
    { "zh-CN": "客户经理", "zh-TW": "客戶經理", en: "Account manager" },
    aliases(
      "客户经理|业务员|业务人员|业务代表|业务经理|销售代表|专属业务代表|销售员|销售人员|销售|销售负责人|客户负责人|负责人|归属人|所属销售|跟进人|大客户经理|业务担当|营业员|所有人|客户所有人|专管业务员|业务窗口|业务联系人|销售经理|跟单员|对接销售|业务专员|销售专员|业务别|导购|专属导购",
      "業務人員|業務員|業務|負責業務",
      "account manager|account representative|account executive|account owner|sales rep|sales representative|salesperson|sales person|salesman|sales owner|owner|assigned to|rep|kam|key account manager|sales manager|customer owner|record owner|sales employee|sales agent|sales staff|account rep|assigned rep|rep name",
    ),
  ),
  contact: spec(
    "text",
    { "zh-CN": "联系人", "zh-TW": "聯絡人", en: "Contact" },
    aliases(
      "联系人|联络人|对接人|联系人姓名|联系人名称|主要联系人|窗口|联系窗口",
      "聯絡人|聯繫人|窗口人員",
      "contact|contact person|contact name|primary contact|main contact|attention|attn",
    ),
  ),
  phone: spec(
    "text",
    { "zh-CN": "联系电话", "zh-TW": "聯絡電話", en: "Phone" },
    aliases(
      "联系电话|联系人电话|联系人手机|电话|手机|手机号|手机号码|联系方式|电话号码|座机|固话|办公电话",
      "聯絡電話|電話|手機|手機號碼",
      "phone|telephone|tel|mobile|mobile number|cell|cell phone|phone number|contact number|telephone number|mobile phone|tel no|phone no",
    ),
  ),
  address: spec(
    "text",
    { "zh-CN": "地址", "zh-TW": "地址", en: "Address" },
    aliases(
      "地址|公司地址|联系地址|详细地址|注册地址|办公地址|所在地址|通讯地址",
      "聯絡地址",
      "address|billing address|street|mailing address|street address|company address",
    ),
  ),
  industry: spec(
    "text",
    { "zh-CN": "所属行业", "zh-TW": "所屬行業", en: "Industry" },
    aliases(
      "行业|所属行业|行业类别|行业分类|客户行业",
      "行業|產業|產業別",
      "industry|sector|industry type|vertical|line of business",
    ),
  ),
  region: spec(
    "text",
    { "zh-CN": "区域", "zh-TW": "區域", en: "Region" },
    aliases(
      "区域|地区|大区|片区|所属区域|销售区域|区域名称|所在区域|省份|省|所在省份|城市|所在城市|所在地区|所在地|国家|国家地区|分公司|所属分公司|网点|所属网点|所属大区|市|区县|营业所|营业点|省市|省市区|所在省市|城市名称|门店",
      "區域|地區|縣市",
      "region|area|territory|sales territory|sales region|province|state|city|country|zone|market|branch|sales area",
    ),
  ),
  segment: spec(
    "text",
    { "zh-CN": "客户类型", "zh-TW": "客戶類型", en: "Segment" },
    aliases(
      "客户类型|客户类别|客户分类|客户性质|客户细分|细分|细分市场|客户群|客户群体|类型|客户属性|分类|所属分类|会员等级|会员级别|经销商等级|经销商级别",
      "客戶類別|客戶類型",
      "segment|customer type|customer segment|customer category|customer class|account type|type|category|customer group|market segment|relationship type",
    ),
  ),
  transportNeeds: spec(
    "text",
    { "zh-CN": "运输需求", "zh-TW": "運輸需求", en: "Transport needs" },
    aliases(
      "运输需求|物流需求|运输要求|配送需求|运送需求|用车需求",
      "運輸需求",
      "transport needs|transportation needs|shipping needs|logistics needs",
    ),
  ),
  cargoType: spec(
    "text",
    { "zh-CN": "货物类型", "zh-TW": "貨物類型", en: "Cargo type" },
    aliases(
      "货物类型|货物|货品|货类|品类|货物品类|货物类别|货物名称|货名|品名|货物种类|主营货物|主要货物|商品类别|产品类别|主营产品|主要产品|托运货物",
      "貨物類型|貨品|品類",
      "cargo|cargo type|goods|commodity|product category|goods type|cargo category|product type|main products|products|commodity type",
    ),
  ),
  volume: spec(
    "count",
    { "zh-CN": "运输量", "zh-TW": "運輸量", en: "Volume" },
    aliases(
      "运输量|货量|运量|箱数|柜数|年运量|重量|总重量|货重|计费重量|吨位|吨数|体积|方数|件数|总件数|箱量|柜量|板数|托数|托盘数|才数|材积",
      "運輸量|貨量|運量",
      "volume|shipping volume|shipment volume|shipped volume|freight volume|cargo volume|pallets|cartons|tonnage|weight|gross weight|total weight|chargeable weight|cbm|teu|tons|kgs|pieces",
    ),
    flow,
  ),
  frequency: spec(
    "frequency",
    { "zh-CN": "运输频次", "zh-TW": "運輸頻次", en: "Frequency" },
    aliases(
      "频次|运输频次|发货频次|发货频率|频率|下单频率|下单频次|发运频次|出货频率|出货频次",
      "頻次|運輸頻次|發貨頻次|發貨頻率|頻率",
      "frequency|shipping frequency|order frequency|shipment frequency|frequency of shipments",
    ),
  ),
  orderCount: spec(
    "count",
    { "zh-CN": "订单数", "zh-TW": "訂單數", en: "Orders" },
    aliases(
      "订单数|订单数量|订单量|订单笔数|下单次数|下单数|发货票数|发货次数|发货单数|发货量|票数|票量|单量|运单数|运单量|运单数量|发运次数|出货次数|托运票数|交易次数|交易笔数|成交单数|订舱票数|委托票数|业务票数|出货单数|趟数|车次|趟次",
      "訂單數|出貨次數|出貨單數",
      "orders|order count|number of orders|no of orders|total orders|shipments|shipment count|number of shipments|bookings|booking count|jobs|number of jobs|waybills|consignments|transactions|deliveries|loads|order qty",
    ),
    flow,
  ),
  destination: spec(
    "text",
    { "zh-CN": "目的地", "zh-TW": "目的地", en: "Destination" },
    aliases(
      "目的地|目的地区|运输区域|主要线路|线路|运输线路|常用线路|主要流向|流向|目的港|目的城市|收货地|到达地|主要目的地|航线|主要航线|配送区域|送货区域|配送范围",
      "目的地區|運輸區域",
      "destination|destinations|lanes|main lanes|routes|main routes|trade lane|trade lanes|destination port|pod|ship to city|lane",
    ),
  ),
  servicePreferences: spec(
    "text",
    { "zh-CN": "服务偏好", "zh-TW": "服務偏好", en: "Service preferences" },
    aliases(
      "服务偏好|服务要求|服务需求|时效要求|时效|特殊要求|服务类型|服务产品|增值服务|温层|温区|温控要求|温度要求",
      "服務偏好|服務要求",
      "service preferences|service preference|service requirements|service level|service type|delivery requirements|special requirements|sla|value-added services|special handling",
    ),
  ),
  cooperationStatus: spec(
    "text",
    { "zh-CN": "合作情况", "zh-TW": "合作情況", en: "Cooperation" },
    aliases(
      "合作情况|合作关系|合作状态|合作程度|客户状态|合作阶段|成交状态|往来状况",
      "合作情況|合作關係|合作狀態|客戶狀態",
      "cooperation|relationship|relationship status|customer status|account status|status|lifecycle stage|lifecycle",
    ),
  ),
  financialStatus: spec(
    "text",
    { "zh-CN": "财务状况", "zh-TW": "財務狀況", en: "Financial status" },
    aliases(
      "财务状况|财务情况|财务|财务状态|资信状况|资信|信用状况|信用情况|信用评价",
      "財務狀況|財務狀態|財務情況|財務",
      "financial status|financials|finance|financial condition|credit status|financial health",
    ),
  ),
  ...(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`month${i + 1}`, monthField(i + 1)])) as Record<
    `month${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`,
    FieldSpec
  >),
  annualAmount: spec(
    "money",
    { "zh-CN": "年交易额", "zh-TW": "年交易額", en: "Annual amount" },
    aliases(
      "年交易额|年交易量|年度交易额|年采购额|年购买量|年营业额|交易额|交易金额|年合同额|合同金额|合同额|销售额|销售金额|销售收入|营收|营业收入|营业额|运费收入|运费|运费总额|运费金额|收入|总收入|成交额|成交金额|业绩|销售业绩|开票金额|开票收入|结算金额|发货金额|消费金额|采购额|采购金额|销货金额|销货收入|业务收入|物流收入|服务收入|发运金额|销货净额|销售净额|净销售额|计费金额|计费总额|账单金额|开票额",
      "年交易額|年採購額|營業額|營收|銷貨金額|銷貨收入|銷售額|銷售金額|合約金額",
      "annual amount|annual revenue|revenue|annual sales|contract amount|annual spend|sales|turnover|billing|billings|freight revenue|net sales|gross sales|total sales|sales amount|invoiced amount|invoiced sales|spend|total revenue|income|gmv|total billing|sales revenue|billed amount|total billed",
    ),
    flow,
  ),
  profit: spec(
    "money",
    { "zh-CN": "毛利额", "zh-TW": "毛利額", en: "Profit" },
    aliases(
      "毛利额|毛利|毛利润|利润|利润额|净利润|净利|盈利|毛利金额|利润金额|贡献毛利|毛利贡献",
      "毛利額|利潤",
      "profit|gross profit|gp|net profit|margin amount|profit amount|contribution|gross profit amount",
    ),
    flow,
  ),
  grossMargin: spec(
    "percent",
    { "zh-CN": "毛利率", "zh-TW": "毛利率", en: "Gross margin" },
    aliases(
      "毛利率|利润率|净利率|净利润率|毛利百分比",
      "毛利率|利潤率",
      "gross margin|margin|gm|profit margin|net margin|gross margin rate|margin rate|gp margin",
    ),
  ),
  onTimePaymentRate: spec(
    "percent",
    { "zh-CN": "准时付款率", "zh-TW": "準時付款率", en: "On-time payment" },
    aliases(
      "准时付款率|按时付款率|付款准时率|回款率|按时回款率|准时回款率|及时回款率|回款及时率|付款及时率|按期付款率|按期回款率|收款率|准时收款率|按时收款率",
      "準時付款率|按時付款率|付款準時率|按時回款率",
      "on-time payment|on time payment|on-time payment rate|payment rate|on-time rate|collection rate|paid on time|pay on time rate|paid within terms",
    ),
  ),
  overdueDays: spec(
    "days",
    { "zh-CN": "逾期天数", "zh-TW": "逾期天數", en: "Days overdue" },
    aliases(
      "逾期天数|逾期|逾期天|逾期时间|逾期时长|账龄|账龄天数|最长账龄|平均账龄|最长逾期天数|超期天数|超期|拖欠天数|欠款天数|欠款账龄|应收账龄",
      "逾期天數|逾期時間|帳齡|最長帳齡",
      "overdue days|days overdue|days past due|overdue|dpd|aging|ageing|aging days|ageing days|max days overdue|days late|oldest invoice days|arrears|days in arrears|arrears after net due date|days beyond terms|dbt|oldest invoice age|invoice age",
    ),
  ),
  outstandingBalance: spec(
    "money",
    { "zh-CN": "未结余额", "zh-TW": "未結餘額", en: "Outstanding balance" },
    aliases(
      "未结余额|欠款|欠款金额|应收账款|应收账款余额|应收余额|应收金额|应收款|应收款余额|未结清金额|未回款|未回款金额|未收金额|未收款|待收款|挂账|挂账金额|余额|期末余额|应收合计|未核销金额|欠费|欠费金额|应收未收|账款总额|账款余额|应收总额|欠款余额|未收账款|未冲销金额|期末应收|期末应收款|期末欠款|已占用额度|已用额度|占用额度",
      "未結餘額|應收帳款|應收賬款|應收款|應收帳款餘額",
      "outstanding balance|balance|outstanding|receivable|receivables|accounts receivable|balance due|open balance|ar balance|a/r balance|amount due|total due|open amount|open ar|total outstanding|unpaid|unpaid balance|total receivables|owed|a/r|credit exposure|current balance|posted balance|ending balance|closing balance|credit used",
    ),
  ),
  overdueAmount: spec(
    "money",
    { "zh-CN": "逾期金额", "zh-TW": "逾期金額", en: "Overdue amount" },
    aliases(
      "逾期金额|逾期款|逾期款项|逾期欠款|逾期应收|逾期应收款|逾期未收|逾期未收金额|逾期余额|超期金额|超期款|超期欠款|超期应收|到期未收|到期未收金额|已逾期金额",
      "逾期金額|逾期款項|逾期應收|逾期應收款|逾期未收金額|逾期餘額|超期金額|到期未收金額",
      "overdue amount|amount overdue|overdue balance|past due|past due amount|amount past due|total past due|total overdue|overdue receivables|past due balance|overdue ar",
    ),
  ),
  unbilledAmount: spec(
    "money",
    { "zh-CN": "未开票金额", "zh-TW": "未開票金額", en: "Unbilled amount" },
    aliases(
      "未开票金额|未开票|已发货未开票|已发货未开票金额|已运未开票|未开票运费|未对账金额|未对账|未结算金额|未结算运费|暂估应收|暂估收入|在途未结算",
      "未開票金額|未開發票金額|已出貨未開票|未對帳金額|未結算金額",
      "unbilled|unbilled amount|unbilled shipments|unbilled loads|unbilled orders|unbilled revenue|unbilled charges|uninvoiced|uninvoiced amount|not yet invoiced|accrued unbilled|accrued revenue|wip unbilled",
    ),
  ),
  creditLimit: spec(
    "money",
    { "zh-CN": "信用额度", "zh-TW": "信用額度", en: "Credit limit" },
    aliases(
      "信用额度|授信额度|月结额度|赊销额度|信用限额|授信金额|账期额度|月结限额|信用额|额度",
      "信用額度|授信額度",
      "credit limit|credit line|credit amount|limit|approved credit",
    ),
  ),
  ageingCurrent: spec(
    "money",
    { "zh-CN": "未到期", "zh-TW": "未到期", en: "Not yet due" },
    aliases("未到期|未逾期", "", "current|not due|not yet due"),
    { ageingFrom: 0 },
  ),
  ageing1to30: spec("money", { "zh-CN": "逾期1–30天", "zh-TW": "逾期1–30天", en: "1–30 days past due" }, [], {
    ageingFrom: 1,
  }),
  ageing31to60: spec("money", { "zh-CN": "账龄31–60天", "zh-TW": "帳齡31–60天", en: "Aged 31–60 days" }, [], {
    ageingFrom: 31,
  }),
  ageing61to90: spec("money", { "zh-CN": "账龄61–90天", "zh-TW": "帳齡61–90天", en: "Aged 61–90 days" }, [], {
    ageingFrom: 61,
  }),
  ageingOver90: spec("money", { "zh-CN": "账龄90天以上", "zh-TW": "帳齡90天以上", en: "Aged over 90 days" }, [], {
    ageingFrom: 91,
  }),
  ageingOver180: spec("money", { "zh-CN": "账龄180天以上", "zh-TW": "帳齡180天以上", en: "Aged over 180 days" }, [], {
    ageingFrom: 181,
  }),
  ageingOver365: spec("money", { "zh-CN": "账龄一年以上", "zh-TW": "帳齡一年以上", en: "Aged over a year" }, [], {
    ageingFrom: 366,
  }),
  relationshipStart: spec(
    "date",
    { "zh-CN": "合作开始日期", "zh-TW": "合作開始日期", en: "Customer since" },
    aliases(
      "合作开始日期|合作开始|合作起始日期|开始合作|首次合作|首次合作时间|首次合作日期|建档日期|签约日期|签约时间|首次下单日期|首次下单|首单日期|首次发货日期|首次发货|首次交易日期|首次交易|开户日期|合同开始日期|合作开始时间|成为客户日期|入网日期|首次出货日期|发展日期|开发日期",
      "合作開始日期|簽約日期|建檔日期|首次交易日",
      "relationship start|customer since|since|start date|first order|first order date|first shipment|first shipment date|first purchase date|first purchase|contract start|contract start date|onboarding date|account opened|date of first order|first invoice date|first transaction|first transaction date|client since|became a customer|onboard date|onboarded|date acquired|acquisition date|established|date established|established date",
    ),
  ),
  lastTransaction: spec(
    "date",
    { "zh-CN": "最近交易日期", "zh-TW": "最近交易日期", en: "Last transaction" },
    aliases(
      "最近交易日期|最近交易|最后交易日期|最后交易|最近下单|最近下单日期|最后下单日期|最后下单|最近发货|最近发货日期|最后发货日期|最后发货|最近一次下单|最近订单日期|最后订单日期|末次发货日期|最后出货日期|最近出货日期|上次下单|上次下单日期|最后业务日期|最近业务日期|最后开票日期|最近开票日期|最近交易时间|最后交易时间|最近发货时间",
      "最近交易日|最後出貨日|最近出貨日",
      "last transaction|last order|last order date|last shipment|last shipment date|last transaction date|last purchase|last purchase date|last invoice date|most recent order|latest order date|date of last order|last booking date|last sale date",
    ),
  ),
  // RFM (recency, frequency, monetary), as a customer table built from lines has them; a rule set may grade on them.
  recencyDays: spec(
    "days",
    { "zh-CN": "最近交易间隔天数", "zh-TW": "最近交易間隔天數", en: "Recency (days)" },
    aliases(
      "最近交易间隔天数|距最近交易天数|距最近交易|距上次交易|最近交易间隔|最近一次交易间隔|最近消费间隔|最近一次消费间隔|最近购买间隔|距今天数|未交易天数|未下单天数|最近度|r值天数",
      "最近交易間隔天數|距最近交易天數|距最近交易|距上次交易|最近交易間隔|未交易天數",
      "days since last order|recency|recency days|days since last purchase|days since last transaction|days since last shipment",
    ),
  ),
  rfmR: spec(
    "count",
    { "zh-CN": "R分", "zh-TW": "R分", en: "Recency score" },
    aliases("R分|R值|R评分|R得分|最近度得分", "R評分|最近度得分", "r score|r|recency score"),
  ),
  rfmF: spec(
    "count",
    { "zh-CN": "F分", "zh-TW": "F分", en: "Frequency score" },
    aliases("F分|F值|F评分|F得分|频度得分", "F評分|頻度得分", "f score|f|frequency score"),
  ),
  rfmM: spec(
    "count",
    { "zh-CN": "M分", "zh-TW": "M分", en: "Monetary score" },
    aliases("M分|M值|M评分|M得分", "M評分", "monetary score|m"),
  ),
  rfmSegment: spec(
    "text",
    { "zh-CN": "RFM客户类型", "zh-TW": "RFM客戶類型", en: "RFM segment" },
    aliases(
      "RFM客户类型|RFM类型|RFM分类|RFM分层|RFM客户分类|RFM客户分层|RFM细分|RFM分群",
      "RFM客戶類型|RFM類型|RFM分類|RFM分層",
      "rfm segment|rfm type|rfm class|rfm category|rfm group|rfm cluster",
    ),
  ),
  potential: spec(
    "text",
    { "zh-CN": "发展潜力", "zh-TW": "發展潛力", en: "Potential" },
    aliases(
      "发展潜力|潜力|前景|发展前景|客户潜力|潜在价值",
      "發展潛力|潛力",
      "potential|prospects|outlook|growth potential",
    ),
  ),
  industryStanding: spec(
    "text",
    { "zh-CN": "行业地位", "zh-TW": "行業地位", en: "Industry standing" },
    aliases(
      "行业地位|市场地位|行业排名",
      "行業地位|市場地位",
      "industry standing|market position|industry position|market standing",
    ),
  ),
  contractSigned: spec(
    "boolean",
    { "zh-CN": "是否签约", "zh-TW": "是否簽約", en: "Under contract" },
    aliases(
      "是否签约|已签约|签约|已签合同|是否签合同|是否签订合同|签约状态|签约情况",
      "是否簽約|已簽約|簽約|已簽合約",
      "under contract|contract signed|contracted",
    ),
  ),
  complaints: spec(
    "count",
    { "zh-CN": "投诉次数", "zh-TW": "投訴次數", en: "Complaints" },
    aliases(
      "投诉次数|投诉|客诉|投诉数|投诉量|客诉次数|客诉数|客诉件数|投诉件数",
      "投訴次數|投訴|客訴",
      "complaints|complaint count|number of complaints",
    ),
  ),
  manualGrade: spec(
    "grade",
    { "zh-CN": "人工等级", "zh-TW": "人工等級", en: "Manual grade" },
    aliases(
      "人工等级|手动等级|人工评级|指定等级|人工定级|调整等级|手工等级",
      "人工等級|手動等級|人工評級|指定等級",
      "manual grade|override grade|grade override",
    ),
  ),
  grade: spec(
    "grade",
    { "zh-CN": "客户等级", "zh-TW": "客戶等級", en: "Grade" },
    aliases(
      "客户等级|等级|客户级别|级别|客户分级",
      "客戶等級|等級|客戶級別|級別",
      "grade|customer grade|tier|customer tier",
    ),
    output,
  ),
  score: spec(
    "count",
    { "zh-CN": "评分", "zh-TW": "評分", en: "Score" },
    aliases("评分|得分|分数|综合评分", "評分|分數|綜合評分", "score|total score"),
    output,
  ),
  remark: spec(
    "text",
    { "zh-CN": "备注", "zh-TW": "備註", en: "Remark" },
    aliases("备注|说明", "備註|說明", "remark|remarks|notes|note|comment|comments"),
    output,
  ),
} satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;

export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

/** A field's spec with every optional key visible (the `FIELDS` entries are typed by their literals). */
export const fieldSpec = (id: FieldId): FieldSpec => FIELDS[id];

export function isFieldId(value: string): value is FieldId {
  return Object.prototype.hasOwnProperty.call(FIELDS, value);
}

/** The twelve monthly amount fields, January first. */
export const MONTH_FIELDS = FIELD_IDS.filter((id) => /^month\d+$/.test(id));
