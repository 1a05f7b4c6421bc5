/** Grade on change and on selection, against the simulator's events (simulator results, not Excel's). */
import { createExcelAdapter } from "../../src/excel";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "./fixtures";

async function graded() {
  const workbook = workbookWith("客户表", SEED_HEADERS, SEED_ROWS.map((r) => [...r]));
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, debounceMs: 0 });
  await adapter.bind("客户表");
  await adapter.gradeAll();
  return { workbook, adapter };
}

test("an edited cell re-grades its own row only: at most 3 syncs, one row read", async () => {
  const { workbook, adapter } = await graded();
  const watch = await adapter.startAutoGrade();
  if (!watch.ok) throw new Error(watch.error.message.en);
  workbook.resetStats();
  // ZZ's finances improve: "较差,需谨慎评估" → "良好" (sheet row 4 = data row 2; sheet column 6 = 财务状况)
  workbook.userEdit("客户", 4, 6, "良好");
  await workbook.eventsDelivered();
  await watch.value.settled();
  expect(workbook.stats.syncs).toBeLessThanOrEqual(3);
  expect(workbook.stats.requests.reduce((n, r) => n + r.cellsRead, 0)).toBeLessThanOrEqual(SEED_HEADERS.length + 1);
  const table = workbook.tableValues("客户表");
  expect(table.rows[2]?.[6]).toBe("B");
  expect(table.rows[0]?.[6]).toBe("A");
  await watch.value.stop();
});

test("the add-in's own writes trigger no re-grade", async () => {
  const { workbook, adapter } = await graded();
  const watch = await adapter.startAutoGrade();
  if (!watch.ok) throw new Error(watch.error.message.en);
  workbook.userEdit("客户", 2, 6, "良好,长期合作"); // a real edit: one round of re-grading
  await workbook.eventsDelivered();
  await watch.value.settled();
  workbook.resetStats();
  await workbook.eventsDelivered(); // anything our writes might have raised
  await watch.value.settled();
  expect(workbook.stats.syncs).toBe(0);
  await watch.value.stop();
});

test("an edit inside the add-in's own columns is not a reason to grade", async () => {
  const { workbook, adapter } = await graded();
  const watch = await adapter.startAutoGrade();
  if (!watch.ok) throw new Error(watch.error.message.en);
  workbook.resetStats();
  workbook.userEdit("客户", 2, 8, ""); // the analyst clears a remark cell
  await workbook.eventsDelivered();
  await watch.value.settled();
  expect(workbook.stats.syncs).toBe(0);
  await watch.value.stop();
});

test("a stopped auto-grade ignores later edits", async () => {
  const { workbook, adapter } = await graded();
  const watch = await adapter.startAutoGrade();
  if (!watch.ok) throw new Error(watch.error.message.en);
  await watch.value.stop();
  workbook.resetStats();
  workbook.userEdit("客户", 4, 6, "良好,长期合作");
  await workbook.eventsDelivered();
  expect(workbook.stats.syncs).toBe(0);
});

test("moving the selection into the table hands over that customer's record and result", async () => {
  const { workbook, adapter } = await graded();
  const seen: unknown[] = [];
  const watch = await adapter.watchSelection((customer) => seen.push(customer));
  if (!watch.ok) throw new Error(watch.error.message.en);
  workbook.userSelect("客户", 3, 2); // YY's contact cell
  await workbook.eventsDelivered();
  workbook.userSelect("客户", 1, 2); // the header row: no customer
  await workbook.eventsDelivered();
  const [yy, header] = seen as [{ row: number; record: Record<string, unknown>; result: { status: string; grade?: string } }, unknown];
  expect(yy.row).toBe(1);
  expect(yy.record["客户名称"]).toBe("YY贸易公司");
  expect(yy.result.status).toBe("graded");
  expect(yy.result.grade).toBe("B");
  expect(header).toBeNull();
  await watch.value.stop();
});
