/**
 * Headers as real exports write them: with periods and units anywhere, in other words for the same thing, as an
 * amount or as a rate, as ageing buckets, in Traditional characters, in two languages. Each is read alone.
 */
import type { FieldId } from "../../../src/engine/fields";
import { type MappedColumn, mapColumns } from "../../../src/engine/headers/mapColumns";

/** The one column a header maps to, or null. */
function only(header: string): MappedColumn | null {
  return Object.values(mapColumns([header]).columns)[0] ?? null;
}

const fieldOf = (header: string): FieldId | null => only(header)?.field ?? null;

describe("a period qualifier is set aside and kept", () => {
  test.each<[string, FieldId, string, string]>([
    ["2017年销售额", "annualAmount", "year", "2017年"],
    ["FY2017 Revenue", "annualAmount", "year", "fy2017"],
    ["本年发货票数", "orderCount", "yearToDate", "本年"],
    ["今年运费收入", "annualAmount", "yearToDate", "今年"],
    ["Sales YTD", "annualAmount", "yearToDate", "ytd"],
    ["上年度营收", "annualAmount", "previousYear", "上年度"],
    ["近12个月运单数", "orderCount", "months", "近12个月"],
    ["月均发货票数", "orderCount", "perMonth", "月均"],
    ["年收入", "annualAmount", "year", "年"],
  ])("%s → %s over a %s period (%j)", (header, field, kind, text) => {
    expect(only(header)).toMatchObject({ field, via: "qualified", periodText: text, period: { kind } });
  });

  test.each<[string, FieldId, string, string]>([
    ["Sales (2017)", "annualAmount", "year", "2017"],
    ["Shipments (Last 12 Months)", "orderCount", "months", "last 12 months"],
  ])(
    "%s → %s over a %s period (%j), in brackets: the header outside them is the alias",
    (header, field, kind, text) => {
      expect(only(header)).toMatchObject({ field, via: "alias", periodText: text, period: { kind } });
    },
  );

  test("a period alone, or a period's total, is that period's amount; a bare year column is not", () => {
    expect(["全年合计", "上半年合計", "月均", "去年全年", "Total 2024"].map(fieldOf)).toEqual(
      Array(5).fill("annualAmount"),
    );
    expect(["年度", "FY", "合计", "Total"].map(fieldOf)).toEqual([null, null, null, null]);
  });
});

describe("a unit anywhere scales the column", () => {
  test.each<[string, FieldId, number, string]>([
    ["毛利额(万元)", "profit", 10000, "万元"],
    ["本年运费收入（万元）", "annualAmount", 10000, "万元"],
    ["欠款千元", "outstandingBalance", 1000, "千元"],
    ["USD Sales", "annualAmount", 1, "usd"],
    ["Sales in USD", "annualAmount", 1, "usd"],
    ["Revenue FY24 ('000 USD)", "annualAmount", 1000, "'000 usd"],
    ["GP FY24 ($k)", "profit", 1000, "$k"],
    ["营收 NT$", "annualAmount", 1, "nt$"],
  ])("%s → %s × %d (%j)", (header, field, scale, unit) => {
    expect(only(header)).toMatchObject({ field, scale, unit });
  });
});

describe("an amount is not a rate, a tonnage is not a count, days are not money", () => {
  test.each<[string, FieldId | null]>([
    ["毛利额", "profit"],
    ["毛利", "profit"],
    ["利润(元)", "profit"],
    ["毛利率", "grossMargin"],
    ["毛利(%)", "grossMargin"],
    ["Profit Margin %", "grossMargin"],
    ["Gross Margin $", "profit"],
    ["发货量", "orderCount"],
    ["月均发货量(吨)", "volume"],
    ["ShipmentsPerWeek", "frequency"],
    ["每周发货次数", "frequency"],
    ["Overdue Balance", "overdueAmount"],
    ["逾期金额", "overdueAmount"],
    ["avg_order_value", null],
    ["Revenue per Mile", null],
  ])("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  test("a generic word left once a period is set aside names nothing", () => {
    // "annual amount" is an alias; "amount" alone is not, so "Outstanding Amount" is only the balance.
    expect(only("Outstanding Amount")).toMatchObject({ field: "outstandingBalance" });
    expect(mapColumns(["Outstanding Amount"]).issues).toEqual([]);
    expect(fieldOf("Amount")).toBeNull();
    expect(fieldOf("Sum of Amount")).toBeNull();
  });
});

