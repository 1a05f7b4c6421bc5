/** What a written value becomes, what reads give back, and how ranges are addressed. */
import { UNEVALUATED_FORMULA, createWorkbook } from "../../src/simulator";
import { codeOf, smallWorkbook } from "./helpers";

async function writeAndRead(values: unknown[][]) {
  const wb = createWorkbook({ sheets: [{ name: "S", cells: [["old", "old", "old", "old", "old", "old"]] }] });
  const read = await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, values[0]?.length ?? 0);
    range.values = values;
    range.load("values, formulas");
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
  return { wb, read };
}

describe("written values", () => {
  test("a string starting with = becomes a formula; its value is the documented marker, not evaluated", async () => {
    const { wb, read } = await writeAndRead([["=SUM(B1:C1)"]]);
    expect(wb.cell("S", 0, 0)).toEqual({ value: UNEVALUATED_FORMULA, formula: "=SUM(B1:C1)", numberFormat: "General" });
    expect(read.values).toEqual([[UNEVALUATED_FORMULA]]);
    expect(read.formulas).toEqual([["=SUM(B1:C1)"]]);
    expect(UNEVALUATED_FORMULA).toBe("#CALC!");
  });

  test("a string starting with an apostrophe is the text after it, never a formula", async () => {
    const { wb, read } = await writeAndRead([["'=SUM(B1:C1)", "'0012", "''quoted"]]);
    expect(wb.cell("S", 0, 0)).toEqual({ value: "=SUM(B1:C1)", formula: null, numberFormat: "General" });
    expect(read.values).toEqual([["=SUM(B1:C1)", "0012", "'quoted"]]);
    expect(read.formulas).toEqual([["=SUM(B1:C1)", "0012", "'quoted"]]);
  });

  test('other strings stay text, numbers and booleans stay as they are, and empty cells read as ""', async () => {
    const { read } = await writeAndRead([["text", 12.5, true, false, "", "0012"]]);
    expect(read.values).toEqual([["text", 12.5, true, false, "", "0012"]]);
  });

  test('"" clears a cell, formula included', async () => {
    const wb = createWorkbook({ sheets: [{ name: "S", cells: [["=A2"]] }] });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[""]];
      await context.sync();
    });
    expect(wb.cell("S", 0, 0)).toEqual({ value: "", formula: null, numberFormat: "General" });
  });

  test("null leaves a cell unchanged, and so do NaN and Infinity, which JSON turns into null on the way", async () => {
    const { read } = await writeAndRead([[null, Number.NaN, Number.POSITIVE_INFINITY, "new"]]);
    expect(read.values).toEqual([["old", "old", "old", "new"]]);
  });

  test("an object in the array fails the sync with InvalidArgument and changes nothing", async () => {
    const wb = createWorkbook({ sheets: [{ name: "S", cells: [["old", "old"]] }] });
    const code = await codeOf(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["new", { x: 1 }]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(wb.cell("S", 0, 0).value).toBe("old");
  });

  test("formulas writes follow the same rules; number formats are stored per cell and read back", async () => {
    const wb = createWorkbook({ sheets: [{ name: "S" }] });
    const formats = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.formulas = [["=1", 2]];
      range.numberFormat = [["0.00", "@"]];
      range.load("numberFormat");
      await context.sync();
      return range.numberFormat;
    });
    expect(formats).toEqual([["0.00", "@"]]);
    expect(wb.cell("S", 0, 0)).toEqual({ value: UNEVALUATED_FORMULA, formula: "=1", numberFormat: "0.00" });
    expect(wb.cell("S", 0, 1)).toEqual({ value: 2, formula: null, numberFormat: "@" });
    expect(wb.cell("S", 1, 1).numberFormat).toBe("General");
  });
});

describe("ranges and addresses", () => {
  test("addresses are sheet-qualified A1, quoted where Excel quotes", async () => {
    const wb = createWorkbook({ sheets: [{ name: "Data" }, { name: "My data" }, { name: "客户" }] });
    const addresses = await wb.run(async (context) => {
      const ranges = [
        context.workbook.worksheets.getItem("Data").getRangeByIndexes(2, 1, 7, 3),
        context.workbook.worksheets.getItem("Data").getRange("AA10"),
        context.workbook.worksheets.getItem("My data").getRange("'My data'!B2:C3"),
        context.workbook.worksheets.getItem("客户").getRange("b2"),
      ].map((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["Data!B3:D9", "Data!AA10", "'My data'!B2:C3", "客户!B2"]);
  });

  test("getCell, getResizedRange, getOffsetRange, getRow and getColumn move as Excel's do", async () => {
    const wb = smallWorkbook();
    const got = await wb.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Data").getRange("B2:D5");
      const ranges = [
        base.getCell(1, 2),
        base.getResizedRange(-1, 1),
        base.getOffsetRange(1, 1),
        base.getRow(3),
        base.getColumn(0),
        base.getCell(0, 0).getResizedRange(0, 2),
      ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await context.sync();
      return ranges.map((r) => [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
    });
    expect(got).toEqual([
      ["Data!D3", 2, 3, 1, 1],
      ["Data!B2:E4", 1, 1, 3, 4],
      ["Data!C3:E6", 2, 2, 4, 3],
      ["Data!B5:D5", 4, 1, 1, 3],
      ["Data!B2:B5", 1, 1, 4, 1],
      ["Data!B2:D2", 1, 1, 1, 3],
    ]);
  });

  test("a range off the sheet, or a row outside the range, fails the sync with InvalidArgument", async () => {
    const wb = smallWorkbook();
    for (const make of [
      (s: Excel.Worksheet) => s.getRangeByIndexes(1_048_576, 0, 1, 1),
      (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0),
      (s: Excel.Worksheet) => s.getRange("A1:B2").getRow(2),
      (s: Excel.Worksheet) => s.getRange("A1:B2").getResizedRange(-2, 0),
      (s: Excel.Worksheet) => s.getRange("A:A"),
      (s: Excel.Worksheet) => s.getRange("Notes!A1"),
    ]) {
      const code = await codeOf(
        wb.run(async (context) => {
          make(context.workbook.worksheets.getItem("Data")).load("address");
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    }
  });

  test("getIntersectionOrNullObject gives the overlap, or a null object whose properties are null", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const overlap = sheet.getRange("B2:D5").getIntersectionOrNullObject("C4:F9").load("address");
      const none = sheet.getRange("B2:D5").getIntersectionOrNullObject(sheet.getRange("F1")).load("address");
      await context.sync();
      expect(overlap.isNullObject).toBe(false);
      expect(overlap.address).toBe("Data!C4:D5");
      expect(none.isNullObject).toBe(true);
      expect(none.address).toBeNull();
    });
  });

  test("select() moves the selection at sync; getSelectedRange reads it", async () => {
    const wb = smallWorkbook();
    const addresses = await wb.run(async (context) => {
      const first = context.workbook.getSelectedRange().load("address");
      context.workbook.worksheets.getItem("Data").getRange("C3:D4").select();
      const second = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return [first.address, second.address];
    });
    expect(addresses).toEqual(["Data!A1", "Data!C3:D4"]);
    wb.userSelect("Notes", 4, 0, 2, 1);
    const after = await wb.run(async (context) => {
      const r = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return r.address;
    });
    expect(after).toBe("Notes!A5:A6");
  });
});
