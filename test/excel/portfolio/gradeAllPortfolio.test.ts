/** Grade all refreshes the summary sheet and its chart, and appends grade changes to the history (#7). */
import { createExcelAdapter } from "../../../src/excel";
import { SEED_HEADERS, SEED_ROWS, hostOf, workbookWith } from "../fixtures";

const HEADERS = [...SEED_HEADERS, "年交易额"];
const GRADE = SEED_HEADERS.indexOf("客户等级");
// The grade cells blank: the first Grade all gives every row its first grade, which the history records.
const ROWS = SEED_ROWS.map((row, i) => [
  ...row.map((cell, c) => (c === GRADE ? "" : cell)),
  [1_200_000, 300_000, 80_000][i] ?? 0,
]);
const SUMMARY = "分级汇总 · 客户表";
const HISTORY = "等级变动 · 客户表";

async function setUp(options: { template?: boolean; sheets?: string[]; rows?: typeof ROWS } = {}) {
  const workbook = workbookWith("客户表", HEADERS, options.rows ?? ROWS);
  const adapter = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 10, 22, 9, 30) });
  for (const name of options.sheets ?? []) {
    await workbook.run(async (context) => {
      context.workbook.worksheets.add(name).getRange("A1").values = [["the analyst's"]];
      await context.sync();
    });
  }
  const bound = await adapter.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  if (options.template !== false) {
    const applied = await adapter.applyTemplateFormatting();
    if (!applied.ok) throw new Error(applied.error.message.en);
  }
  return { workbook, adapter };
}

async function gradeAll(adapter: Awaited<ReturnType<typeof setUp>>["adapter"]) {
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

test("off until the template formatting is applied: Grade all adds no sheet and no sync", async () => {
  const { workbook, adapter } = await setUp({ template: false });
  workbook.resetStats();
  const result = await gradeAll(adapter);
  expect(result.portfolio).toBeUndefined();
  expect(workbook.sheetNames()).toEqual(["客户", "Notes"]);
  expect(adapter.portfolioViews()).toBeNull();
  expect(workbook.stats.syncs - 1).toBeLessThanOrEqual(result.reads + 3);
});

test("writes the summary per grade, a native chart of customers and amount, and the first grades as history", async () => {
  const { workbook, adapter } = await setUp();
  const result = await gradeAll(adapter);
  expect(result.portfolio).toEqual({
    ok: true,
    value: { summarySheet: SUMMARY, historySheet: HISTORY, changesRecorded: 3, chart: "created" },
  });
  const cell = (row: number, column: number) => workbook.cell(SUMMARY, row, column).value;
  expect(cell(0, 0)).toBe("客户分级汇总：表格“客户表”");
  expect([cell(3, 0), cell(3, 1), cell(3, 2)]).toEqual(["等级", "客户数", "年交易额"]);
  expect([cell(4, 0), cell(4, 1), cell(4, 2)]).toEqual(["A", 1, 1_200_000]);
  expect([cell(5, 0), cell(5, 1), cell(6, 0), cell(6, 1)]).toEqual(["B", 1, "C", 1]);
  expect([cell(9, 0), cell(9, 1), cell(9, 2), cell(9, 3)]).toEqual(["合计", 3, 1_580_000, 1]);
  expect(workbook.cell(SUMMARY, 4, 3).numberFormat).toBe("0.0%");
  expect(workbook.formatting(SUMMARY).charts).toEqual([
    {
      name: "分级汇总图",
      chartType: "ColumnClustered",
      title: "各等级客户数与年交易额",
      source: "A4:C9",
      series: [
        { name: "客户数", chartType: "ColumnClustered", axisGroup: "Primary" },
        { name: "年交易额", chartType: "LineMarkers", axisGroup: "Secondary" },
      ],
    },
  ]);
  const history = workbook.tableValues("等级变动记录");
  expect(history.headers).toEqual(["日期", "客户名称", "客户编号", "原等级", "新等级", "评分"]);
  expect(history.rows.map((r) => [r[1], r[3], r[4]])).toEqual([
    ["XX科技有限公司", "", "A"],
    ["YY贸易公司", "", "B"],
    ["ZZ食品加工厂", "", "C"],
  ]);
  expect(workbook.cell(HISTORY, 0, 0).value).toBe("等级变动记录：表格“客户表”");
  expect(workbook.cell(HISTORY, 2, 0).value).toBe("日期"); // the table's header, below the title
  expect(history.rows[0]?.[0]).toBeCloseTo(46348 + 9.5 / 24, 5); // 2026-11-22 09:30
});

test("the analyst's own grades in their words ('A级') are the grades the add-in writes ('A'): no change logged", async () => {
  const { workbook, adapter } = await setUp({
    rows: SEED_ROWS.map((row, i) => [...row, [1_200_000, 300_000, 80_000][i] ?? 0]),
  });
  expect(SEED_ROWS.map((row) => row[GRADE])).toEqual(["A级", "B级", "C级"]);
  const result = await gradeAll(adapter);
  expect(result.portfolio?.ok && result.portfolio.value.changesRecorded).toBe(0);
  expect(workbook.sheetNames()).not.toContain(HISTORY);
});

test("grading again with nothing changed appends nothing, and the chart is updated, not made again", async () => {
  const { workbook, adapter } = await setUp();
  await gradeAll(adapter);
  const second = await gradeAll(adapter);
  expect(second.portfolio).toEqual({
    ok: true,
    value: expect.objectContaining({ changesRecorded: 0, chart: "updated" }),
  });
  expect(workbook.tableValues("等级变动记录").rows).toHaveLength(3);
  expect(workbook.formatting(SUMMARY).charts).toHaveLength(1);
});

test("appends only the rows whose grade changed, with old and new grade and score, written with the summary in one request", async () => {
  const { workbook, adapter } = await setUp();
  await gradeAll(adapter);
  workbook.userEdit("客户", 3, 6, "较差,需谨慎评估,拖欠"); // YY's financial status (column G of the table at B2)
  workbook.userEdit("客户", 3, 4, "纺织品,每季度一次,东南亚");
  workbook.resetStats();
  const result = await gradeAll(adapter);
  const history = workbook.tableValues("等级变动记录").rows;
  expect(history).toHaveLength(4);
  const last = history[3] ?? [];
  expect([last[1], last[3]]).toEqual(["YY贸易公司", "B"]);
  expect(["C", "D"]).toContain(last[4]);
  expect(typeof last[5]).toBe("number");
  expect(result.portfolio?.ok && result.portfolio.value.changesRecorded).toBe(1);
  // Grade all's own syncs, then two for the portfolio (sheets found, everything written), then the refresh.
  expect(workbook.stats.syncs).toBeLessThanOrEqual(result.reads + 3 + 2 + 1);
  const [found, written, refreshed] = workbook.stats.requests.slice(-3);
  expect([found?.cellsWritten, refreshed?.cellsWritten]).toEqual([0, 0]);
  expect(written?.cellsWritten).toBeGreaterThanOrEqual(6); // the history row's six cells, with the summary block
});

test("never writes an analyst's sheet that has the add-in's name: it takes the next name, and keeps to its own after a rename", async () => {
  const { workbook, adapter } = await setUp({ sheets: [SUMMARY, HISTORY] });
  const first = await gradeAll(adapter);
  expect(first.portfolio).toEqual({
    ok: true,
    value: expect.objectContaining({ summarySheet: `${SUMMARY} 2`, historySheet: `${HISTORY} 2` }),
  });
  expect(workbook.cell(SUMMARY, 0, 0).value).toBe("the analyst's");
  expect(workbook.cell(HISTORY, 0, 0).value).toBe("the analyst's");
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem(`${SUMMARY} 2`).name = "我的汇总";
    await context.sync();
  });
  const second = await gradeAll(adapter);
  expect(second.portfolio).toEqual({
    ok: true,
    value: expect.objectContaining({ summarySheet: "我的汇总", chart: "updated" }),
  });
  expect(workbook.sheetNames()).toEqual(["客户", "Notes", SUMMARY, HISTORY, "我的汇总", `${HISTORY} 2`]);
});

