/**
 * The grade history and summary when Grade all does not run to its end: cancelled, failed part-way, or the
 * portfolio write itself failing after the table was written; and the summary's chart across a language change.
 */
import { createExcelAdapter } from "../../../src/excel";
import { SEED_HEADERS, SEED_ROWS, hostOf, workbookWith } from "../fixtures";
import { fixedBandRuleSetJson } from "../../support/fixedBandRules";

const HEADERS = [...SEED_HEADERS, "年交易额"];

const GRADE = SEED_HEADERS.indexOf("客户等级");

/** `count` customers; their grade cells are blank, so every row the add-in writes is a change (a first grade). */
function rows(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const row: (string | number)[] = [...(SEED_ROWS[i % 3] ?? []), [1_200_000, 300_000, 80_000][i % 3] ?? 0];
    row[0] = `客户${i}`;
    row[GRADE] = "";
    return row;
  });
}

async function setUp(count: number) {
  const workbook = workbookWith("客户表", HEADERS, rows(count));
  const adapter = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 10, 22, 9, 30) });
  const bound = await adapter.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  // Fixed amount bands: the table is graded chunk by chunk (a rank would read it all before writing any row).
  await adapter.saveRuleSet(fixedBandRuleSetJson());
  await adapter.setPortfolioViews(true);
  return { workbook, adapter };
}

const historyRows = (workbook: ReturnType<typeof workbookWith>) => workbook.tableValues("等级变动记录").rows;

test("a cancelled Grade all records the history of the rows it wrote, leaves the summary, and the next run records the rest", async () => {
  const { workbook, adapter } = await setUp(4000);
  const controller = new AbortController();
  const cancelled = await adapter.gradeAll({ signal: controller.signal, onProgress: () => controller.abort() });
  if (!cancelled.ok) throw new Error(cancelled.error.message.en);
  expect(cancelled.value.cancelled).toBe(true);
  const done = cancelled.value.rowsDone;
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(4000);
  expect(cancelled.value.portfolio).toEqual({
    ok: true,
    value: { summarySheet: null, historySheet: "等级变动 · 客户表", changesRecorded: done, chart: "skipped" },
  });
  expect(workbook.sheetNames()).not.toContain("分级汇总 · 客户表");

  const full = await adapter.gradeAll();
  expect(full.ok && full.value.portfolio).toEqual({
    ok: true,
    value: expect.objectContaining({ changesRecorded: 4000 - done, chart: "created" }),
  });
  const recorded = historyRows(workbook);
  expect(recorded).toHaveLength(4000);
  expect(new Set(recorded.map((r) => r[1])).size).toBe(4000); // each customer once
});

test("a Grade all that fails part-way still records the rows written before the failure", async () => {
  const { workbook, adapter } = await setUp(4000);
  // Request 1 reads the table, 2 adds the score column, 3 reads the first chunk, 4 the second with the first
  // chunk's write; 5 writes the second chunk, and is lost.
  workbook.failRequestAfter(4);
  await expect(adapter.gradeAll()).rejects.toThrow("could not be completed");
  const written = workbook
    .tableValues("客户表")
    .rows.filter((r) => r[6] === "A" || r[6] === "B" || r[6] === "C").length;
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(4000);
  expect(historyRows(workbook)).toHaveLength(written);

  const full = await adapter.gradeAll();
  expect(full.ok && full.value.portfolio?.ok && full.value.portfolio.value.changesRecorded).toBe(4000 - written);
  expect(historyRows(workbook)).toHaveLength(4000);
});

test("a failing summary or history write comes back as an error beside the graded table, which is still refreshed", async () => {
  const { workbook, adapter } = await setUp(3);
  expect(adapter.bound()?.outputColumns).toBeNull(); // no score column yet: Grade all adds it
  // Requests 1-4 read the table, add the score column, read and write the rows; 6 writes the portfolio sheets.
  workbook.failRequestAfter(5);
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.portfolio?.ok).toBe(false);
  const error = result.value.portfolio?.ok === false ? result.value.portfolio.error : null;
  expect(error?.code).toBe("portfolio-failed");
  expect(error?.message.en).toContain("GeneralException");
  for (const text of Object.values(error?.message ?? {})) expect(text.length).toBeGreaterThan(20);
  expect(workbook.cell("客户", 2, 7).value).toBe("A");
  expect(adapter.bound()?.outputColumns).not.toBeNull(); // the binding was refreshed
});

test("keeps one chart on the summary when the rule set's language changes or the analyst renames it", async () => {
  const { workbook, adapter } = await setUp(3);
  await adapter.gradeAll();
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem("分级汇总 · 客户表").charts.getItem("分级汇总图").name = "我的图表";
    await context.sync();
  });
  const rules = adapter.ruleSet().source as Record<string, unknown>;
  const saved = await adapter.saveRuleSet({ ...rules, language: "en" });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const again = await adapter.gradeAll();
  expect(again.ok && again.value.portfolio?.ok && again.value.portfolio.value.chart).toBe("updated");
  const charts = workbook.formatting("分级汇总 · 客户表").charts;
  expect(charts.map((c) => c.name)).toEqual(["我的图表"]);
  expect(charts[0]?.title).toBe("Customers and annual amount per grade");
  // The amount stays a line on the secondary axis after the chart is re-pointed.
  expect(charts[0]?.series[1]).toEqual(expect.objectContaining({ chartType: "LineMarkers", axisGroup: "Secondary" }));
});
