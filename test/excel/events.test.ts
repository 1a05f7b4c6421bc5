/** Grade on change and on selection, against the simulator's events (simulator results, not Excel's). */
import { type GradeTotals, createExcelAdapter } from "../../src/excel";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "./fixtures";

type ApiLevel = "1.14" | "1.8";

/**
 * Every test runs twice: on a host with ExcelApi 1.14, where the add-in listens to the worksheet's change
 * event and recognises its own writes by their trigger source, and on a 1.8 host, with the table's event.
 */
const API_LEVELS: readonly ApiLevel[] = ["1.14", "1.8"];

async function graded(excelApi: ApiLevel) {
  const workbook = workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
  const adapter = createExcelAdapter(hostOf(workbook, excelApi), { today: TODAY, debounceMs: 0 });
  await adapter.bind("客户表");
  await adapter.gradeAll();
  return { workbook, adapter };
}

/** A graded table with auto-grade on. */
async function autoGrading(excelApi: ApiLevel) {
  const { workbook, adapter } = await graded(excelApi);
  const started = await adapter.startAutoGrade();
  if (!started.ok) throw new Error(started.error.message.en);
  return { workbook, adapter, watch: started.value };
}

/** Waits until every event raised so far has been delivered and every edit it caused has been graded. */
async function settle(
  workbook: Awaited<ReturnType<typeof graded>>["workbook"],
  watch: { settled(): Promise<void> },
): Promise<void> {
  await workbook.eventsDelivered();
  await watch.settled();
}

/** Handlers on the table and on its worksheet. */
function handlers(workbook: Awaited<ReturnType<typeof graded>>["workbook"]): number {
  return workbook.handlerCount("客户表") + workbook.sheetHandlerCount("客户");
}

