/**
 * `mapLineColumns` reads a lines table's header row: which column is the customer, the date, the amount and the
 * optional fields, with the factor of each header's unit and, where the header left a choice, how it was read.
 */
import { type LineField, type LinesMapping, mapLineColumns } from "../../../src/engine/lines";

/** The header of each mapped field (what a reader of the table would point at). */
function headersOf(mapping: LinesMapping): Partial<Record<LineField, string>> {
  const out: Partial<Record<LineField, string>> = {};
  for (const column of Object.values(mapping.columns)) if (column) out[column.field] = column.header;
  return out;
}

describe("the amount net of tax or with tax", () => {
  test("of an amount with tax and one without, the one without tax is the amount", () => {
    for (const headers of [
      ["客户名称", "日期", "含税金额", "不含税金额"],
      ["客户名称", "日期", "不含税金额", "含税金额"],
    ]) {
      const { amount } = mapLineColumns(headers).columns;
      expect(amount).toMatchObject({ header: "不含税金额", basis: "net-of-tax" });
    }
  });

  test("an ERP's plain 金额 beside 价税合计 is the amount, read as net of tax", () => {
    const mapping = mapLineColumns(["客户名称", "开票日期", "金额", "税额", "价税合计"]);
    expect(mapping.columns.amount).toMatchObject({ index: 2, header: "金额", basis: "net-of-tax" });
    expect(mapping.ignored.map((c) => c.header)).toEqual(["税额", "价税合计"]);
  });

  test("an amount with tax is used when the table has no other, and says so", () => {
    expect(mapLineColumns(["客户名称", "开票日期", "价税合计"]).columns.amount).toMatchObject({
      index: 2,
      basis: "with-tax",
    });
  });

  test("English exports: the net value beats the gross amount, excl. VAT beats incl. VAT", () => {
    expect(mapLineColumns(["Customer", "Date", "Net Value", "Gross Amount"]).columns.amount).toMatchObject({
      header: "Net Value",
      basis: "net-of-tax",
    });
    expect(
      mapLineColumns(["Customer", "Date", "Amount (incl. VAT)", "Amount (excl. VAT)"]).columns.amount,
    ).toMatchObject({ header: "Amount (excl. VAT)", basis: "net-of-tax" });
  });

  test("an amount that says nothing of tax has no basis", () => {
    expect(mapLineColumns(["客户名称", "日期", "运费"]).columns.amount).toEqual({
      field: "amount",
      index: 2,
      header: "运费",
      scale: 1,
    });
  });
});

describe("应付 (payable): the cost beside a receivable or a profit, else the customer's charge", () => {
  test("beside 应收金额, 应付金额 is the cost and 应收金额 the amount", () => {
    expect(headersOf(mapLineColumns(["客户", "日期", "应收金额", "应付金额"]))).toEqual({
      customer: "客户",
      date: "日期",
      amount: "应收金额",
      cost: "应付金额",
    });
  });

  test("beside a profit column, 应付金额 is the cost", () => {
    const { columns } = mapLineColumns(["客户", "日期", "运费", "应付金额", "毛利"]);
    expect(columns.cost?.header).toBe("应付金额");
    expect(columns.profit?.header).toBe("毛利");
    expect(columns.amount?.header).toBe("运费");
  });

  test("alone (a carrier's statement to its customer), 应付金额 is the amount and there is no cost", () => {
    const { columns } = mapLineColumns(["客户", "日期", "应付金额"]);
    expect(columns.amount?.header).toBe("应付金额");
    expect(columns.cost).toBeUndefined();
  });
});

describe("the customer's number or e-mail is the customer only without a name column", () => {
  test("beside a name column, the customer number is ignored", () => {
    for (const headers of [
      ["客户编号", "客户名称", "日期", "金额"],
      ["Customer ID", "Customer Name", "Date", "Amount"],
    ]) {
      const mapping = mapLineColumns(headers);
      expect(mapping.columns.customer).toEqual({ field: "customer", index: 1, header: headers[1], scale: 1 });
      expect(mapping.ignored).toEqual([{ index: 0, header: headers[0] }]);
    }
  });

  test("without one, the number is the customer and its basis says so", () => {
    for (const headers of [
      ["客户编号", "日期", "金额"],
      ["Customer ID", "Date", "Amount"],
    ]) {
      expect(mapLineColumns(headers).columns.customer).toEqual({
        field: "customer",
        index: 0,
        header: headers[0],
        scale: 1,
        basis: "customer-id",
      });
    }
  });
});

describe("units in headers", () => {
  test("kilograms count in tonnes, 万元 in yuan, cubic metres as they are; one weight column is used", () => {
    const mapping = mapLineColumns(["客户名称", "日期", "运费(万元)", "重量(kg)", "体积(m³)", "重量(吨)"]);
    expect(mapping.columns.amount).toMatchObject({ index: 2, scale: 10_000 });
    expect(mapping.columns.weight).toMatchObject({ index: 3, scale: 0.001 });
    expect(mapping.columns.volume).toMatchObject({ index: 4, scale: 1 });
    expect(mapping.ignored).toEqual([{ index: 5, header: "重量(吨)" }]);
  });

  test("the actual weight beats the chargeable weight; a destination lane reads its origin beside it", () => {
    const mapping = mapLineColumns([
      "客户名称",
      "发货日期",
      "运费",
      "计费重量(kg)",
      "实际重量(kg)",
      "起运地",
      "目的地",
    ]);
    expect(mapping.columns.weight?.header).toBe("实际重量(kg)");
    expect(mapping.columns.lane?.header).toBe("目的地");
    expect(mapping.laneOrigin?.header).toBe("起运地");
  });
});

describe("missing required columns", () => {
  test("a table without a date or an amount column maps neither, and keeps its other headers as ignored", () => {
    const mapping = mapLineColumns(["运单号", "客户名称", "件数", "备注"]);
    expect(mapping.columns.date).toBeUndefined();
    expect(mapping.columns.amount).toBeUndefined();
    expect(headersOf(mapping)).toEqual({ orderNo: "运单号", customer: "客户名称" });
    expect(mapping.ignored).toEqual([
      { index: 2, header: "件数" },
      { index: 3, header: "备注" },
    ]);
  });

  test("headers that are no line field, blank headers included, map nothing", () => {
    const mapping = mapLineColumns(["备注", "", null, "件数"]);
    expect(mapping.columns).toEqual({});
    expect(mapping.ignored.map((c) => c.index)).toEqual([0, 1, 2, 3]);
  });

  test("the same headers always give the same mapping", () => {
    const headers = ["运单号", "发货日期", "客户名称", "起运地", "目的地", "重量(kg)", "运费(元)", "成本(元)"];
    expect(mapLineColumns(headers)).toEqual(mapLineColumns([...headers]));
  });
});
