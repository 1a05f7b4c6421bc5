/** Where the formatting simulator is as strict as Excel is documented (or feared) to be. */
import { codeOf, smallWorkbook } from "./helpers";

test("a conditional format's id is its position in the collection it was read from; getItem resolves that position", async () => {
  const wb = smallWorkbook();
  wb.userAddConditionalFormat("Data", "C3:C5", { type: "Custom", rule: { formula: "=TRUE" }, fillColor: "#111111" });
  wb.userAddConditionalFormat("Data", "D3:D5", { type: "Custom", rule: { formula: "=TRUE" }, fillColor: "#222222" });
  const ids = await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const onD = sheet.getRange("D3:D5").conditionalFormats.load("items/id");
    const both = sheet.getRange("C3:D5").conditionalFormats.load("items/id");
    await context.sync();
    // "0" in D's collection is the D format; "0" in C3:D5's is the newer one, D's too; "1" there is C's.
    sheet.getRange("C3:D5").conditionalFormats.getItem("1").delete();
    const range = onD.items[0]!.getRange().load("address");
    await context.sync();
    return { d: onD.items.map((i) => i.id), both: both.items.map((i) => i.id), address: range.address };
  });
  expect(ids).toEqual({ d: ["0"], both: ["0", "1"], address: "Data!D3:D5" });
  expect(wb.formatting("Data").conditionalFormats.map((c) => c.fillColor)).toEqual(["#222222"]);
});

test("a loaded format stays itself when another is deleted before it", async () => {
  const wb = smallWorkbook();
  for (const colour of ["#111111", "#222222", "#333333"]) {
    wb.userAddConditionalFormat("Data", "C3:C5", { type: "Custom", rule: { formula: "=TRUE" }, fillColor: colour });
  }
  await wb.run(async (context) => {
    const items = context.workbook.worksheets.getItem("Data").getRange("C3:C5").conditionalFormats.load("items/type");
    await context.sync();
    items.items[0]!.delete();
    items.items[1]!.delete();
    await context.sync();
  });
  expect(wb.formatting("Data").conditionalFormats.map((c) => c.fillColor)).toEqual(["#111111"]);
});

test("a validation rule over cells that already have validation is refused until cleared", async () => {
  const wb = smallWorkbook();
  wb.userSetValidation("Data", "C3:C4", "x,y");
  const set = (clearFirst: boolean) =>
    wb.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Data").getRange("C3:C5").dataValidation;
      if (clearFirst) validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      await context.sync();
    });
  expect(await codeOf(set(false))).toBe("InvalidArgument");
  await set(true);
  expect(wb.formatting("Data").validation("C5")?.rule).toEqual({ list: { inCellDropDown: true, source: "a,b" } });
});

test("freezeAt freezes the rows and columns down to the range's far corner", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.freezePanes.freezeAt(sheet.getRange("A1:B3"));
    await context.sync();
  });
  expect([wb.formatting("Data").frozenRows, wb.formatting("Data").frozenColumns]).toEqual([3, 2]);
});

test("setData rebuilds the series with the chart's own type and axis", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:D5"), "Columns");
    chart.series.getItemAt(1).chartType = "LineMarkers";
    await context.sync();
    chart.setData(sheet.getRange("B2:D4"), "Columns");
    await context.sync();
  });
  expect(wb.formatting("Data").charts[0]?.series.map((s) => s.chartType)).toEqual([
    "ColumnClustered",
    "ColumnClustered",
  ]);
});

test("failRequestAfter loses one request whole, and the next ones go through", async () => {
  const wb = smallWorkbook();
  wb.failRequestAfter(1);
  const write = (value: string) =>
    wb.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1").values = [[value]];
      await context.sync();
    });
  await write("first");
  expect(await codeOf(write("lost"))).toBe("GeneralException");
  expect(wb.cell("Notes", 0, 0).value).toBe("first");
  await write("third");
  expect(wb.cell("Notes", 0, 0).value).toBe("third");
});

test("defined names: found in any case, and a table cannot take one's name (nor a name a table's)", async () => {
  const wb = smallWorkbook();
  const found = await wb.run(async (context) => {
    context.workbook.names.add("Rates", "=Data!$B$3");
    const item = context.workbook.names.getItemOrNullObject("RATES").load("name,formula");
    const missing = context.workbook.names.getItemOrNullObject("Other");
    await context.sync();
    return [item.isNullObject, item.name, item.formula, missing.isNullObject];
  });
  expect(found).toEqual([false, "Rates", "=Data!$B$3", true]);
  const rename = wb.run(async (context) => {
    context.workbook.tables.getItem("Customers").name = "rates";
    await context.sync();
  });
  expect(await codeOf(rename)).toBe("InvalidArgument");
  const define = wb.run(async (context) => {
    context.workbook.names.add("customers", "=Data!$B$3");
    await context.sync();
  });
  expect(await codeOf(define)).toBe("ItemAlreadyExists");
});

test("a custom rule's formula is read when set (outside the subset refused) and evaluated per cell, relative to the range's top-left", async () => {
  const wb = smallWorkbook(); // Data: header at B2 (Name, Amount, Grade), rows 3-5 grades A, B, C
  await wb.run(async (context) => {
    const cf = context.workbook.worksheets.getItem("Data").getRange("B3:D5").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=AND(N("mark")=0,$D3="b")';
    cf.custom.format.fill.color = "#FFEB9C";
    await context.sync();
  });
  const snap = wb.formatting("Data");
  expect(["B3", "B4", "C4", "D4", "D5"].map((a) => snap.conditionalFill(a))).toEqual([
    null,
    "#FFEB9C",
    "#FFEB9C",
    "#FFEB9C",
    null,
  ]);
  const unsupported = wb.run(async (context) => {
    const cf = context.workbook.worksheets.getItem("Data").getRange("D3:D5").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=VLOOKUP($D3,Notes!A:B,2,FALSE)="x"';
    await context.sync();
  });
  expect(await codeOf(unsupported)).toBe("NotImplemented");
});
