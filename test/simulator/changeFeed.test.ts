/** `onChange`: how a page that draws the workbook (the local demo's grid) learns that it changed. */
import { smallWorkbook } from "./helpers";

function counted() {
  const wb = smallWorkbook();
  let changes = 0;
  const unsubscribe = wb.onChange(() => {
    changes += 1;
  });
  return { wb, unsubscribe, changes: () => changes };
}

test("an add-in write is reported at its sync, even with events turned off", async () => {
  const { wb, changes } = counted();
  await wb.run(async (context) => {
    context.runtime.enableEvents = false;
    context.workbook.worksheets.getItem("Data").getRange("C3").values = [["x"]];
    expect(changes()).toBe(0);
    await context.sync();
    expect(changes()).toBeGreaterThan(0);
  });
  expect(wb.eventsEnabled()).toBe(false);
});

test("the user's edits and selections are reported, inside a table or not", () => {
  const { wb, changes } = counted();
  wb.userEdit("Data", 2, 2, "typed");
  const afterEdit = changes();
  expect(afterEdit).toBeGreaterThan(0);
  wb.userEdit("Notes", 5, 5, 7);
  expect(changes()).toBeGreaterThan(afterEdit);
  const afterOutside = changes();
  wb.userSelect("Data", 3, 1);
  expect(changes()).toBeGreaterThan(afterOutside);
});

test("deleting a table is reported; loading values and changing settings are not", async () => {
  const { wb, changes } = counted();
  await wb.run(async (context) => {
    context.workbook.tables.getItem("Customers").getRange().load("values");
    context.workbook.settings.add("key", "value");
    await context.sync();
  });
  expect(changes()).toBe(0);
  wb.deleteTable("Customers");
  expect(changes()).toBe(1);
});

test("after unsubscribing, nothing more is reported", () => {
  const { wb, unsubscribe, changes } = counted();
  unsubscribe();
  wb.userEdit("Data", 2, 2, "typed");
  wb.userSelect("Data", 3, 1);
  expect(changes()).toBe(0);
});

test("each report says what changed: cells, the selection, or a request that set formatting", async () => {
  const wb = smallWorkbook();
  const kinds: string[] = [];
  wb.onChange((change) => kinds.push(change));
  wb.userEdit("Data", 2, 2, "typed");
  wb.userSelect("Data", 3, 1);
  wb.userSelect("Data", 3, 1); // the same cell again is still a selection the page may bring into view
  expect(kinds).toEqual(["cells", "cells", "selection", "selection"]);
  kinds.length = 0;
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const cf = sheet.getRange("D3:D5").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=$D3="A"';
    cf.custom.format.fill.color = "#C6EFCE";
    sheet.freezePanes.freezeRows(2);
    expect(kinds).toEqual([]);
    await context.sync();
    // One report for the request, however many formats it set.
    expect(kinds).toEqual(["request"]);
    sheet.getRange("B2:D5").load("values");
    await context.sync();
  });
  expect(kinds).toEqual(["request"]);
});
