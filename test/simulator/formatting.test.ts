/** The formatting part of the simulator: conditional formats, validation, panes, widths, styles, sheets, tables, charts. */
import { codeOf, smallWorkbook } from "./helpers";
import { createWorkbook } from "../../src/simulator";

test("a conditional format added to a range is listed with its rule after a sync, and reading before the load throws", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("D3:D5");
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=$D3="A"';
    cf.custom.format.fill.color = "#C6EFCE";
    const bar = context.workbook.worksheets.getItem("Data").getRange("C3:C5").conditionalFormats.add("DataBar");
    bar.dataBar.positiveFormat.fillColor = "#5B9BD5";
    await context.sync();
    const listed = range.conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
    expect(() => listed.items).toThrow();
    await context.sync();
    expect(listed.items.map((i) => [i.type, i.customOrNullObject.rule.formula])).toEqual([["Custom", '=$D3="A"']]);
  });
  const snap = wb.formatting("Data");
  expect(snap.conditionalFormats.map((c) => [c.type, c.address, c.fillColor, c.barColor])).toEqual([
    ["DataBar", "C3:C5", null, "#5B9BD5"],
    ["Custom", "D3:D5", "#C6EFCE", null],
  ]);
});

test("the OrNullObject part of a format of another type is a null object; the plain part fails the sync", async () => {
  const wb = smallWorkbook();
  wb.userAddConditionalFormat("Data", "C3:C5", {
    type: "CellValue",
    rule: { formula1: "100", operator: "GreaterThan" },
    fillColor: "#FFC7CE",
  });
  await wb.run(async (context) => {
    const items = context.workbook.worksheets
      .getItem("Data")
      .getRange("C3:C5")
      .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
    await context.sync();
    expect(items.items[0]?.customOrNullObject.isNullObject).toBe(true);
    expect(items.items[0]?.customOrNullObject.rule.formula).toBeNull();
  });
  const code = await codeOf(
    wb.run(async (context) => {
      const items = context.workbook.worksheets
        .getItem("Data")
        .getRange("C3:C5")
        .conditionalFormats.load("items/custom/rule/formula");
      await context.sync();
      return items;
    }),
  );
  expect(code).toBe("InvalidOperation");
});

test("deleting a conditional format by id removes only that one", async () => {
  const wb = smallWorkbook();
  wb.userAddConditionalFormat("Data", "B3:D5", { type: "Custom", rule: { formula: "=TRUE" }, fillColor: "#FFEB9C" });
  const [mine] = await wb.run(async (context) => {
    const cf = context.workbook.worksheets.getItem("Data").getRange("D3:D5").conditionalFormats.add("ContainsText");
    cf.textComparison.rule = { operator: "Contains", text: "A" };
    cf.load("id");
    await context.sync();
    return [cf.id];
  });
  await wb.run(async (context) => {
    context.workbook.worksheets
      .getItem("Data")
      .getRange("D3:D5")
      .conditionalFormats.getItem(mine ?? "")
      .delete();
    await context.sync();
  });
  expect(wb.formatting("Data").conditionalFormats.map((c) => c.address)).toEqual(["B3:D5"]);
});

test("a list validation longer than 255 characters is refused; clear() removes validation from the range only", async () => {
  const wb = smallWorkbook();
  wb.userSetValidation("Data", "B3:B5", "x,y");
  const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(",");
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D3:D5").dataValidation.rule = {
          list: { inCellDropDown: true, source: long },
        };
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
  await wb.run(async (context) => {
    const dv = context.workbook.worksheets.getItem("Data").getRange("D3:D5").dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: "A,B,C" } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "t", message: "m" };
    await context.sync();
    const whole = context.workbook.worksheets.getItem("Data").getRange("B3:D5").dataValidation.load("type");
    await context.sync();
    expect(whole.type).toBe("MixedCriteria");
    dv.clear();
    await context.sync();
  });
  expect(wb.formatting("Data").validation("D3")).toBeNull();
  expect(wb.formatting("Data").validation("B3")).not.toBeNull();
});

