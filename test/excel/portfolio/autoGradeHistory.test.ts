/** Grade changes made by auto-grade (an edit re-grading its row) reach the grade history too (#7). */
import { createExcelAdapter } from "../../../src/excel";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "../fixtures";

async function autoGrading(views: boolean) {
  // The grade cells blank: the first Grade all records each customer's first grade.
  const grade = SEED_HEADERS.indexOf("客户等级");
  const workbook = workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => r.map((cell, c) => (c === grade ? "" : cell))),
  );
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, debounceMs: 0 });
  await adapter.bind("客户表");
  if (views) await adapter.setPortfolioViews(true);
  const first = await adapter.gradeAll();
  if (!first.ok) throw new Error(first.error.message.en);
  const errors: unknown[] = [];
  const started = await adapter.startAutoGrade({ onError: (error) => errors.push(error) });
  if (!started.ok) throw new Error(started.error.message.en);
  return { workbook, adapter, watch: started.value, errors };
}

test("an edit that changes a row's grade appends that change to the history, in two more syncs", async () => {
  const { workbook, adapter, watch, errors } = await autoGrading(true);
  expect(workbook.tableValues("等级变动记录").rows).toHaveLength(3); // the first grades
  workbook.resetStats();
  workbook.userEdit("客户", 4, 6, "良好"); // ZZ's finances improve: C → B
  await workbook.eventsDelivered();
  await watch.settled();
  expect(workbook.stats.syncs).toBeLessThanOrEqual(3 + 2); // the row's re-grade, then the history append
  const history = workbook.tableValues("等级变动记录").rows;
  expect(history).toHaveLength(4);
  expect(history[3]?.slice(1, 5)).toEqual(["ZZ食品加工厂", "", "C", "B"]);
  expect(errors).toEqual([]);
  // A Grade all right after finds ZZ's grade already current: the change is not recorded twice.
  const again = await adapter.gradeAll();
  expect(again.ok && again.value.portfolio?.ok && again.value.portfolio.value.changesRecorded).toBe(0);
  expect(workbook.tableValues("等级变动记录").rows).toHaveLength(4);
  await watch.stop();
});

test("an edit that leaves the grade as it was records nothing, and with the views off no sheet appears", async () => {
  const on = await autoGrading(true);
  on.workbook.userEdit("客户", 2, 2, "王经理"); // XX's contact person: no grade change
  await on.workbook.eventsDelivered();
  await on.watch.settled();
  expect(on.workbook.tableValues("等级变动记录").rows).toHaveLength(3);
  await on.watch.stop();

  const off = await autoGrading(false);
  off.workbook.userEdit("客户", 4, 6, "良好");
  await off.workbook.eventsDelivered();
  await off.watch.settled();
  expect(off.workbook.tableValues("客户表").rows[2]?.[6]).toBe("B");
  expect(off.workbook.sheetNames()).toEqual(["客户", "Notes"]);
  await off.watch.stop();
});
