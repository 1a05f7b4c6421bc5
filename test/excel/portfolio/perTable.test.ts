/**
 * One workbook serving several projects (seed 000, Q5): each bound table has its own summary, history and
 * year-end review sheets, named after it and saying it in a title cell; grading, formatting or reviewing one
 * table never changes another's sheets; a renamed table keeps its sheets; a workbook made before the views were
 * per table keeps working.
 */
import { FIELDS, type FieldId, defaultRuleSet, mapTableColumns } from "../../../src/engine";
import { createExcelAdapter } from "../../../src/excel";
import { PORTFOLIO_SETTING } from "../../../src/excel/portfolio/portfolioSettings";
import { tableSheetName } from "../../../src/excel/portfolio/freeNames";
import { type CellInput, createWorkbook } from "../../../src/simulator";
import sample from "../../../samples/logistics-customers.json";
import { SEED_HEADERS, SEED_ROWS, type Workbook, hostOf } from "../fixtures";

const TODAY = () => new Date(2026, 10, 22, 9, 30);
const SINCE = new Date(2026, 0, 1);

/** The 30-customer sample with each header in English (the field's English label, which maps back to it). */
function englishSample(): { headers: string[]; rows: CellInput[][] } {
  const mapping = mapTableColumns(sample.headers, defaultRuleSet());
  const english = [...sample.headers];
  for (const [field, column] of Object.entries(mapping.columns))
    if (column) english[column.index] = FIELDS[field as FieldId].label.en;
  return { headers: english, rows: sample.rows as CellInput[][] };
}

/** Seed 000 (its grades in the analyst's words, "A级") on 客户, and the English sample on Customers. */
function twoTables(): Workbook {
  const english = englishSample();
  return createWorkbook({
    sheets: [{ name: "客户" }, { name: "Customers" }],
    tables: [
      {
        name: "客户表",
        sheet: "客户",
        topRow: 1,
        leftColumn: 1,
        headers: [...SEED_HEADERS, "年交易额"],
        rows: SEED_ROWS.map((row, i) => [...row, [1_200_000, 300_000, 80_000][i] ?? 0]),
      },
      { name: "Customers", sheet: "Customers", topRow: 0, leftColumn: 0, ...english },
    ],
  });
}

const SEED_SHEETS = ["分级汇总 · 客户表", "等级变动 · 客户表", "年终筛选 · 客户表"];
const SAMPLE_SHEETS = ["分级汇总 · Customers", "等级变动 · Customers", "年终筛选 · Customers"];

/** Every cell the add-in writes on its sheets (values and formats), and their charts. */
function sheetsOf(workbook: Workbook, names: readonly string[]) {
  return names.map((name) => ({
    name,
    cells: Array.from({ length: 60 }, (_, row) =>
      Array.from({ length: 14 }, (_, column) => {
        const cell = workbook.cell(name, row, column);
        return [cell.value, cell.numberFormat];
      }),
    ),
    charts: workbook.formatting(name).charts,
  }));
}

type Adapter = ReturnType<typeof createExcelAdapter>;

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: { en: string } } }>) {
  const done = await result;
  if (!done.ok) throw new Error(done.error.message.en);
  return done.value;
}

/** Binds the table, applies the template formatting, grades it and writes its year-end review. */
async function gradeAndReview(adapter: Adapter, table: string) {
  await must(adapter.bind(table));
  await must(adapter.applyTemplateFormatting());
  const graded = await must(adapter.gradeAll());
  const review = await must(adapter.yearEndReview(SINCE));
  return { graded, review };
}