test("freezeRows, autofitColumns and table style take effect at sync; an unknown style is refused", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.freezePanes.freezeRows(2);
    sheet.getRange("B2:D5").format.autofitColumns();
    context.workbook.tables.getItem("Customers").style = "TableStyleMedium9";
    const location = sheet.freezePanes.getLocationOrNullObject().load("address");
    await context.sync();
    expect(location.address).toBe("Data!A1:XFD2");
  });
  const snap = wb.formatting("Data");
  expect(snap.frozenRows).toBe(2);
  expect(snap.columnWidth(1)).toBeGreaterThan(0);
  expect(wb.tableStyle("Customers")).toBe("TableStyleMedium9");
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.tables.getItem("Customers").style = "Pretty";
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
});

test("worksheets.add refuses a name in use in any case; tables.add refuses to overlap a table and names headers", async () => {
  const wb = smallWorkbook();
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.add("notes");
        await context.sync();
      }),
    ),
  ).toBe("ItemAlreadyExists");
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.tables.add("Data!A1:C3", true);
        await context.sync();
      }),
    ),
  ).toBe("InvalidOperation");
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.add("New");
    sheet.getRange("A1:B2").values = [
      ["Name", ""],
      ["x", 1],
    ];
    const table = context.workbook.tables.add("New!A1:B2", true);
    table.name = "Fresh";
    table.load("name,id");
    await context.sync();
    expect(table.name).toBe("Fresh");
  });
  expect(wb.sheetNames()).toEqual(["Data", "Notes", "New"]);
  expect(wb.tableValues("Fresh").headers).toEqual(["Name", "Column2"]);
  expect(wb.tableLayouts().at(-1)).toMatchObject({ name: "Fresh", sheet: "New", topRow: 0, leftColumn: 0 });
});

test("a chart made from a range has a series per column after the first, and follows setData", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:C5"), "Columns");
    chart.name = "Mine";
    chart.title.text = "Amounts";
    await context.sync();
    chart.setData(sheet.getRange("B2:D5"), "Columns");
    chart.series.getItemAt(1).axisGroup = "Secondary";
    const found = sheet.charts.getItemOrNullObject("mine");
    const missing = sheet.charts.getItemOrNullObject("other");
    await context.sync();
    expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
  });
  expect(wb.formatting("Data").charts).toEqual([
    {
      name: "Mine",
      chartType: "ColumnClustered",
      title: "Amounts",
      source: "B2:D5",
      series: [
        { name: "Amount", chartType: "ColumnClustered", axisGroup: "Primary" },
        { name: "Grade", chartType: "ColumnClustered", axisGroup: "Secondary" },
      ],
    },
  ]);
});

test("rows.add appends below the table, which grows; cells in the way are not simulated", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const table = context.workbook.tables.getItem("Customers");
    table.rows.add(undefined, [["Delta", 5, "D"]]);
    const count = table.rows.load("count");
    await context.sync();
    expect(count.count).toBe(4);
  });
  expect(wb.tableValues("Customers").rows[3]).toEqual(["Delta", 5, "D"]);
  wb.userEdit("Data", 6, 1, "in the way");
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.tables.getItem("Customers").rows.add(undefined, [["Eps", 1, "E"]]);
        await context.sync();
      }),
    ),
  ).toBe("NotImplemented");
});

test("a sheet is found by its id after a rename; a rename to a name in use is refused", async () => {
  const wb = smallWorkbook();
  const id = await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Notes").load("id");
    await context.sync();
    sheet.name = "Renamed";
    await context.sync();
    return sheet.id;
  });
  await wb.run(async (context) => {
    const found = context.workbook.worksheets.getItemOrNullObject(id).load("name");
    const style = context.workbook.tables.getItem("Customers");
    expect(() => style.style).toThrow();
    style.load("style");
    await context.sync();
    expect([found.name, style.style]).toEqual(["Renamed", "TableStyleMedium2"]);
  });
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Renamed").name = "data";
        await context.sync();
      }),
    ),
  ).toBe("ItemAlreadyExists");
});

