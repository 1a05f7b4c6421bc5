/**
 * The demo's workbook: its waybill lines build a customer table with the real engine, and the snapshot the
 * demo reopens when the pane reloads (a language switch) keeps that table, its sheet, and the link between
 * the two (settings refer to tables by id).
 */
import { buildCustomers } from "../../src/engine/lines/buildCustomers";
import { serialFromLocalDate } from "../../src/engine";
import { createExcelAdapter } from "../../src/excel";
import { DEMO_SHEETS, sampleWorkbookSpec, snapshotSpec } from "../../src/demo/sampleWorkbook";
import { createWorkbook } from "../../src/simulator";
import { TODAY, hostOf } from "../excel/fixtures";

const today = TODAY();

test("the lines sheet holds a few hundred waybill lines of about 40 shippers over the two years before today", () => {
  const workbook = createWorkbook(sampleWorkbookSpec(today));
  expect(workbook.sheetNames()).toEqual([...DEMO_SHEETS]);
  const { headers, rows } = workbook.tableValues("运单明细");
  expect(headers.slice(0, 3)).toEqual(["运单号", "发货日期", "客户名称"]);
  expect(rows.length).toBeGreaterThanOrEqual(300);
  expect(rows.length).toBeLessThanOrEqual(800);
  expect(new Set(rows.map((row) => row[2])).size).toBe(40);
  const dates = rows.map((row) => String(row[1])).sort();
  expect([dates[0]?.slice(0, 7), dates.at(-1)]).toEqual(["2024-11", "2026-11-21"]);
  // The same day gives the same lines.
  expect(createWorkbook(sampleWorkbookSpec(today)).tableValues("运单明细").rows).toEqual(rows);
});

test("a customer table built from the lines survives the pane's reload, still linked to its lines", async () => {
  const workbook = createWorkbook(sampleWorkbookSpec(today));
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const built = await adapter.buildCustomerTable("运单明细", buildCustomers, {
    asOf: serialFromLocalDate(today),
    lang: "zh-CN",
  });
  if (!built.ok) throw new Error(built.error.message.en);
  const reopened = createWorkbook(snapshotSpec(workbook));
  expect(reopened.sheetNames()).toEqual([...DEMO_SHEETS, "客户汇总"]);
  expect(reopened.tableValues("客户汇总表")).toEqual(workbook.tableValues("客户汇总表"));
  const tables = await createExcelAdapter(hostOf(reopened), { today: TODAY }).linesTables(buildCustomers, "zh-CN");
  if (!tables.ok) throw new Error(tables.error.message.en);
  const linked = tables.value.filter((t) => t.customerTable !== null).map((t) => [t.name, t.customerTable]);
  expect(linked).toEqual([["运单明细", "客户汇总表"]]);
});
