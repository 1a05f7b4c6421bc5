/**
 * The light watch on the bound table while auto-grade is off (`watchDataChanges`) and whether there are grades
 * to be out of date (`hasGrades`), against the simulator's events (simulator results, not Excel's).
 */
import { createExcelAdapter } from "../../src/excel";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "./fixtures";

const seedRows = () => SEED_ROWS.map((r) => [...r]);

async function watching(rows: (string | null)[][] = seedRows()) {
  const workbook = workbookWith("客户表", SEED_HEADERS, rows);
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, debounceMs: 0 });
  const bound = await adapter.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  let heard = 0;
  const started = await adapter.watchDataChanges(() => (heard += 1));
  if (!started.ok) throw new Error(started.error.message.en);
  return { workbook, adapter, watch: started.value, heard: () => heard };
}

describe("the data-change watch", () => {
  test("an edit of an input cell is heard, once per event", async () => {
    const { workbook, heard } = await watching();
    workbook.userEdit("客户", 4, 6, "良好"); // ZZ's 财务状况
    await workbook.eventsDelivered();
    expect(heard()).toBe(1);
  });

  test("rows added or deleted, and header edits, are data changes", async () => {
    const { workbook, heard } = await watching();
    workbook.userAddRows("客户表", [["新客户", "赵", "", "", "", "良好", "", ""]]);
    await workbook.eventsDelivered();
    expect(heard()).toBe(1);
    workbook.userDeleteRows("客户表", 0, 1);
    await workbook.eventsDelivered();
    expect(heard()).toBe(2);
    workbook.userEdit("客户", 1, 6, "财务");
    await workbook.eventsDelivered();
    expect(heard()).toBe(3);
  });

  test("the add-in's own writes are not heard: Grade all, the template formatting, and its output columns", async () => {
    const { workbook, adapter, heard } = await watching();
    const graded = await adapter.gradeAll();
    expect(graded.ok).toBe(true);
    const formatted = await adapter.applyTemplateFormatting();
    expect(formatted.ok).toBe(true);
    expect(await adapter.gradeAll()).toMatchObject({ ok: true });
    await workbook.eventsDelivered();
    expect(heard()).toBe(0);
    // The analyst clearing a grade or a remark is a change of the add-in's columns, not of the data.
    workbook.userEdit("客户", 2, 7, "");
    workbook.userEditRange("客户", 3, 7, [["X", "y"]]);
    await workbook.eventsDelivered();
    expect(heard()).toBe(0);
  });

  test("the add-in's output columns added by Grade all are its own from then on (a table without them)", async () => {
    const rows = seedRows().map((r) => r.slice(0, 6));
    const workbook = workbookWith("客户表", SEED_HEADERS.slice(0, 6), rows);
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY, debounceMs: 0 });
    await adapter.bind("客户表");
    let heard = 0;
    await adapter.watchDataChanges(() => (heard += 1));
    expect(await adapter.gradeAll()).toMatchObject({ ok: true });
    await workbook.eventsDelivered();
    workbook.userEdit("客户", 2, 7, "B"); // the new 等级 column, the add-in's
    await workbook.eventsDelivered();
    expect(heard).toBe(0);
    workbook.userEdit("客户", 2, 6, "一般");
    await workbook.eventsDelivered();
    expect(heard).toBe(1);
  });

  test("once stopped, nothing more is heard and its handler is gone", async () => {
    const { workbook, watch, heard } = await watching();
    await watch.stop();
    await watch.stop(); // stopping twice is harmless
    expect(workbook.handlerCount("客户表")).toBe(0);
    workbook.userEdit("客户", 4, 6, "良好");
    await workbook.eventsDelivered();
    expect(heard()).toBe(0);
  });

  test("binding a table again stops the watch", async () => {
    const { workbook, adapter, heard } = await watching();
    await adapter.bind("客户表");
    expect(workbook.handlerCount("客户表")).toBe(0);
    workbook.userEdit("客户", 4, 6, "良好");
    await workbook.eventsDelivered();
    expect(heard()).toBe(0);
  });
});

describe("whether there are grades to be out of date", () => {
  test("a grade column holding the analyst's own grades has grades", async () => {
    const { adapter } = await watching();
    expect(await adapter.hasGrades()).toEqual({ ok: true, value: true });
  });

  test("an empty grade column, or none, has none until a Grade all writes them", async () => {
    const empty = seedRows().map((r) => [...r.slice(0, 6), null, null]);
    const { adapter, workbook } = await watching(empty);
    workbook.resetStats();
    expect(await adapter.hasGrades()).toEqual({ ok: true, value: false });
    expect(workbook.stats.syncs).toBe(1);
    expect(await adapter.gradeAll()).toMatchObject({ ok: true });
    workbook.resetStats();
    expect(await adapter.hasGrades()).toEqual({ ok: true, value: true });
    expect(workbook.stats.syncs).toBe(0); // graded in this session: no need to look

    const without = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      seedRows().map((r) => r.slice(0, 6)),
    );
    const other = createExcelAdapter(hostOf(without), { today: TODAY });
    await other.bind("客户表");
    expect(await other.hasGrades()).toEqual({ ok: true, value: false });
  });
});

describe("Grade all and the watch", () => {
  test("says whether the analyst changed the data while it ran", async () => {
    const workbook = workbookWith("客户表", SEED_HEADERS, seedRows());
    let editDuringRun = false;
    const base = hostOf(workbook);
    // The analyst edits while Grade all waits for its first sync; the event reaches the add-in meanwhile.
    const host = {
      ...base,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        base.run(async (context) => {
          const sync = context.sync.bind(context);
          context.sync = async <V>(value?: V): Promise<V> => {
            const synced = (await sync(value)) as V;
            if (editDuringRun) {
              editDuringRun = false;
              workbook.userEdit("客户", 4, 6, "良好");
              await workbook.eventsDelivered();
            }
            return synced;
          };
          return batch(context);
        }),
    };
    const adapter = createExcelAdapter(host, { today: TODAY });
    await adapter.bind("客户表");
    await adapter.watchDataChanges(() => undefined);
    const quiet = await adapter.gradeAll();
    expect(quiet.ok && quiet.value.dataChangedMeanwhile).toBe(false);
    editDuringRun = true;
    const edited = await adapter.gradeAll();
    expect(edited.ok && edited.value.dataChangedMeanwhile).toBe(true);
  });
});
