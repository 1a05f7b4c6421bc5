/**
 * The analyst adding rows at a table's bottom and deleting table rows, and `Range.getUsedRangeOrNullObject(true)`:
 * what the simulator assumes of them (see SimChangeType and removeTableRows).
 */
import { createWorkbook } from "../../src/simulator";
import { smallWorkbook, thrownCode } from "./helpers";

async function watchedBoth() {
  const wb = smallWorkbook();
  const table: Excel.TableChangedEventArgs[] = [];
  const sheet: Excel.WorksheetChangedEventArgs[] = [];
  await wb.run(async (context) => {
    const customers = context.workbook.tables.getItem("Customers");
    customers.onChanged.add(async (args) => void table.push(args));
    customers.worksheet.onChanged.add(async (args) => void sheet.push(args));
    await context.sync();
  });
  return { wb, table, sheet };
}

test("rows the analyst adds at the bottom join the table and raise RowInserted with their address", async () => {
  const { wb, table, sheet } = await watchedBoth();
  wb.userAddRows("Customers", [["Delta", 60, null]]);
  await wb.eventsDelivered();
  expect(wb.tableValues("Customers").rows).toEqual([
    ["Alpha", 120, "A"],
    ["Beta", 80, "B"],
    ["Gamma", "", "C"],
    ["Delta", 60, ""],
  ]);
  expect(table.map((e) => [e.changeType, e.address])).toEqual([["RowInserted", "B6:D6"]]);
  expect(sheet.map((e) => [e.changeType, e.address, e.triggerSource])).toEqual([["RowInserted", "B6:D6", "Unknown"]]);
});

test("deleting table rows moves the rows below up, shrinks the table and raises RowDeleted where they were", async () => {
  const { wb, table, sheet } = await watchedBoth();
  wb.userDeleteRows("Customers", 0, 2);
  await wb.eventsDelivered();
  expect(wb.tableValues("Customers").rows).toEqual([["Gamma", "", "C"]]);
  expect(wb.cell("Data", 3, 1).value).toBe(""); // Beta's old row is outside the table now, and empty
  expect(table.map((e) => [e.changeType, e.address])).toEqual([["RowDeleted", "B3:D4"]]);
  expect(sheet.map((e) => [e.changeType, e.address, e.triggerSource])).toEqual([["RowDeleted", "B3:D4", "Unknown"]]);
});

test("deleting rows is refused where Excel would move more than the table's cells", () => {
  const wb = smallWorkbook();
  wb.userEdit("Data", 9, 1, "below");
  expect(thrownCode(() => wb.userDeleteRows("Customers", 0, 1))).toBe("NotImplemented");
  const formatted = smallWorkbook();
  formatted.userSetValidation("Data", "D5", "A,B,C");
  expect(thrownCode(() => formatted.userDeleteRows("Customers", 1, 1))).toBe("NotImplemented");
  expect(thrownCode(() => smallWorkbook().userDeleteRows("Customers", 0, 3))).toBe("NotImplemented");
  expect(smallWorkbook().tableValues("Customers").rows).toHaveLength(3);
});

test("with events off, the analyst's rows raise nothing for the add-in", async () => {
  const { wb, table } = await watchedBoth();
  await wb.run(async (context) => {
    context.runtime.enableEvents = false;
    await context.sync();
  });
  wb.userAddRows("Customers", [["Delta", 60, null]]);
  wb.userDeleteRows("Customers", 0, 1);
  await wb.eventsDelivered();
  expect(table).toEqual([]);
});

describe("Range.getUsedRangeOrNullObject(true)", () => {
  const used = async (wb: ReturnType<typeof smallWorkbook>, address: string) =>
    wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange(address).getUsedRangeOrNullObject(true);
      range.load("address");
      await context.sync();
      return range.isNullObject ? null : range.address;
    });

  test("is the smallest block holding the cells with content, formulas included", async () => {
    const wb = smallWorkbook();
    expect(await used(wb, "C3:D9")).toBe("Data!C3:D5");
    wb.userEdit("Data", 8, 3, "=1+1");
    expect(await used(wb, "D6:D20")).toBe("Data!D9");
  });

  test("is a null object where every cell is empty (an empty string written clears a cell)", async () => {
    const wb = createWorkbook({ sheets: [{ name: "Data" }] });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[""]];
      await context.sync();
    });
    expect(await used(wb as ReturnType<typeof smallWorkbook>, "A1:C9")).toBeNull();
  });

  test("without valuesOnly it is not simulated (formatting would count)", async () => {
    const wb = smallWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").getUsedRangeOrNullObject();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});
