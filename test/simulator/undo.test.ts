/**
 * Excel's undo history in the simulator (ExcelApi 1.20): `Excel.run({ mergeUndoGroup: true }, …)` is one entry,
 * otherwise each sync that changed something is one; an API without undo support refuses a grouped batch.
 */
import { APIS_WITHOUT_UNDO, type WorkbookSpec, createWorkbook } from "../../src/simulator";
import { HEADERS, ROWS } from "./helpers";
import { codeOf } from "./helpers";

function workbookAt(excelApi: WorkbookSpec["excelApi"], apisWithoutUndo?: readonly string[]) {
  return createWorkbook({
    sheets: [{ name: "Data" }, { name: "Notes", cells: [["keep"]] }],
    tables: [{ name: "Customers", sheet: "Data", topRow: 1, leftColumn: 1, headers: HEADERS, rows: ROWS }],
    ...(excelApi ? { excelApi } : {}),
    ...(apisWithoutUndo ? { apisWithoutUndo } : {}),
  });
}

type Wb = ReturnType<typeof workbookAt>;
const grades = (wb: Wb) => [2, 3, 4].map((row) => wb.cell("Data", row, 3).value);

/** Two requests: grades rewritten, then a number format and a setting. */
async function twoWrites(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getItem("Data");
  sheet.getRange("D3:D5").values = [["X"], ["Y"], ["Z"]];
  await context.sync();
  sheet.getRange("C3:C5").numberFormat = [["0.0"], ["0.0"], ["0.0"]];
  context.workbook.settings.add("k", 1);
  await context.sync();
}

test("mergeUndoGroup is refused (ApiNotFound) by a host that does not advertise ExcelApi 1.20", async () => {
  const wb = workbookAt(undefined);
  expect(wb.excelApi).toBe("1.14");
  expect(await codeOf(wb.run({ mergeUndoGroup: true }, twoWrites))).toBe("ApiNotFound");
  expect(grades(wb)).toEqual(["A", "B", "C"]);
  expect(() => wb.undo()).toThrow(/no undo history below 1\.20/);
});

test("run options other than mergeUndoGroup are not simulated", async () => {
  const wb = workbookAt("1.20");
  expect(await codeOf(wb.run({ delayForCellEdit: true }, twoWrites))).toBe("NotImplemented");
});

test("a grouped batch is one undo entry: one undo puts back every request of it", async () => {
  const wb = workbookAt("1.20");
  await wb.run({ mergeUndoGroup: true }, twoWrites);
  expect(grades(wb)).toEqual(["X", "Y", "Z"]);
  expect(wb.undoDepth()).toBe(1);
  expect(wb.undo()).toBe(true);
  expect(grades(wb)).toEqual(["A", "B", "C"]);
  expect(wb.cell("Data", 2, 2).numberFormat).toBe("General");
  expect(wb.settings).toEqual({});
  expect(wb.undo()).toBe(false);
});

test("without the option each sync that changed something is its own entry; a read leaves none", async () => {
  const wb = workbookAt("1.20");
  await wb.run(twoWrites);
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("B3:D5").load("values");
    await context.sync();
  });
  expect(wb.undoDepth()).toBe(2);
  wb.undo();
  expect(grades(wb)).toEqual(["X", "Y", "Z"]);
  expect(wb.cell("Data", 2, 2).numberFormat).toBe("General");
  expect(wb.settings).toEqual({});
  wb.undo();
  expect(grades(wb)).toEqual(["A", "B", "C"]);
});

test("undo takes back a table column and a sheet the batch added, and a user's later edit first", async () => {
  const wb = workbookAt("1.20");
  await wb.run({ mergeUndoGroup: true }, async (context) => {
    context.workbook.tables.getItem("Customers").columns.add(undefined, undefined, "Score");
    context.workbook.worksheets.add("Summary");
    await context.sync();
  });
  wb.userEdit("Notes", 0, 0, "edited");
  expect(wb.undoDepth()).toBe(2);
  wb.undo();
  expect(wb.cell("Notes", 0, 0).value).toBe("keep");
  expect(wb.tableValues("Customers").headers).toEqual([...HEADERS, "Score"]);
  wb.undo();
  expect(wb.tableValues("Customers").headers).toEqual(HEADERS);
  expect(wb.sheetNames()).toEqual(["Data", "Notes"]);
});

test("an API without undo support refuses a grouped request, applying nothing of it; earlier requests stay one entry", async () => {
  expect(APIS_WITHOUT_UNDO).toContain("Worksheet.name");
  const wb = workbookAt("1.20");
  const code = await codeOf(
    wb.run({ mergeUndoGroup: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D3").values = [["X"]];
      await context.sync();
      sheet.getRange("D4").values = [["Y"]];
      sheet.name = "Renamed";
      await context.sync();
    }),
  );
  expect(code).toBe("UndoNotSupported");
  expect(wb.lastRequest()?.error).toBe("UndoNotSupported");
  expect(grades(wb)).toEqual(["X", "B", "C"]);
  expect(wb.sheetNames()).toEqual(["Data", "Notes"]);
  expect(wb.undoDepth()).toBe(1);
});

test("without the option, an API without undo support runs and clears the history", async () => {
  const wb = workbookAt("1.20", ["Range.numberFormat"]);
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("D3").values = [["X"]];
    await context.sync();
    sheet.getRange("C3").numberFormat = [["0.0"]];
    await context.sync();
  });
  expect(wb.cell("Data", 2, 2).numberFormat).toBe("0.0");
  expect(wb.undoDepth()).toBe(0);
  expect(wb.undo()).toBe(false);
});
