/** Selecting from the add-in: `Range.select()` and `Worksheet.activate()`, with the active sheet as Excel keeps it. */
import type { SimTableSelectionChangedEventArgs } from "../../src/simulator";
import { smallWorkbook } from "./helpers";

describe("selecting a range", () => {
  test("nothing moves until sync; then the selection and its address are the range's", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C4").select();
      expect(wb.selectedAddress()).toBe("Data!A1");
      await context.sync();
      expect(wb.selectedAddress()).toBe("Data!C4");
    });
  });

  test("selecting on a sheet that is not active leaves the selection where it was (office-js #5118)", async () => {
    const wb = smallWorkbook();
    expect(wb.activeSheet()).toBe("Data");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRangeByIndexes(3, 1, 2, 2).select();
      await context.sync();
    });
    expect(wb.activeSheet()).toBe("Data");
    expect(wb.selectedAddress()).toBe("Data!A1");
  });

  test("activating the sheet first, in the same batch, then selecting moves there", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      notes.activate();
      notes.getRangeByIndexes(3, 1, 2, 2).select();
      await context.sync();
    });
    expect(wb.activeSheet()).toBe("Notes");
    expect(wb.selectedAddress()).toBe("Notes!B4:C5");
  });

  test("activating a sheet brings back the selection it had, and A1 on a sheet never visited", async () => {
    const wb = smallWorkbook();
    wb.userSelect("Data", 2, 2);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").activate();
      await context.sync();
      expect(wb.selectedAddress()).toBe("Notes!A1");
      context.workbook.worksheets.getItem("Data").activate();
      await context.sync();
    });
    expect(wb.selectedAddress()).toBe("Data!C3");
  });

  test("selecting a table cell raises the table's selection event, as the analyst's click does", async () => {
    const wb = smallWorkbook();
    wb.userSelect("Data", 0, 0);
    const seen: SimTableSelectionChangedEventArgs[] = [];
    await wb.run(async (context) => {
      context.workbook.tables.getItem("Customers").onSelectionChanged.add(async (args) => {
        seen.push(args as unknown as SimTableSelectionChangedEventArgs);
      });
      await context.sync();
    });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C4").select();
      await context.sync();
    });
    await wb.eventsDelivered();
    expect(seen.map((a) => [a.address, a.isInsideTable])).toEqual([["C4", true]]);
  });

  test("a range on a sheet that does not exist is refused at sync and the selection stays", async () => {
    const wb = smallWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Gone").getRange("A1").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.selectedAddress()).toBe("Data!A1");
  });
});
