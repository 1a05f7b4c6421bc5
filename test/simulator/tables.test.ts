/** Tables, their columns and rows, and what renaming or deleting one does to an adapter bound to it. */
import { SHEET_COLUMNS, createWorkbook } from "../../src/simulator";
import { HEADERS, ROWS, codeOf, smallWorkbook, thrownCode } from "./helpers";

describe("the table collection", () => {
  test("load('items/name') gives the tables with their names, and count needs its own load", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(["Customers"]);
      expect(thrownCode(() => tables.items[0]?.id)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => tables.count)).toBe("PropertyNotLoaded");
      tables.load("count");
      await context.sync();
      expect(tables.count).toBe(1);
    });
  });

  test("a load can go through Table.worksheet: 'items/worksheet/name' and 'worksheet/name'", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      const table = context.workbook.tables.getItem("Customers").load("worksheet/id");
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Customers", "Data"]]);
      expect(thrownCode(() => tables.items[0]?.worksheet.id)).toBe("PropertyNotLoaded");
      expect(table.worksheet.id).toMatch(/^\{/);
      expect(thrownCode(() => context.workbook.tables.load("items/columns/name"))).toBe("NotImplemented");
    });
  });

  test("getItem of a missing table fails the sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const wb = smallWorkbook();
    expect(
      await codeOf(
        wb.run(async (context) => {
          context.workbook.tables.getItem("Nope").load("name");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Nope");
      const found = context.workbook.tables.getItemOrNullObject("customers"); // names match in any case
      await context.sync();
      expect(table.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
    });
  });

  test("a table knows its ranges, sheet and row count", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers").load("name, id");
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      const all = table.getRange().load("address");
      const sheet = table.worksheet.load("name, id");
      const rows = table.rows.load("count");
      const count = table.rows.getCount();
      expect(thrownCode(() => count.value)).toBe("ValueNotLoaded");
      await context.sync();
      expect([header.address, body.address, all.address, sheet.name, rows.count, count.value]).toEqual([
        "Data!B2:D2",
        "Data!B3:D5",
        "Data!B2:D5",
        "Data",
        3,
        3,
      ]);
      expect(header.values).toEqual([HEADERS]);
      expect(table.id).toMatch(/\S/);
      expect(sheet.id).toMatch(/^\{.*\}$/);
    });
  });

  test("tableValues shows the header and rows as stored, and the input rows are not kept or mutated", async () => {
    const rows = ROWS.map((r) => [...r]);
    const copy = JSON.stringify(rows);
    const wb = createWorkbook({
      sheets: [{ name: "S" }],
      tables: [{ name: "T", sheet: "S", topRow: 0, leftColumn: 0, headers: HEADERS, rows }],
    });
    await wb.run(async (context) => {
      context.workbook.tables.getItem("T").getDataBodyRange().getCell(0, 0).values = [["changed"]];
      await context.sync();
    });
    expect(JSON.stringify(rows)).toBe(copy);
    expect(wb.tableValues("T")).toEqual({
      headers: HEADERS,
      rows: [
        ["changed", 120, "A"],
        ["Beta", 80, "B"],
        ["Gamma", "", "C"],
      ],
    });
  });

  test("a table without data rows spans one empty insert row but counts 0 rows", async () => {
    const wb = createWorkbook({
      sheets: [{ name: "S" }],
      tables: [{ name: "T", sheet: "S", topRow: 0, leftColumn: 0, headers: ["a", "b"], rows: [] }],
    });
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const body = table.getDataBodyRange().load("address, values");
      const rows = table.rows.load("count");
      await context.sync();
      expect([body.address, body.values, rows.count]).toEqual(["S!A2:B2", [["", ""]], 0]);
      body.values = [["x", ""]];
      rows.load("count");
      await context.sync();
      expect(rows.count).toBe(1);
    });
  });
});

