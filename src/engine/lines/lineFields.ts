/**
 * The headers each line field answers to, as the exports of TMS, express carriers, ERPs, forwarders and shops
 * write them (where each comes from: test/fixtures/lines/headers.json and /work docs "lines"). Chinese patterns
 * are matched against the header as `readHeader` reads it (Simplified, no brackets, units or period words),
 * folded by `foldChinese` (托运/出货 → 发货, 编码/代码/账号/卡号 → 编号, …时间/…日 → …日期, 路线 → 线路); English
 * ones against its words joined by single spaces, "number", "nr", "num" and "#" read as "no".
 *
 * A rank says how good a column is for its field when a table has several: the lowest rank wins, ties go to the
 * leftmost column. The tiers are what the mapping's choices rest on (see mapLines.ts).
 */
import type { LineField } from "./types";

export interface LineAlias {
  readonly rank: number;
  readonly pattern: RegExp;
}

export interface LineVocabulary {
  readonly zh: readonly LineAlias[];
  readonly en: readonly LineAlias[];
}

/** Customer ranks from here on are numbers or e-mails, not names: used only when no name column exists. */
export const CUSTOMER_ID_RANK = 50;
/** Lane ranks: a lane or route (below 20), a destination (20–29), an origin (30–39). */
export const DESTINATION_RANK = 20;
export const ORIGIN_RANK = 30;
/** Amount ranks of an amount said to be net of tax and of one said to include it (see `amountTax`). */
export const NET_AMOUNT_RANK = 8;
export const GROSS_AMOUNT_RANK = 18;

const zh = (rank: number, list: string): LineAlias => ({ rank, pattern: new RegExp(`^(?:${list})$`) });
const en = zh;

/** Money a line carries: what the customer was charged (the amount), in Chinese exports. */
const AMOUNT_TOTALS =
  "总运费|运费(?:合计|总计|总额|小计)|合计运费|应收(?:合计|总额|金额|运费|费用|款)?|应收运费合计|结算金额|结算运费|费用(?:合计|总计|总额)|" +
  "订单合计|合计金额|总金额|金额(?:合计|总计)|总费用|合计|总计|营业收入|销售收入|运输收入|主营业务收入|收入(?:金额)?|运费收入|营收|" +
  "销售额|销售金额|发货金额|交易金额|订单金额|开票金额|对账金额|账单金额|本币金额|原币金额|计费金额|订单总额|商品总价|总价";