test("two tables graded, formatted and reviewed in turn leave two complete, separate sets of sheets", async () => {
  const workbook = twoTables();
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });

  // 客户表: its grades "A级", "B级", "C级" are what the add-in writes as A, B, C: no change to log yet.
  await must(adapter.bind("客户表"));
  await must(adapter.applyTemplateFormatting());
  const first = await must(adapter.gradeAll());
  expect(first.portfolio).toEqual({
    ok: true,
    value: { summarySheet: "分级汇总 · 客户表", historySheet: null, changesRecorded: 0, chart: "created" },
  });
  workbook.userEdit("客户", 3, 6, "较差,需谨慎评估,拖欠"); // YY's finances: B falls
  const second = await must(adapter.gradeAll());
  expect(second.portfolio?.ok && second.portfolio.value).toEqual(
    expect.objectContaining({ historySheet: "等级变动 · 客户表", changesRecorded: 1 }),
  );
  const seedReview = await must(adapter.yearEndReview(SINCE));
  expect(seedReview).toEqual(
    expect.objectContaining({ sheet: "年终筛选 · 客户表", table: "客户表", rewritten: false }),
  );
  expect(seedReview.migration.customers).toBe(1);
  const seedSheets = sheetsOf(workbook, SEED_SHEETS);

  // Customers, in English headers: a set of its own, and 客户表's sheets not changed by a cell.
  const { graded, review } = await gradeAndReview(adapter, "Customers");
  expect(graded.portfolio).toEqual({
    ok: true,
    value: expect.objectContaining({
      summarySheet: "分级汇总 · Customers",
      historySheet: "等级变动 · Customers",
      changesRecorded: 29,
      chart: "created",
    }),
  });
  expect(review).toEqual(expect.objectContaining({ sheet: "年终筛选 · Customers", rewritten: false }));
  expect(review.migration.customers).toBe(29); // the sample's own, none of seed 000's
  expect(sheetsOf(workbook, SEED_SHEETS)).toEqual(seedSheets);
  expect(workbook.sheetNames()).toEqual(["客户", "Customers", ...SEED_SHEETS, ...SAMPLE_SHEETS]);

  // Each sheet names its table; each history holds its own customers only.
  expect(workbook.cell("分级汇总 · 客户表", 0, 0).value).toBe("客户分级汇总：表格“客户表”");
  expect(workbook.cell("分级汇总 · Customers", 0, 0).value).toBe("客户分级汇总：表格“Customers”");
  expect(workbook.cell("等级变动 · 客户表", 0, 0).value).toBe("等级变动记录：表格“客户表”");
  expect(workbook.cell("年终筛选 · Customers", 0, 0).value).toBe("年终筛选：表格“Customers”");
  expect(workbook.cell("分级汇总 · 客户表", 9, 1).value).toBe(3); // the total row: seed 000's three customers
  const seedHistory = workbook.tableValues("等级变动记录").rows.map((r) => r[1]);
  const sampleHistory = workbook.tableValues("等级变动记录2").rows.map((r) => r[1]);
  expect(seedHistory).toEqual(["YY贸易公司"]);
  expect(sampleHistory).toHaveLength(29);
  expect(sampleHistory).not.toContain("YY贸易公司");

  // Grading and reviewing Customers again (after an edit) changes none of 客户表's sheets either.
  const sampleRow = sample.rows.findIndex((r) => r[0] === "华东精密电子有限公司") + 1;
  workbook.userEdit("Customers", sampleRow, sample.headers.indexOf("逾期天数"), 120);
  workbook.userEdit("Customers", sampleRow, sample.headers.indexOf("准时付款率"), "60%");
  const regraded = await must(adapter.gradeAll());
  expect(regraded.portfolio?.ok && regraded.portfolio.value.changesRecorded).toBe(1);
  const again = await must(adapter.yearEndReview(SINCE));
  expect(again).toEqual(expect.objectContaining({ sheet: "年终筛选 · Customers", rewritten: true }));
  expect(sheetsOf(workbook, SEED_SHEETS)).toEqual(seedSheets);

  // And back: 客户表's second review rewrites its own sheet, never Customers'.
  const sampleSheets = sheetsOf(workbook, SAMPLE_SHEETS);
  await must(adapter.bind("客户表"));
  const seedAgain = await must(adapter.yearEndReview(SINCE));
  expect(seedAgain).toEqual(expect.objectContaining({ sheet: "年终筛选 · 客户表", rewritten: true }));
  await must(adapter.gradeAll());
  expect(sheetsOf(workbook, SAMPLE_SHEETS)).toEqual(sampleSheets);
  expect(workbook.sheetNames()).toEqual(["客户", "Customers", ...SEED_SHEETS, ...SAMPLE_SHEETS]);
});

test("a renamed table keeps its sheets, and their titles follow its new name", async () => {
  const workbook = twoTables();
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await gradeAndReview(adapter, "Customers");
  workbook.renameTable("Customers", "NorthRegion");
  await must(adapter.bind("NorthRegion"));
  const regraded = await must(adapter.gradeAll());
  expect(regraded.portfolio?.ok && regraded.portfolio.value).toEqual(
    expect.objectContaining({ summarySheet: "分级汇总 · Customers", chart: "updated" }),
  );
  const review = await must(adapter.yearEndReview(SINCE));
  expect(review).toEqual(
    expect.objectContaining({ sheet: "年终筛选 · Customers", table: "NorthRegion", rewritten: true }),
  );
  expect(workbook.sheetNames()).toEqual(["客户", "Customers", ...SAMPLE_SHEETS]);
  expect(workbook.cell("分级汇总 · Customers", 0, 0).value).toBe("客户分级汇总：表格“NorthRegion”");
  expect(workbook.cell("等级变动 · Customers", 0, 0).value).toBe("等级变动记录：表格“NorthRegion”");
  expect(workbook.cell("年终筛选 · Customers", 0, 0).value).toBe("年终筛选：表格“NorthRegion”");
  expect(review.migration.customers).toBe(29); // its history found by id, with the name it had then
});

/**
 * A workbook as the add-in left it before the views were per table: one flat setting, a summary sheet and a
 * history sheet (its table at A1) without a table's name, and 客户表 the table saved as bound. The history
 * logged the analyst's "A级" becoming "A" as a change, as that version did.
 */