describe("columns", () => {
  test("load the columns' names and indexes; getItemOrNullObject by name", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers");
      const columns = table.columns.load("items/name, items/index, count");
      const amount = table.columns.getItemOrNullObject("amount").load("index");
      const missing = table.columns.getItemOrNullObject("Missing");
      const body = table.columns.getItem("Grade").getDataBodyRange().load("address");
      const whole = table.columns.getItem("Grade").getRange().load("address");
      await context.sync();
      expect(columns.items.map((c) => [c.name, c.index])).toEqual([
        ["Name", 0],
        ["Amount", 1],
        ["Grade", 2],
      ]);
      expect(columns.count).toBe(3);
      expect([amount.isNullObject, amount.index, missing.isNullObject]).toEqual([false, 1, true]);
      expect([body.address, whole.address]).toEqual(["Data!D3:D5", "Data!D2:D5"]);
    });
  });

  test("add appends a column at the right, with the header first in values, and grows the table", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers");
      const added = table.columns.add(undefined, [["Score"], [90], [70], ["'=text"]]).load("name, index");
      const range = table.getRange().load("address");
      await context.sync();
      expect([added.name, added.index, range.address]).toEqual(["Score", 3, "Data!B2:E5"]);
    });
    expect(wb.tableValues("Customers").headers).toEqual([...HEADERS, "Score"]);
    expect(wb.tableValues("Customers").rows.map((r) => r[3])).toEqual([90, 70, "=text"]);
    expect(wb.cell("Data", 4, 4).formula).toBeNull();
  });

  test("add with a name uses it (made unique), without one gives ColumnN; a wrong-sized values array is InvalidArgument", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers");
      const a = table.columns.add(undefined, undefined, "grade").load("name");
      const b = table.columns.add().load("name");
      await context.sync();
      expect([a.name, b.name]).toEqual(["grade2", "Column5"]);
      table.columns.add(undefined, [["x"], [1]]);
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
  });

  test("adding beyond the sheet's last column fails, and so does adding over cells that are not empty", async () => {
    const atEdge = createWorkbook({
      sheets: [{ name: "S" }],
      tables: [
        { name: "T", sheet: "S", topRow: 0, leftColumn: SHEET_COLUMNS - 2, headers: ["a", "b"], rows: [[1, 2]] },
      ],
    });
    expect(
      await codeOf(
        atEdge.run(async (context) => {
          context.workbook.tables.getItem("T").columns.add();
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    const blocked = createWorkbook({
      sheets: [{ name: "S", cells: [[null, null, "in the way"]] }],
      tables: [{ name: "T", sheet: "S", topRow: 0, leftColumn: 0, headers: ["a", "b"], rows: [[1, 2]] }],
    });
    expect(
      await codeOf(
        blocked.run(async (context) => {
          context.workbook.tables.getItem("T").columns.add();
          await context.sync();
        }),
      ),
    ).toBe("NotImplemented");
  });
});

describe("a table renamed or deleted under a bound adapter", () => {
  test("after a rename, getItem(old) fails with ItemNotFound and a proxy resolved before still works", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers").load("id");
      await context.sync(); // first use: the proxy now stands for the table itself, not for its name
      wb.renameTable("Customers", "Clients");
      table.load("name");
      const byOld = context.workbook.tables.getItemOrNullObject("Customers");
      await context.sync();
      expect(table.name).toBe("Clients");
      expect(byOld.isNullObject).toBe(true);
    });
    expect(
      await codeOf(
        wb.run(async (context) => {
          context.workbook.tables.getItem("Customers").load("id");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
  });

  test("after a delete, the table is gone (null object, ItemNotFound) and its cells are cleared", async () => {
    const wb = smallWorkbook();
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers").load("id");
      await context.sync();
      wb.deleteTable("Customers");
      table.load("name");
      expect(await codeOf(context.sync())).toBe("ItemNotFound");
      const gone = context.workbook.tables.getItemOrNullObject("Customers");
      const all = context.workbook.tables.load("count");
      await context.sync();
      expect([gone.isNullObject, all.count]).toEqual([true, 0]);
    });
    expect(wb.cell("Data", 2, 1).value).toBe("");
  });
});