describe("words that name the same thing are read alike", () => {
  test.each<[string, FieldId]>([
    ["首次成交日期", "relationshipStart"],
    ["初次交易日", "relationshipStart"],
    ["First Sale Date", "relationshipStart"],
    ["FirstShipDate", "relationshipStart"],
    ["Min of Order Date", "relationshipStart"],
    ["最小值项:下单日期", "relationshipStart"],
    ["往來起始日", "relationshipStart"],
    ["最后托运日", "lastTransaction"],
    ["最近开船日", "lastTransaction"],
    ["最後託運日", "lastTransaction"],
    ["Recent Deal Close Date", "lastTransaction"],
    ["LastShipDate", "lastTransaction"],
    ["Max of Order Date", "lastTransaction"],
    ["本月託運筆數", "orderCount"],
    ["今年出車趟數", "orderCount"],
    ["Load Count", "orderCount"],
    ["帳戶名稱", "customerName"],
    ["帳戶擁有者", "accountManager"],
    ["Account Mgr", "accountManager"],
    ["Company owner", "accountManager"],
    ["TEUs FY24", "volume"],
    ["运费合计", "annualAmount"],
    ["Billing City", "region"],
    ["Billing Street", "address"],
    ["帳單城市", "region"],
    ["Address 1: City", "region"],
    ["Name 1", "customerName"],
    ["Contract (Y/N)", "contractSigned"],
  ])("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  test.each([
    "最后跟进时间",
    "Last Activity",
    "Last Activity Date",
    "Order Date",
    "创建时间",
    "(Do Not Modify) Account",
  ])("%s is no date or field of ours", (header) => {
    expect(fieldOf(header)).toBeNull();
  });
});

describe("dated months", () => {
  test.each<[string, FieldId]>([
    ["2024/01", "month1"],
    ["2024-03", "month3"],
    ["202412", "month12"],
    ["01/2024", "month1"],
    ["Jan-24", "month1"],
    ["Mar 2024", "month3"],
    ["2024年03月份", "month3"],
  ])("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("ageing buckets", () => {
  test.each<[string, FieldId]>([
    ["Current", "ageingCurrent"],
    ["未到期", "ageingCurrent"],
    ["0-30天", "ageingCurrent"],
    ["1 - 30", "ageing1to30"], // a past-due report: already late
    ["逾期30天內", "ageing1to30"],
    ["31~60天", "ageing31to60"],
    ["30-60天", "ageing31to60"],
    ["61-90 days", "ageing61to90"],
    ["90天以上", "ageingOver90"],
    ["91 AND OVER", "ageingOver90"],
    ["121-180天", "ageingOver90"],
    ["181-360 Days Past Due", "ageingOver180"],
    ["361+ Days Past Due", "ageingOver365"],
    ["1年以上", "ageingOver365"],
    ["逾期一年以上", "ageingOver365"],
    ["Aged over a year", "ageingOver365"],
  ])("%s → %s", (header, field) => {
    expect(only(header)).toMatchObject({ field, via: "qualified" });
  });
});

describe("Traditional Chinese is read as Simplified", () => {
  test("a Traditional header of a Simplified-only alias is still that alias", () => {
    // Only the Simplified 最近发货日期 is listed; OpenCC turns 最近發貨日期 into it.
    expect(only("最近發貨日期")).toMatchObject({ field: "lastTransaction", via: "alias", confidence: 1 });
    expect(only("應收賬款餘額(萬元)")).toMatchObject({ field: "outstandingBalance", scale: 10000 });
  });
});

describe("bilingual headers", () => {
  test.each<[string, FieldId]>([
    ["客戶名稱 Customer Name", "customerName"],
    ["最近出貨 Last Shipment", "lastTransaction"],
    ["等級 Grade", "grade"],
    ["備註 Remarks", "remark"],
    // The halves disagree: the Chinese is the sheet's own word, the English its gloss.
    ["業務 Sales", "accountManager"],
  ])("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("confidence says how the header was read", () => {
  test("an alias is surer than a qualified header, and that than a contained alias", () => {
    const alias = only("毛利额");
    const qualified = only("2024年毛利额");
    const contained = only("首要联系人");
    expect([alias?.via, qualified?.via, contained?.via]).toEqual(["alias", "qualified", "contains"]);
    expect(alias?.confidence).toBe(1);
    expect(qualified?.confidence).toBe(0.95);
    expect(contained?.confidence).toBeLessThan(0.95);
    expect(contained?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  test("a header read through synonyms is qualified, below one whose only change is a period", () => {
    expect(only("帳戶名稱")).toMatchObject({ via: "qualified" });
    expect(only("帳戶名稱")?.confidence).toBeLessThan(0.95);
  });
});
