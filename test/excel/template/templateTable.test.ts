/** Insert the template table: a new sheet and a named table in the template's columns, sample rows, formatted, graded as the seed. */
import { templateHeaders } from "../../../src/engine";
import { createExcelAdapter } from "../../../src/excel";
import { createWorkbook } from "../../../src/simulator";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf } from "../fixtures";

function emptyWorkbook(sheets: string[] = ["Sheet1"]) {
  return createWorkbook({ sheets: sheets.map((name) => ({ name, cells: [["the analyst's"]] })) });
}

test.each(["zh-CN", "zh-TW", "en"] as const)(
  "in %s: the template's headers, the seed's rows, bound, formatted, and graded A, B, C",
  async (lang) => {
    const workbook = emptyWorkbook();
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const result = await adapter.insertTemplateTable(lang);
    if (!result.ok) throw new Error(result.error.message.en);
    const { sheetName, tableName } = result.value;
    expect(workbook.activeSheet()).toBe(sheetName);
    const table = workbook.tableValues(tableName);
    expect(table.headers).toEqual(templateHeaders(lang));
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]?.[2]).toBe("139xxxxxx88");
    expect(adapter.bound()?.meta.name).toBe(tableName);
    expect(result.value.formatting.conditionalFormats).toBe("added");
    expect(workbook.formatting(sheetName).frozenRows).toBe(1);
    const graded = await adapter.gradeAll();
    if (!graded.ok) throw new Error(graded.error.message.en);
    const gradeColumn = adapter.bound()?.outputColumns?.grade ?? -1;
    expect(workbook.tableValues(tableName).headers[gradeColumn]).toBe(
      { "zh-CN": "客户等级", "zh-TW": "客戶等級", en: "Grade" }[lang],
    );
    expect(workbook.tableValues(tableName).rows.map((r) => r[gradeColumn])).toEqual(["A", "B", "C"]);
  },
);

test("never takes a sheet or table name in use: the next free one is used and the analyst's sheet is untouched", async () => {
  const workbook = emptyWorkbook(["客户分级模板"]);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const first = await adapter.insertTemplateTable("zh-CN");
  const second = await adapter.insertTemplateTable("zh-CN");
  if (!first.ok || !second.ok) throw new Error("insert failed");
  expect([first.value.sheetName, second.value.sheetName]).toEqual(["客户分级模板 2", "客户分级模板 3"]);
  expect([first.value.tableName, second.value.tableName]).toEqual(["客户分级表", "客户分级表2"]);
  expect(workbook.cell("客户分级模板", 0, 0).value).toBe("the analyst's");
});

test("refuses with a message in three languages when every candidate name is taken", async () => {
  const names = ["Customer template", ...Array.from({ length: 8 }, (_, i) => `Customer template ${i + 2}`)];
  const workbook = emptyWorkbook(names);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const result = await adapter.insertTemplateTable("en");
  expect(result.ok ? null : result.error.code).toBe("name-in-use");
  expect(result.ok ? null : Object.keys(result.error.message)).toEqual(["zh-CN", "zh-TW", "en"]);
  expect(workbook.sheetNames()).toEqual(names);
});

test("an insert that makes nothing leaves the bound table bound and its auto-grade listening", async () => {
  const names = ["Customer template", ...Array.from({ length: 8 }, (_, i) => `Customer template ${i + 2}`)];
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }, ...names.map((name) => ({ name }))],
    tables: [{ name: "客户表", sheet: "客户", topRow: 0, leftColumn: 0, headers: SEED_HEADERS, rows: SEED_ROWS }],
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, debounceMs: 0 });
  await adapter.bind("客户表");
  const watch = await adapter.startAutoGrade();
  if (!watch.ok) throw new Error(watch.error.message.en);
  const listening = workbook.handlerCount("客户表") + workbook.sheetHandlerCount("客户");
  expect(listening).toBeGreaterThan(0);
  const result = await adapter.insertTemplateTable("en");
  expect(result.ok ? null : result.error.code).toBe("name-in-use");
  expect(adapter.bound()?.binding.tableName).toBe("客户表");
  expect(workbook.handlerCount("客户表") + workbook.sheetHandlerCount("客户")).toBe(listening);
});

test("never takes a table name that is one of the workbook's defined names", async () => {
  const workbook = emptyWorkbook();
  await workbook.run(async (context) => {
    context.workbook.names.add("客户分级表", "=Sheet1!$A$1");
    await context.sync();
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const result = await adapter.insertTemplateTable("zh-CN");
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.tableName).toBe("客户分级表2");
});
