/** The load/sync contract, as strict as Excel: every rule here is one an adapter can break. */
import { SimulatorError } from "../../src/simulator";
import { codeOf, smallWorkbook, thrownCode } from "./helpers";

describe("reading properties", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded with Excel's message", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B3:D4");
      let error: unknown;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SimulatorError);
      expect((error as SimulatorError).code).toBe("PropertyNotLoaded");
      expect((error as SimulatorError).message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      await context.sync();
    });
  });

  test("a loaded property is still unreadable until sync() has answered it", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B3:D4").load("values");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["Alpha", 120, "A"],
        ["Beta", 80, "B"],
      ]);
    });
  });

  test("scalar properties (address, counts, names, ids) are not free either", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers");
      const body = table.getDataBodyRange();
      const sheet = context.workbook.worksheets.getItem("Data");
      await context.sync();
      expect(thrownCode(() => table.name)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => table.id)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => body.address)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => body.rowCount)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => sheet.name)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => table.rows.count)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => context.runtime.enableEvents)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => table.isNullObject)).toBe("PropertyNotLoaded");
    });
  });

  test("only the properties asked for are loaded, in every load syntax", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("B2").load("address, rowIndex");
      const b = sheet.getRange("C3").load(["columnIndex"]);
      const c = sheet.getRange("D4").load({ select: "rowCount" });
      const d = sheet.getRange("B2:D5").load({ columnCount: true, values: false });
      await context.sync();
      expect([a.address, a.rowIndex, b.columnIndex, c.rowCount, d.columnCount]).toEqual(["Data!B2", 1, 2, 1, 3]);
      expect(thrownCode(() => a.columnIndex)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => d.values)).toBe("PropertyNotLoaded");
    });
  });

  test("loading a property the simulator does not model fails at load, not silently later", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2");
      expect(thrownCode(() => range.load("text"))).toBe("NotImplemented");
      await context.sync();
    });
  });

  test("members outside the simulated subset are undefined on the context", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      expect((context.workbook as unknown as Record<string, unknown>)["comments"]).toBeUndefined();
      expect((context as unknown as Record<string, unknown>)["trackedObjects"]).toBeUndefined();
      await context.sync();
    });
  });
});

describe("writes and their order", () => {
  test("a write takes effect at sync, not when it is set", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("D3").values = [["Z"]];
      expect(wb.cell("Data", 2, 3).value).toBe("A");
      await context.sync();
      expect(wb.cell("Data", 2, 3).value).toBe("Z");
    });
  });

  test("a read queued after a write in the same batch sees the write; one queued before does not", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const before = sheet.getRange("C3").load("values");
      sheet.getRange("C3").values = [[1]];
      const after = sheet.getRange("C3").load("values");
      sheet.getRange("C3").values = [[2]];
      await context.sync();
      expect(before.values).toEqual([[120]]);
      expect(after.values).toEqual([[1]]);
      expect(wb.cell("Data", 2, 2).value).toBe(2);
    });
  });

  test("a value set on a proxy reads back before sync, as office.js keeps it on the proxy", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C3");
      range.values = [["=1+1"]];
      expect(range.values).toEqual([["=1+1"]]); // what was written, not what Excel made of it
      await context.sync();
    });
  });

  test("Excel.run syncs once more after the batch, so a write queued last is not lost", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C3").values = [[7]];
    });
    expect(wb.cell("Data", 2, 2).value).toBe(7);
  });

  test("a 2-D array that does not match the range fails the sync with InvalidArgument", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B3:C3").values = [["only one"]];
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
      sheet.getRange("B3:C4").values = [["a", "b"], ["c"]];
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
    expect(wb.cell("Data", 2, 1).value).toBe("Alpha");
  });

  test("as in Excel, actions before the failing one stay applied, and no loaded value is delivered", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C3").values = [[1]];
      const read = sheet.getRange("C4").load("values");
      sheet.getRange("C5").values = [[1, 2]];
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
      expect(thrownCode(() => read.values)).toBe("PropertyNotLoaded");
    });
    expect(wb.cell("Data", 2, 2).value).toBe(1);
    expect(wb.cell("Data", 4, 2).value).toBe("");
    expect(wb.lastRequest()?.error).toBe("InvalidArgument");
  });

  test("the batch must return a promise", async () => {
    const wb = smallWorkbook();
    const notAsync = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<unknown>;
    expect(await codeOf(wb.run(notAsync))).toBe("RunMustReturnPromise");
  });
});

describe("objects live as long as their run", () => {
  test("an object used after its run has ended throws InvalidObjectPath", async () => {
    const wb = smallWorkbook();
    let kept: Excel.Range | undefined;
    await wb.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Data").getRange("B3");
      await context.sync();
    });
    expect(thrownCode(() => kept?.load("values"))).toBe("InvalidObjectPath");
    expect(
      thrownCode(() => {
        if (kept) kept.values = [["x"]];
      }),
    ).toBe("InvalidObjectPath");
    expect(thrownCode(() => kept?.getCell(0, 0))).toBe("InvalidObjectPath");
  });

  test("values loaded in a run stay readable afterwards (they are plain data on the proxy)", async () => {
    const wb = smallWorkbook();
    const range = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("B3").load("values");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([["Alpha"]]);
  });

  test("an object of one run passed into another run's method fails with InvalidRequestContext", async () => {
    const wb = smallWorkbook();
    await wb.run(async (outer) => {
      const mine = outer.workbook.worksheets.getItem("Data").getRange("B3:C4");
      await wb.run(async (inner) => {
        const other = inner.workbook.worksheets.getItem("Data").getRange("B3");
        expect(thrownCode(() => other.getIntersectionOrNullObject(mine))).toBe("InvalidRequestContext");
        await inner.sync();
      });
      await outer.sync();
    });
  });
});

describe("counters", () => {
  test("count round trips (an empty sync costs none), bytes and cells", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      await context.sync(); // nothing queued: no round trip, as in office.js
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C3:C4").values = [[1], [2]];
      sheet.getRange("B3:D5").load("values");
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
    expect(wb.stats.syncs).toBe(1);
    expect(wb.stats.requests).toEqual([
      {
        bytesSent: JSON.stringify([[1], [2]]).length,
        bytesReceived: JSON.stringify([
          ["Alpha", 1, "A"],
          ["Beta", 2, "B"],
          ["Gamma", "", "C"],
        ]).length,
        cellsRead: 9,
        cellsWritten: 2,
        suspendedCalculation: true,
        calculation: null,
        error: null,
      },
    ]);
    wb.resetStats();
    expect(wb.stats.syncs).toBe(0);
    expect(wb.stats.requests).toEqual([]);
  });
});