test("a table opened with an id keeps it, and a table made later gets another", async () => {
  const wb = createWorkbook({
    sheets: [{ name: "Data" }],
    tables: [{ id: "41", name: "Kept", sheet: "Data", topRow: 0, leftColumn: 0, headers: ["A"], rows: [[1]] }],
  });
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("C1:C2").values = [["B"], [2]];
    context.workbook.tables.add("Data!C1:C2", true).name = "Made";
    await context.sync();
  });
  const [kept, made] = wb.tableLayouts();
  expect(kept).toEqual({ id: "41", name: "Kept", sheet: "Data", topRow: 0, leftColumn: 0 });
  expect([made?.name, made?.id === "41"]).toEqual(["Made", false]);
});

test("what a cell's conditional formats show: the first true format's colours in priority order, stopIfTrue ending the list", async () => {
  const wb = smallWorkbook();
  // Amounts C3:C5 are 120, 80 and empty; grades D3:D5 are A, B, C.
  wb.userAddConditionalFormat("Data", "C3:C5", {
    type: "CellValue",
    rule: { formula1: "100", operator: "GreaterThan" },
    fillColor: "#FFC7CE",
  });
  wb.userAddConditionalFormat("Data", "C3:C5", {
    type: "CellValue",
    rule: { formula1: "50", formula2: "=130", operator: "Between" },
    fillColor: "#FFEB9C",
  });
  await wb.run(async (context) => {
    const grades = context.workbook.worksheets.getItem("Data").getRange("D3:D5");
    const text = grades.conditionalFormats.add("ContainsText");
    text.textComparison.rule = { operator: "BeginsWith", text: "b" };
    text.textComparison.format.font.color = "#9C0006";
    const custom = grades.conditionalFormats.add("Custom");
    custom.custom.rule.formula = '=$D3="A"';
    custom.custom.format.fill.color = "#C6EFCE";
    custom.custom.format.font.color = "#006100";
    custom.stopIfTrue = true;
    await context.sync();
  });
  const snap = wb.formatting("Data");
  // The later format comes first in priority: 120 is between 50 and 130 (yellow wins) and over 100.
  expect(["C3", "C4", "C5"].map((a) => snap.conditionalLook(a).fillColor)).toEqual(["#FFEB9C", "#FFEB9C", null]);
  expect(["D3", "D4", "D5"].map((a) => snap.conditionalLook(a))).toEqual([
    { fillColor: "#C6EFCE", fontColor: "#006100" },
    { fillColor: null, fontColor: "#9C0006" },
    { fillColor: null, fontColor: null },
  ]);
  expect(snap.conditionalLook("B3")).toEqual({ fillColor: null, fontColor: null });
});

test("a chart's categories and series values are read from its source as the cells hold them now", async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.charts.add("ColumnClustered", sheet.getRange("B2:C5"), "Columns").name = "ByColumns";
    sheet.charts.add("Line", sheet.getRange("B2:C3"), "Rows").name = "ByRows";
    await context.sync();
  });
  wb.userEdit("Data", 3, 2, 95);
  const snap = wb.formatting("Data");
  expect(snap.chartData("bycolumns")).toEqual({
    categories: ["Alpha", "Beta", "Gamma"],
    series: [{ name: "Amount", chartType: "ColumnClustered", axisGroup: "Primary", values: [120, 95, ""] }],
  });
  expect(snap.chartData("ByRows")).toEqual({
    categories: ["Amount"],
    // By rows: the first row holds the categories after the corner, each row below is a series.
    series: [{ name: "Alpha", chartType: "Line", axisGroup: "Primary", values: [120] }],
  });
  expect(snap.chartData("Other")).toBeNull();
});

test("a sheet's used range is the smallest rectangle of the cells holding a value; formats alone do not count", async () => {
  const wb = smallWorkbook();
  expect(wb.usedRange("Data")).toEqual({ row: 1, column: 1, rowCount: 4, columnCount: 3 });
  expect(wb.usedRange("Notes")).toEqual({ row: 0, column: 0, rowCount: 2, columnCount: 2 });
  await wb.run(async (context) => {
    const notes = context.workbook.worksheets.getItem("Notes");
    notes.getRange("A1:B2").values = [
      ["", ""],
      ["", ""],
    ];
    notes.getRange("F9").numberFormat = [["0.0"]];
    await context.sync();
  });
  expect(wb.usedRange("Notes")).toBeNull();
});