async function oldFormat(): Promise<Workbook> {
  const workbook = twoTables();
  await workbook.run(async (context) => {
    const seed = context.workbook.tables.getItem("客户表").load("id");
    const summary = context.workbook.worksheets.add("分级汇总");
    summary.getRange("A1").values = [["客户分级汇总"]];
    const historySheet = context.workbook.worksheets.add("等级变动");
    historySheet.getRange("A1:F3").values = [
      ["日期", "客户名称", "客户编号", "原等级", "新等级", "评分"],
      [46300, "XX科技有限公司", "", "A级", "A", 98.2],
      [46300, "YY贸易公司", "", "B级", "B", 58.8],
    ];
    const history = context.workbook.tables.add(historySheet.getRange("A1:F3"), true);
    history.name = "等级变动记录";
    summary.load("id");
    historySheet.load("id");
    history.load("id");
    await context.sync();
    context.workbook.settings.add("customerGrader.binding", { tableName: "客户表", tableId: seed.id, overrides: {} });
    context.workbook.settings.add(PORTFOLIO_SETTING, {
      enabled: true,
      summarySheetId: summary.id,
      historySheetId: historySheet.id,
      historyTableId: history.id,
    });
    await context.sync();
  });
  return workbook;
}

test("a workbook made before keeps working: its one summary and history belong to the table it was made for", async () => {
  const workbook = await oldFormat();
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const restored = await must(adapter.restore());
  expect(restored?.binding.tableName).toBe("客户表");
  expect(adapter.portfolioViews()?.historyTableId).toBeDefined();
  workbook.userEdit("客户", 3, 6, "较差,需谨慎评估,拖欠");
  const graded = await must(adapter.gradeAll());
  expect(graded.portfolio).toEqual({
    ok: true,
    value: { summarySheet: "分级汇总", historySheet: "等级变动", changesRecorded: 1, chart: "created" },
  });
  expect(workbook.cell("分级汇总", 0, 0).value).toBe("客户分级汇总：表格“客户表”");
  expect(workbook.cell("等级变动", 0, 0).value).toBe("日期"); // its table's header stays where it was
  expect(workbook.tableValues("等级变动记录").rows.map((r) => r.slice(1, 5))).toEqual([
    ["XX科技有限公司", "", "A级", "A"],
    ["YY贸易公司", "", "B级", "B"],
    ["YY贸易公司", "", "B", expect.stringMatching(/^[CD]$/)],
  ]);
  // The old "A级 → A" rows are no change: only YY's real move counts.
  const review = await must(adapter.yearEndReview(SINCE));
  expect(review.migration.customers).toBe(1);

  // The second table gets sheets of its own; the old ones are not its.
  const old = sheetsOf(workbook, ["分级汇总", "等级变动", review.sheet]);
  await gradeAndReview(adapter, "Customers");
  expect(sheetsOf(workbook, ["分级汇总", "等级变动", review.sheet])).toEqual(old);
  expect(workbook.sheetNames()).toEqual([
    "客户",
    "Customers",
    "分级汇总",
    "等级变动",
    "年终筛选 · 客户表",
    ...SAMPLE_SHEETS,
  ]);
  const saved = workbook.settings[PORTFOLIO_SETTING] as { tables: Record<string, unknown> };
  expect(Object.keys(saved.tables)).toHaveLength(2);
  expect(saved).not.toHaveProperty("unassigned");
});

test("the old views go to the table saved as bound, even when a new session binds another table first", async () => {
  const workbook = await oldFormat();
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await must(adapter.bind("Customers"));
  expect(adapter.portfolioViews()).toEqual({ enabled: true }); // none of the old sheets are Customers'
  const graded = await must(adapter.gradeAll());
  expect(graded.portfolio?.ok && graded.portfolio.value.summarySheet).toBe("分级汇总 · Customers");
  expect(workbook.cell("分级汇总", 0, 0).value).toBe("客户分级汇总"); // still as the old version left it

  const later = createExcelAdapter(hostOf(workbook), { today: TODAY });
  await must(later.bind("客户表"));
  const seed = await must(later.gradeAll());
  expect(seed.portfolio?.ok && seed.portfolio.value.summarySheet).toBe("分级汇总");
});

test("a sheet's name fits Excel's 31 characters with room for a number, without a character Excel refuses", () => {
  expect(tableSheetName("分级汇总", "客户表")).toBe("分级汇总 · 客户表");
  const long = tableSheetName("Grade history", "CustomersOfTheNorthernRegion");
  expect(long).toBe("Grade history · CustomersOfT…");
  expect(`${long} 9`.length).toBeLessThanOrEqual(31);
  expect(tableSheetName("Year-end review", "\\Proj[1]:a/b?*")).toBe("Year-end review · _Proj_1__a…");
  for (const kind of ["Year-end review", "年终筛选", "分級彙總"])
    expect(`${tableSheetName(kind, "x".repeat(255))} 9`.length).toBeLessThanOrEqual(31);
});