export const LINE_VOCABULARY: Readonly<Record<LineField, LineVocabulary>> = {
  customer: {
    zh: [
      zh(
        10,
        "客户(?:名称|全称|名|单位|公司|姓名)?|月结客户(?:名称)?|商家名称|商家|买家(?:会员名|昵称|名称|姓名)?|会员名|发货客户(?:名称)?|签约客户|购货单位|订货单位|购买方(?:名称)?|购方(?:名称)?|" +
          "买方(?:名称)?|客户名称全称|往来单位(?:名称)?|交易单位",
      ),
      zh(11, "客户简称|简称"),
      zh(
        12,
        "结算(?:客户|单位)(?:名称)?|委托(?:单位|方|客户|人)(?:名称)?|付款(?:单位|方|客户)(?:名称)?|开票(?:单位|抬头)",
      ),
      zh(14, "货主(?:名称)?|公司名称"),
      zh(15, "发货(?:人|单位|方|公司|企业)(?:名称)?|寄件(?:公司|单位|客户)(?:名称)?|寄方(?:公司|单位)?"),
      zh(50, "客户编号|客户号|客户id|月结编号|客户账号|发货人编号|发货单位编号"),
      zh(52, "结算(?:客户|单位)编号|付款方编号|会员id|商家编号"),
      zh(55, "客户电邮|客户邮箱|客户email|电子邮件|邮箱"),
    ],
    en: [
      en(
        10,
        "customer|customer name|customer full name|client|client name|account name|buyer|buyer name|sold to name|" +
          "sold to party name|name of sold to party|sold to customer name|customer company|consignor|consignor name",
      ),
      en(11, "customer short name|short name"),
      en(
        12,
        "bill to|bill to name|bill to customer|bill to customer name|billing name|billing company|payer name|local client|" +
          "local client name|debtor|debtor name|ordering party|booking party|billing customer",
      ),
      en(14, "company name|company"),
      en(15, "shipper|shipper name|sender|sender name|sender company|shipper company|shipper company name"),
      en(30, "name|entity|customer vendor|customer job"),
      en(
        CUSTOMER_ID_RANK,
        "customer id|customer no|customer code|customer account|customer account no|client id|client no|client code|" +
          "account no|account id|account code|debtor code|debtor no|local client code|shipper code|shipper id|bill to customer no|" +
          "bill to customer id|bill to no|customer cd",
      ),
      en(52, "sold to party|sold to|sold to no|sold to party no|sold to pt|payer|payer no|payer id"),
      en(55, "email|e mail|customer email|billing email|buyer email|email address"),
    ],
  },
  date: {
    zh: [
      zh(
        10,
        "发货日期|开单日期|开票据日期|寄件日期|揽收日期|揽件日期|提货日期|接货日期|装货日期|装车日期|起运日期|发车日期|用车日期|派车日期|" +
          "运单日期|销货日期|出货日期|出库日期|单据日期|业务日期|日期|交易日期|销售日期|开船日期|离港日期|航班日期|作业日期|运输日期|" +
          "出港日期|实际离港日期|开航日期",
      ),
      zh(12, "时间|交易时间|业务时间|单据时间|发货时间|寄件时间|开单时间|揽收时间|提货时间"),
      zh(15, "开票日期|发票日期|记账日期|过账日期|凭证日期|入账日期|账单日期"),
      zh(20, "订单创建日期|下单日期|订单日期|接单日期|受理日期|委托日期|订舱日期|预约日期|订货日期|下单时间"),
      zh(30, "制单日期|创建日期|录入日期|登记日期|建单日期|创建时间"),
      zh(40, "到达日期|到货日期|送达日期|签收日期|交货日期|回单日期|卸货日期|完成日期|妥投日期|到港日期|实际到港日期"),
      zh(60, "月份|年月|期间|账期月份|所属月份|会计期间"),
    ],
    en: [
      en(
        10,
        "date|ship date|shipment date|shipped date|shipping date|pickup date|pick up date|pu date|dispatch date|despatch date|" +
          "loading date|load date|job date|etd|atd|departure date|sailing date|on board date|onboard date|document date|doc date|" +
          "transaction date|trans date|txn date|sales date|sale date|service date|movement date|goods issue date|" +
          "actual goods movement date|consignment date|waybill date|date time|flight date",
      ),
      en(15, "invoice date|billing date|inv date|bill date|posting date|posted date|gl date"),
      en(
        20,
        "order date|created at|order created|order created at|booking date|order placed|placed at|purchase date|ordered at",
      ),
      en(30, "created date|create date|creation date|entry date|created on|created|date created|entered date"),
      en(
        40,
        "delivery date|delivered date|delivered at|arrival date|eta|ata|pod date|fulfilled at|received date|completion date|completed date",
      ),
      en(60, "month|period|posting period|fiscal period|year month"),
    ],
  },
  amount: {
    zh: [
      zh(9, "折后金额|折后运费|买家实际支付金额|实际支付金额|实付金额|实付款|实收金额"),
      zh(10, AMOUNT_TOTALS),
      zh(11, "金额|本币金额合计|发生额"),
      zh(
        15,
        "运费|运费金额|运输金额|费用金额|运输费金额|运费总金额|费用|运输费|运输费用|快递费|物流费|运杂费|服务费|标准运费|折后运费|实际运费|快递费用",
      ),
      zh(GROSS_AMOUNT_RANK, "价税合计|本币价税合计|原币价税合计|含税合计|含税总额"),
    ],
    en: [
      en(
        10,
        "amount|total|total amount|revenue|total revenue|sales|sales amount|invoice amount|invoiced amount|billed amount|billing amount|" +
          "charges|total charges|total charge|freight revenue|gross revenue|line total|line amount|extended amount|ext amount|" +
          "order total|grand total|turnover|income|sales value|amount lc|amount in local currency|amount local currency|" +
          "total sell|revenue amount|total billed|billed|charge amount|transaction amount|amount in document currency",
      ),
      en(12, "value|sell|freight charges|freight charge|total freight|freight amount|shipping charges|invoice value"),
      en(15, "freight|charge|fee|fees|shipping fee|linehaul|line haul"),
      en(NET_AMOUNT_RANK, "net value|net amount|net sales|net revenue|net total|net value in document currency|net"),
      en(GROSS_AMOUNT_RANK, "gross amount|gross value|total incl|amount incl|total gross"),
    ],
  },
  profit: {
    zh: [
      zh(
        10,
        "毛利|毛利额|毛利润|毛利金额|利润|利润额|利润金额|销售毛利|本币毛利|单票利润|单票毛利|盈利|盈利金额|业务利润|票毛利",
      ),
      zh(12, "净利|净利润|税前利润|贡献毛利"),
    ],
    en: [
      en(
        10,
        "profit|gross profit|gp|job profit|profit amount|gross profit amount|margin amount|profit lc|total profit",
      ),
      en(12, "margin|gross margin|net profit|contribution|contribution margin"),
    ],
  },
  cost: {
    zh: [
      zh(
        10,
        "成本|成本金额|总成本|成本合计|销售成本|运输成本|营业成本|实际成本|本币成本|成本总额|出库成本|主营业务成本|运营成本",
      ),
      zh(
        16,
        "承运商运费|外包运费|外协运费|分包运费|承运运费|车辆运费|司机运费|外包费用|外协费用|承运商费用|采购运费|支付运费",
      ),
    ],
    en: [
      en(
        10,
        "cost|total cost|costs|cost amount|cogs|cost of goods sold|cost of sales|job cost|cost lc|total costs|cost of goods",
      ),
      en(
        14,
        "buy|total buy|carrier cost|carrier pay|carrier charge|carrier charges|purchase cost|linehaul cost|vendor cost",
      ),
    ],
  },
  orderNo: {
    zh: [
      zh(
        10,
        "运单号(?:码)?|运单编号|运单|发货单号(?:码)?|发货单编号|订单号(?:码)?|订单编号|单据编号|单据号(?:码)?|单号|出库单号|出库单编号|" +
          "销售单号|销售单编号|销货单号|销货单编号|工作编号|快递单号|面单号|工作单号|业务编号|业务单号|委托单号|委托编号|作业单号|派车单号|销售出库单号|" +
          "发货单据号|运单号码|交易单号|订单|工作号|业务号",
      ),
      zh(12, "销售订单号|销售订单编号|提货单号|母单号|子运单号|分单号"),
      zh(15, "提单号|提单号码|订舱号|托单号"),
      zh(20, "发票号(?:码)?|发票编号|主单号|调度单号|凭证号|凭证编号"),
      zh(30, "编号|单据"),
    ],
    en: [
      en(
        10,
        "order no|order id|order|waybill|waybill no|awb|awb no|shipment no|shipment id|shipment|job no|job|job id|" +
          "document no|doc no|billing document|billing doc|consignment no|consignment|con note|con note no|order name|" +
          "sales order no|so no|delivery no|file no|booking no|pro no|load no|load id|load|trip no",
      ),
      en(
        12,
        "tracking no|tracking id|sales order|sales document|transaction no|transaction id|txn id|hawb|hawb no|house bill",
      ),
      en(15, "b l no|bl no|bill of lading|bill of lading no|hbl no|mbl no|booking ref|booking reference"),
      en(20, "invoice no|invoice|invoice id|inv no|mawb|mawb no|document|voucher no"),
      en(40, "name"),
    ],
  },
  weight: {
    zh: [
      zh(
        10,
        "实际重量|实重|毛重|重量|货物重量|总重量|总重|货重|吨数|公斤数|实际吨数|总毛重|货物毛重|实际毛重|称重重量|重量合计",
      ),
      zh(15, "净重"),
      zh(20, "计费重量|计费重|结算重量|收费重量|计重|计费吨|计费吨数|结算吨数"),
    ],
    en: [
      en(
        10,
        "weight|gross weight|actual weight|total weight|gw|gross wt|wt|tonnage|tons|tonnes|kgs|kg|total gross weight|gross weight kg|weight kg",
      ),
      en(15, "net weight|nw"),
      en(20, "chargeable weight|chargeable wt|cw|billable weight|billed weight|rated weight|ch wt|chg wt|chargeable"),
    ],
  },
  volume: {
    zh: [
      zh(10, "体积|方数|立方|立方数|总体积|货物体积|立方米|材积|才积|才数|实际体积|总方数|体积合计|方量"),
      zh(15, "计费体积|计费方数|结算体积|结算方数"),
    ],
    en: [
      en(10, "volume|cbm|cubic meters|cubic metres|m3|measurement|total volume|total cbm|volume cbm|cu m|cubic meter"),
      en(15, "chargeable volume|chargeable cbm"),
    ],
  },
  lane: {
    zh: [
      zh(10, "线路|线路名称|运输线路|流向|航线|干线线路|线路名"),
      zh(12, "路由|运输路由"),
      zh(
        DESTINATION_RANK,
        "目的地|目的省份|目的省|到货地|到着站|到着地|目的城市|到达城市|到达地|到站|目的站|收货城市|目的港|卸货港|收件城市|寄达地|到达省市|目的省市|目的地城市|到达网点|" +
          "收货地|目的网点|目的机场|寄达城市|目的地区|到货城市",
      ),
      zh(
        ORIGIN_RANK,
        "起运地|始发地|发站|始发城市|起运城市|发货城市|起运港|装货港|原寄地|寄件城市|寄件地区|始发站|出发地|始发网点|发货地|起始地|" +
          "始发港|起运站|起飞机场|始发机场",
      ),
    ],
    en: [
      en(10, "lane|trade lane|route|lane name|route name|lane id"),
      en(12, "routing"),
      en(
        DESTINATION_RANK,
        "destination|dest|destination city|dest city|port of discharge|pod|destination port|to city|ship to city|consignee city|shipping city|" +
          "delivery city|destination country|final destination|discharge port",
      ),
      en(
        ORIGIN_RANK,
        "origin|origin city|port of loading|pol|origin port|from city|ship from city|shipper city|pickup city|loading port|" +
          "origin country|departure port",
      ),
    ],
  },
  cargo: {
    zh: [
      zh(
        10,
        "货物名称|品名|货名|货物|货品名称|货品|物品名称|物品|托寄物|托寄物内容|内件|内件品名|商品名称|商品|物料名称|存货名称|" +
          "产品名称|产品|货物品名|货物描述|品名描述|货物品类名称|商品全名|宝贝标题|商品标题",
      ),
      zh(20, "货物类型|货物类别|货类|品类|物料类别|商品类别|存货分类|货物种类|产品类别|货物分类"),
    ],
    en: [
      en(
        10,
        "commodity|cargo|cargo description|goods description|description of goods|goods|product|product name|" +
          "material description|commodity description|goods name",
      ),
      en(12, "item name|lineitem name|item description|line item name"),
      en(15, "item"),
      en(20, "description|cargo type|commodity type|product category|commodity group|material group"),
      en(25, "category"),
    ],
  },
  dueDate: {
    zh: [
      zh(
        10,
        "到期日期|应收到期日期|付款到期日期|收款到期日期|账期到期日期|结算到期日期|约定付款日期|约定收款日期|最后付款日期|应付款日期|应收款日期|付款期限|收款期限|预计收款日期|到期日",
      ),
    ],
    en: [
      en(10, "due date|payment due date|due|net due date|due on|invoice due date|payment due|date due|maturity date"),
    ],
  },
  openAmount: {
    zh: [
      zh(
        10,
        "未收金额|未收款|未收款金额|未收|未核销金额|未核销|未结金额|未结清金额|未结算金额|待收金额|待收款|欠款金额|欠款|未回款金额|未回款|剩余应收|剩余金额|应收余额|未收余额",
      ),
    ],
    en: [
      en(
        10,
        "open amount|amount open|amount due|balance due|open balance|outstanding|outstanding amount|amount outstanding|amount remaining|remaining amount|remaining balance|unpaid|unpaid amount|amount unpaid",
      ),
    ],
  },
};