test("the analyst can turn the views off, and Grade all then leaves the sheets as they are", async () => {
  const { workbook, adapter } = await setUp();
  await gradeAll(adapter);
  await adapter.setPortfolioViews(false);
  workbook.userEdit("客户", 2, 6, "较差");
  const result = await gradeAll(adapter);
  expect(result.portfolio).toBeUndefined();
  expect(workbook.tableValues("等级变动记录").rows).toHaveLength(3);
  await adapter.applyTemplateFormatting();
  expect(adapter.portfolioViews()?.enabled).toBe(false); // applying the template again does not overrule the analyst
});

test("switching the views from a fresh adapter (before any bind) keeps the sheets the workbook remembers", async () => {
  const { workbook, adapter } = await setUp();
  await gradeAll(adapter);
  const remembered = adapter.portfolioViews();
  expect(remembered?.summarySheetId).toBeDefined();
  const reopened = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 10, 23, 9, 30) });
  await reopened.setPortfolioViews(true);
  expect(reopened.portfolioViews()).toEqual({ enabled: true }); // no table bound yet: the workbook's switch
  const bound = await reopened.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  expect(reopened.portfolioViews()).toEqual({ ...remembered, enabled: true });
  await reopened.gradeAll();
  expect(workbook.sheetNames()).toEqual(["客户", "Notes", SUMMARY, HISTORY]); // no second summary sheet
});

test("when every history name is the analyst's, the summary is still written and the problem reported", async () => {
  const taken = [HISTORY, ...Array.from({ length: 8 }, (_, i) => `${HISTORY} ${i + 2}`)];
  const { workbook, adapter } = await setUp({ sheets: taken });
  const result = await gradeAll(adapter);
  const refresh = result.portfolio?.ok ? result.portfolio.value : null;
  expect(refresh?.summarySheet).toBe(SUMMARY);
  expect(refresh?.changesRecorded).toBe(0);
  expect(refresh?.historyProblem?.code).toBe("name-in-use");
  for (const name of taken) expect(workbook.cell(name, 0, 0).value).toBe("the analyst's");
  expect(workbook.sheetNames()).toHaveLength(2 + taken.length + 1);
});

test("the choice and the add-in's sheets travel with the workbook: a new session finds them", async () => {
  const { workbook, adapter } = await setUp();
  await gradeAll(adapter);
  const next = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 11, 1) });
  const restored = await next.restore();
  expect(restored.ok).toBe(true);
  expect(next.portfolioViews()).toEqual(
    expect.objectContaining({ enabled: true, summarySheetId: expect.any(String), historyTableId: expect.any(String) }),
  );
  workbook.userEdit("客户", 2, 6, "较差,需谨慎评估");
  const result = await gradeAll(next);
  expect(result.portfolio).toEqual({
    ok: true,
    value: expect.objectContaining({ summarySheet: SUMMARY, historySheet: HISTORY, chart: "updated" }),
  });
  expect(workbook.sheetNames()).toEqual(["客户", "Notes", SUMMARY, HISTORY]);
});
