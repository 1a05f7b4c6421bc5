/** Workbook settings: queued, persisted as JSON in the workbook, and null objects for missing keys. */
import { createWorkbook } from "../../src/simulator";
import { codeOf } from "./helpers";

test("a setting added in one run is read back in another, as JSON gives it", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S" }] });
  const value = { table: "客户表", columns: { grade: 7 }, when: new Date(Date.UTC(2026, 0, 2)), skip: undefined };
  await wb.run(async (context) => {
    context.workbook.settings.add("customer-grader", value);
    await context.sync();
  });
  expect(wb.settings).toEqual({
    "customer-grader": { table: "客户表", columns: { grade: 7 }, when: "2026-01-02T00:00:00.000Z" },
  });
  const read = await wb.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject("CUSTOMER-GRADER").load("key, value");
    await context.sync();
    return { isNull: setting.isNullObject, key: setting.key, value: setting.value as unknown };
  });
  expect(read).toEqual({ isNull: false, key: "customer-grader", value: wb.settings["customer-grader"] });
});

test("add replaces a setting; delete removes it at sync", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S" }], settings: { k: 1 } });
  await wb.run(async (context) => {
    context.workbook.settings.add("k", 2);
    await context.sync();
    expect(wb.settings).toEqual({ k: 2 });
    context.workbook.settings.getItem("k").delete();
    expect(wb.settings).toEqual({ k: 2 });
    await context.sync();
  });
  expect(wb.settings).toEqual({});
});

test("a missing setting is a null object with getItemOrNullObject (isNullObject known without a load), ItemNotFound with getItem", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S" }] });
  await wb.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject("nope");
    await context.sync();
    expect(setting.isNullObject).toBe(true);
    expect(setting.value).toBeNull();
  });
  expect(
    await codeOf(
      wb.run(async (context) => {
        context.workbook.settings.getItem("nope").load("value");
        await context.sync();
      }),
    ),
  ).toBe("ItemNotFound");
});

test("a value JSON cannot carry is refused", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S" }] });
  const code = await codeOf(
    wb.run(async (context) => {
      context.workbook.settings.add("f", () => 1);
      await context.sync();
    }),
  );
  expect(code).toBe("InvalidArgument");
  expect(wb.settings).toEqual({});
});
