/** Table events: registered at sync, raised after the change, with Excel's args, silenced by enableEvents. */
import { smallWorkbook } from "./helpers";

type Changed = Excel.TableChangedEventArgs;
type Selected = Excel.TableSelectionChangedEventArgs;

async function watched() {
  const wb = smallWorkbook();
  const changed: Changed[] = [];
  const selected: Selected[] = [];
  const results = await wb.run(async (context) => {
    const table = context.workbook.tables.getItem("Customers");
    const onChanged = table.onChanged.add(async (args) => void changed.push(args));
    const onSelected = table.onSelectionChanged.add(async (args) => void selected.push(args));
    await context.sync();
    return { onChanged, onSelected, context };
  });
  return { wb, changed, selected, ...results };
}

test("an add-in write fires onChanged after sync() has resolved, not during it", async () => {
  const { wb, changed } = await watched();
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("C3:D4").values = [
      [1, "x"],
      [2, "y"],
    ];
    await context.sync();
    expect(changed).toHaveLength(0);
  });
  await wb.eventsDelivered();
  expect(changed).toHaveLength(1);
  expect(changed[0]).toEqual({
    type: "TableChanged",
    changeType: "RangeEdited",
    source: "Local",
    address: "C3:D4",
    tableId: expect.any(String),
    worksheetId: expect.stringMatching(/^\{/),
  });
  expect(changed[0]?.details).toBeUndefined(); // only for a single cell
});

test("a handler added in a batch is not active until that batch syncs", async () => {
  const wb = smallWorkbook();
  const seen: string[] = [];
  await wb.run(async (context) => {
    context.workbook.tables.getItem("Customers").onChanged.add(async (args) => void seen.push(args.address));
    wb.userEdit("Data", 2, 1, "before sync");
    await context.sync();
    wb.userEdit("Data", 2, 1, "after sync");
  });
  await wb.eventsDelivered();
  expect(seen).toEqual(["B3"]);
  expect(wb.handlerCount("Customers")).toBe(1);
});

test("a user edit of one cell fires with its address and details before and after", async () => {
  const { wb, changed } = await watched();
  wb.userEdit("Data", 3, 2, "=B4*2");
  await wb.eventsDelivered();
  expect(changed).toEqual([
    expect.objectContaining({
      address: "C4",
      changeType: "RangeEdited",
      details: { valueBefore: 80, valueAfter: "#CALC!", valueTypeBefore: "Double", valueTypeAfter: "Error" },
    }),
  ]);
});

test("a paste over part of the table reports only the part inside it; an edit elsewhere fires nothing", async () => {
  const { wb, changed } = await watched();
  wb.userEditRange("Data", 4, 3, [
    ["x", "outside"],
    ["outside", "outside"],
  ]);
  wb.userEdit("Notes", 0, 0, "elsewhere");
  wb.userEdit("Data", 10, 10, "below");
  await wb.eventsDelivered();
  expect(changed.map((a) => [a.address, a.details])).toEqual([
    ["D5", { valueBefore: "C", valueAfter: "x", valueTypeBefore: "String", valueTypeAfter: "String" }],
  ]);
});

test("with runtime.enableEvents false nothing fires, neither for the add-in's writes nor for the user's", async () => {
  const { wb, changed } = await watched();
  await wb.run(async (context) => {
    context.runtime.enableEvents = false;
    context.workbook.worksheets.getItem("Data").getRange("C3").values = [[5]];
    await context.sync();
  });
  wb.userEdit("Data", 2, 2, 6);
  await wb.eventsDelivered();
  expect(changed).toHaveLength(0);
  expect(wb.eventsEnabled()).toBe(false);
  await wb.run(async (context) => {
    context.runtime.load("enableEvents");
    await context.sync();
    expect(context.runtime.enableEvents).toBe(false);
    context.runtime.enableEvents = true;
    context.workbook.worksheets.getItem("Data").getRange("C3").values = [[7]];
    await context.sync();
  });
  await wb.eventsDelivered();
  expect(changed.map((a) => a.address)).toEqual(["C3"]);
});

test("remove() takes effect at sync; a removal after the run ended must go through run(result.context, ...)", async () => {
  const { wb, changed, onChanged } = await watched();
  expect(() => onChanged.remove()).toThrow(/run\(result\.context/);
  await wb.run(onChanged.context, async (context) => {
    onChanged.remove();
    wb.userEdit("Data", 2, 1, "still registered");
    await context.sync();
  });
  wb.userEdit("Data", 2, 1, "removed");
  await wb.eventsDelivered();
  expect(changed.map((a) => a.details?.valueAfter)).toEqual(["still registered"]);
  expect(wb.handlerCount("Customers")).toBe(1); // the selection handler
});

test("an error in a handler is caught and recorded, and the other handlers still run", async () => {
  const wb = smallWorkbook();
  const seen: string[] = [];
  await wb.run(async (context) => {
    const table = context.workbook.tables.getItem("Customers");
    table.onChanged.add(async () => {
      throw new Error("handler bug");
    });
    table.onChanged.add(async (args) => void seen.push(args.address));
    await context.sync();
  });
  wb.userEdit("Data", 2, 1, "x");
  await wb.eventsDelivered();
  expect(seen).toEqual(["B3"]);
  expect(wb.stats.handlerErrors).toEqual([
    { event: "TableChanged", tableId: expect.any(String), error: new Error("handler bug") },
  ]);
  expect(wb.stats.handlerCalls).toBe(2);
});

test("a handler may run its own batch; its writes raise their own events later", async () => {
  const wb = smallWorkbook();
  const seen: string[] = [];
  await wb.run(async (context) => {
    context.workbook.tables.getItem("Customers").onChanged.add(async (args) => {
      seen.push(args.address);
      if (args.address !== "B3") return;
      await wb.run(async (inner) => {
        inner.workbook.worksheets.getItem("Data").getRange("D3").values = [["re-graded"]];
        await inner.sync();
      });
    });
    await context.sync();
  });
  wb.userEdit("Data", 2, 1, "x");
  await wb.eventsDelivered();
  expect(seen).toEqual(["B3", "D3"]);
});

test("adding a column fires ColumnInserted; number formats fire nothing", async () => {
  const { wb, changed } = await watched();
  await wb.run(async (context) => {
    const table = context.workbook.tables.getItem("Customers");
    table.columns.add(undefined, undefined, "Score");
    table.getDataBodyRange().numberFormat = [
      ["@", "0", "@", "0"],
      ["@", "0", "@", "0"],
      ["@", "0", "@", "0"],
    ];
    await context.sync();
  });
  await wb.eventsDelivered();
  expect(changed.map((a) => [a.changeType, a.address])).toEqual([["ColumnInserted", "E2:E5"]]);
});

test("selection events say where inside the table the selection is, and when it leaves", async () => {
  const { wb, selected } = await watched();
  wb.userSelect("Data", 2, 2, 5, 1);
  wb.userSelect("Data", 9, 9);
  wb.userSelect("Data", 20, 20);
  await wb.eventsDelivered();
  expect(selected.map((a) => [a.isInsideTable, a.address, a.type])).toEqual([
    [true, "C3:C5", "TableSelectionChanged"],
    [false, "", "TableSelectionChanged"],
  ]);
});

test("a deleted table's handlers are dropped", async () => {
  const { wb, changed } = await watched();
  wb.deleteTable("Customers");
  wb.userEdit("Data", 2, 1, "x");
  await wb.eventsDelivered();
  expect(changed).toHaveLength(0);
});