describe.each(API_LEVELS)("with ExcelApi %s", (excelApi) => {
  test("an edited row graded again hands on the table's totals as they now are", async () => {
    const { workbook, adapter } = await graded(excelApi);
    const heard: (GradeTotals | null)[] = [];
    const started = await adapter.startAutoGrade({ onRowsGraded: (totals) => heard.push(totals) });
    if (!started.ok) throw new Error(started.error.message.en);
    workbook.userEdit("客户", 4, 6, "良好"); // ZZ's finances improve: C → B, one row read again
    await settle(workbook, started.value);
    expect(heard).toHaveLength(1);
    const whole = await adapter.gradeAll();
    if (!whole.ok) throw new Error(whole.error.message.en);
    const { counts, graded: n, incomplete, skipped, issues } = whole.value;
    expect(heard[0]).toEqual({ counts, graded: n, incomplete, skipped, issues });
    expect(counts).toEqual({ A: 1, B: 2, C: 0, D: 0 });
    await started.value.stop();
  });

  test("an edited cell re-grades its own row only: at most 3 syncs, one row read", async () => {
    const { workbook, watch } = await autoGrading(excelApi);
    workbook.resetStats();
    // ZZ's finances improve: "较差,需谨慎评估" → "良好" (sheet row 4 = data row 2; sheet column 6 = 财务状况)
    workbook.userEdit("客户", 4, 6, "良好");
    await settle(workbook, watch);
    expect(workbook.stats.syncs).toBeLessThanOrEqual(3);
    expect(workbook.stats.requests.reduce((n, r) => n + r.cellsRead, 0)).toBeLessThanOrEqual(SEED_HEADERS.length + 1);
    const table = workbook.tableValues("客户表");
    expect(table.rows[2]?.[6]).toBe("B");
    expect(table.rows[0]?.[6]).toBe("A");
    await watch.stop();
  });

  test("the add-in's own writes raise no change event and trigger no re-grade", async () => {
    const { workbook, watch } = await autoGrading(excelApi);
    workbook.resetStats();
    workbook.userEdit("客户", 4, 6, "良好"); // a real edit: one round of re-grading, which writes ZZ's row
    await settle(workbook, watch);
    await workbook.eventsDelivered(); // anything our writes might have raised
    await watch.settled();
    expect(workbook.tableValues("客户表").rows[2]?.[6]).toBe("B");
    expect(workbook.stats.handlerCalls).toBe(1); // the analyst's edit only: events were off for our writes
    expect(workbook.stats.syncs).toBeLessThanOrEqual(3);
    await watch.stop();
  });

  test("an edit inside the add-in's own columns is not a reason to grade", async () => {
    const { workbook, watch } = await autoGrading(excelApi);
    workbook.resetStats();
    workbook.userEdit("客户", 2, 8, ""); // the analyst clears a remark cell
    await settle(workbook, watch);
    expect(workbook.stats.syncs).toBe(0);
    await watch.stop();
  });

  test("a stopped auto-grade removes its handler and ignores later edits", async () => {
    const { workbook, watch } = await autoGrading(excelApi);
    expect(handlers(workbook)).toBe(1);
    await watch.stop();
    expect(handlers(workbook)).toBe(0);
    workbook.resetStats();
    workbook.userEdit("客户", 4, 6, "良好");
    await settle(workbook, watch);
    await new Promise((resolve) => setTimeout(resolve, 20)); // past the debounce
    expect(workbook.stats.syncs).toBe(0);
    expect(workbook.tableValues("客户表").rows[2]?.[6]).toBe("C");
  });

  test("starting auto-grade twice keeps one handler, and binding another table stops the watches", async () => {
    const { workbook, adapter } = await graded(excelApi);
    await adapter.startAutoGrade();
    await adapter.startAutoGrade();
    await adapter.watchSelection(() => undefined);
    expect(handlers(workbook)).toBe(2); // one change handler, one selection handler
    await adapter.bind("客户表");
    expect(handlers(workbook)).toBe(0);
  });

  test("two Grade alls at once add the output columns once", async () => {
    const workbook = workbookWith("T", ["客户名称", "运输需求", "财务状况"], [["甲", "每月两次,国内各地", "良好"]]);
    const adapter = createExcelAdapter(hostOf(workbook, excelApi), { today: TODAY });
    await adapter.bind("T");
    const [first, second] = await Promise.all([adapter.gradeAll(), adapter.gradeAll()]);
    expect(first.ok && first.value.addedColumns).toEqual(["客户等级", "评分", "备注"]);
    expect(second.ok && second.value.addedColumns).toEqual([]);
    expect(workbook.tableValues("T").headers).toEqual(["客户名称", "运输需求", "财务状况", "客户等级", "评分", "备注"]);
  });

  test("moving the selection into the table hands over that customer's record and result", async () => {
    const { workbook, adapter } = await graded(excelApi);
    const seen: unknown[] = [];
    const watch = await adapter.watchSelection((customer) => seen.push(customer));
    if (!watch.ok) throw new Error(watch.error.message.en);
    workbook.userSelect("客户", 3, 2); // YY's contact cell
    await workbook.eventsDelivered();
    workbook.userSelect("客户", 1, 2); // the header row: no customer
    await workbook.eventsDelivered();
    const [yy, header] = seen as [
      { row: number; record: Record<string, unknown>; result: { status: string; grade?: string } },
      unknown,
    ];
    expect(yy.row).toBe(1);
    expect(yy.record["客户名称"]).toBe("YY贸易公司");
    expect(yy.result.status).toBe("graded");
    expect(yy.result.grade).toBe("B");
    expect(header).toBeNull();
    await watch.value.stop();
  });

  test("with a rank rule set, the score card grades the whole table once, writes nothing, and agrees with the sheet", async () => {
    const workbook = workbookWith(
      "T",
      ["客户名称", "年交易额", "财务状况"],
      [
        ["甲", 100, "良好"],
        ["乙", 300, "良好"],
      ],
    );
    const first = createExcelAdapter(hostOf(workbook, excelApi), { today: TODAY });
    await first.bind("T");
    const rules = JSON.parse(JSON.stringify(first.ruleSet().source)) as {
      dimensions: { id: string; criteria: unknown[] }[];
    };
    const volume = rules.dimensions.find((d) => d.id === "volume");
    if (volume) volume.criteria = [{ id: "amount-rank", field: "annualAmount", kind: "rank" }];
    await first.saveRuleSet(rules);
    await first.gradeAll();
    const second = createExcelAdapter(hostOf(workbook, excelApi), { today: TODAY });
    await second.restore();
    const before = JSON.stringify(workbook.tableValues("T"));
    const seen: unknown[] = [];
    await second.watchSelection((customer) => seen.push(customer?.result ?? null));
    workbook.resetStats();
    workbook.userSelect("客户", 2, 1);
    await workbook.eventsDelivered();
    const firstReads = workbook.stats.syncs;
    workbook.userSelect("客户", 3, 1);
    await workbook.eventsDelivered();
    // Not a one-row "rank" that contradicts the sheet: the table's own grades, read whole once, then kept.
    expect((seen[0] as { grade: string }).grade).toBe(workbook.tableValues("T").rows[0]?.[3]);
    expect((seen[1] as { grade: string }).grade).toBe(workbook.tableValues("T").rows[1]?.[3]);
    expect(workbook.stats.syncs - firstReads).toBe(1); // the second selection reads its own row only
    expect(JSON.stringify(workbook.tableValues("T"))).toBe(before);
  });
});

describe("the trigger source (ExcelApi 1.14)", () => {
  /** The add-in writing into an input column with events on, as any add-in code in this runtime could. */
  async function addinWritesInputCell(workbook: Awaited<ReturnType<typeof graded>>["workbook"]): Promise<void> {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("客户").getRangeByIndexes(4, 6, 1, 1).values = [["良好"]];
      await context.sync();
    });
  }

  test("a change this add-in made is recognised by its trigger source and starts no round", async () => {
    const { workbook, watch } = await autoGrading("1.14");
    await addinWritesInputCell(workbook);
    workbook.resetStats();
    await settle(workbook, watch);
    expect(workbook.stats.handlerCalls).toBe(1); // the event arrived ...
    expect(workbook.stats.syncs).toBe(0); // ... and was dropped for its trigger source
    await watch.stop();
  });

  test("without a trigger source (ExcelApi 1.8) the same change is taken for an edit and re-graded", async () => {
    const { workbook, watch } = await autoGrading("1.8");
    await addinWritesInputCell(workbook);
    workbook.resetStats();
    await settle(workbook, watch);
    expect(workbook.stats.syncs).toBeGreaterThan(0);
    await watch.stop();
  });

  test("an edit elsewhere on the worksheet is not an edit of the table", async () => {
    const { workbook, watch } = await autoGrading("1.14");
    workbook.resetStats();
    workbook.userEdit("客户", 20, 20, "note");
    await settle(workbook, watch);
    expect(workbook.stats.handlerCalls).toBe(1);
    expect(workbook.stats.syncs).toBe(0);
    await watch.stop();
  });
});