/** Said of an amount: net of tax (不含税, 未税, 无税, 除税, excl. tax) or including it (含税, incl. tax). */
const NET_OF_TAX =
  /不含税|未税|无税|除税|不计税|excl(?:uding)?\.?\s*(?:vat|tax)|ex\.?\s*(?:vat|tax)|net\s*of\s*tax|w\/o\s*tax|before\s*tax|pre[-\s]?tax/;
const WITH_TAX =
  /(?<![不未])含税|税后|价税合计|incl(?:uding)?\.?\s*(?:vat|tax)|with\s*(?:vat|tax)|after\s*tax|tax\s*incl|gross\s*of\s*tax/;

/** Whether a header (lower case, Simplified) says its amount is net of tax, includes it, or neither. */
export function amountTax(text: string): "net" | "gross" | null {
  if (NET_OF_TAX.test(text)) return "net";
  return WITH_TAX.test(text) ? "gross" : null;
}

/**
 * A header of money owed (应付): the firm's cost when the table also says what it is owed (应收) or its profit, as a
 * forwarder's or TMS's receivable/payable report does; else the customer's own statement, whose 应付金额 is the
 * charge after discounts.
 */
export const PAYABLE = /^应付(?:合计|总额|金额|运费|费用|款)?$/;
export const RECEIVABLE = /应收/;
export const PAYABLE_AS_COST_RANK = 14;
export const PAYABLE_AS_AMOUNT_RANK = 10;

/** Tax words left in a Chinese key (readHeader drops 含税/不含税/未税 but not 无税, 税后): not what it names. */
export const TAX_WORDS = /不含税|未税|无税|除税|含税|税后|税前/g;
