/** The year-end review sheet on the 30-customer sample: tier migration from the history, screening lists, nothing deleted. */
import { createExcelAdapter } from "../../../src/excel";
import type { CellInput } from "../../../src/simulator";
import { createWorkbook } from "../../../src/simulator";
import sample from "../../../samples/logistics-customers.json";
import { hostOf } from "../fixtures";

async function gradedSample() {
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [
      {
        name: "客户表",
        sheet: "客户",
        topRow: 0,
        leftColumn: 0,
        headers: sample.headers,
        rows: sample.rows as CellInput[][],
      },
    ],
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 10, 22) });
  await adapter.bind("客户表");
  await adapter.setPortfolioViews(true);
  const first = await adapter.gradeAll();
  if (!first.ok) throw new Error(first.error.message.en);
  return { workbook, adapter };
}

const REVIEW = "年终筛选 · 客户表";
const column = (header: string): number => sample.headers.indexOf(header);
const rowOf = (name: string): number => sample.rows.findIndex((r) => r[0] === name);

type Workbook = Awaited<ReturnType<typeof gradedSample>>["workbook"];

/** The row of column A holding `text` on the review sheet. */
function rowWith(workbook: Workbook, text: string): number {
  let row = 0;
  while (workbook.cell(REVIEW, row, 0).value !== text) if (++row > 200) throw new Error(`no ${text}`);
  return row;
}

/** Every value in column A of a list titled `title`, below its headers (and its condition line), until a blank. */
function listAfter(workbook: Workbook, title: string): string[] {
  let row = rowWith(workbook, title) + 1;
  if (workbook.cell(REVIEW, row, 1).value === "") row++; // the condition line: one cell, no headers beside
  const names: string[] = [];
  for (row += 1; workbook.cell(REVIEW, row, 0).value !== ""; row++)
    names.push(String(workbook.cell(REVIEW, row, 0).value));
  return names;
}

test("counts moves between grades since the date, and lists key accounts, unsettled balances and drop candidates", async () => {
  const { workbook, adapter } = await gradedSample();
  // 华东精密电子 stops paying: its grade falls, and the history records the move.
  const row = rowOf("华东精密电子有限公司");
  workbook.userEdit("客户", row + 1, column("逾期天数"), 120);
  workbook.userEdit("客户", row + 1, column("准时付款率"), "60%");
  const regraded = await adapter.gradeAll();
  if (!regraded.ok) throw new Error(regraded.error.message.en);
  expect(regraded.value.portfolio?.ok && regraded.value.portfolio.value.changesRecorded).toBe(1);

  const review = await adapter.yearEndReview(new Date(2026, 0, 1));
  if (!review.ok) throw new Error(review.error.message.en);
  const { migration, screening } = review.value;
  expect(review.value.sheet).toBe(REVIEW);
  expect(workbook.cell(REVIEW, 0, 0).value).toBe("年终筛选：表格“客户表”");
  expect(migration.customers).toBe(29); // the first grading gave 29 customers a grade; one moved again since
  const noGrade = migration.grades.length - 1;
  expect(migration.counts[noGrade]?.reduce((a, b) => a + b, 0)).toBe(29);
  expect(screening.dropCandidates.map((d) => d.name)).toEqual(["旧城家具厂"]);
  expect(listAfter(workbook, "重点客户：为每家指派专职业务代表")).toEqual(screening.keyAccounts.map((k) => k.name));
  expect(listAfter(workbook, "须先结清本年度欠款的客户")).toEqual(
    expect.arrayContaining(["宏远钢铁贸易公司", "华东精密电子有限公司"]),
  );
  expect(
    listAfter(workbook, "淘汰候选（最低等级、无利润、无前景）：仅供参考，由您决定，加载项不会删除任何客户"),
  ).toEqual(["旧城家具厂"]);
  expect(workbook.tableValues("客户表").rows).toHaveLength(30); // a list to decide on: nothing deleted
});

test("a later start date leaves the first grading out; the review is rewritten on its own sheet", async () => {
  const { workbook, adapter } = await gradedSample();
  await adapter.yearEndReview(new Date(2026, 0, 1));
  const later = await adapter.yearEndReview(new Date(2026, 10, 23));
  if (!later.ok) throw new Error(later.error.message.en);
  expect(later.value.migration.customers).toBe(0);
  expect(workbook.sheetNames().filter((n) => n.startsWith("年终筛选"))).toEqual([REVIEW]);
  expect(later.value.rewritten).toBe(true);
  expect(workbook.cell(REVIEW, 1, 1).value).toBe(46349); // 2026-11-23
});

test("a review before the views were ever turned on does not decide for the analyst", async () => {
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [
      {
        name: "客户表",
        sheet: "客户",
        topRow: 0,
        leftColumn: 0,
        headers: sample.headers,
        rows: sample.rows as CellInput[][],
      },
    ],
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 10, 22) });
  await adapter.bind("客户表");
  const review = await adapter.yearEndReview(new Date(2026, 0, 1));
  expect(review.ok && review.value.migration.customers).toBe(0); // no history yet
  await adapter.applyTemplateFormatting();
  expect(adapter.portfolioViews()?.enabled).toBe(true);
});

test("the must-settle list follows the rule set's overdue cap and says so; another pick is remembered", async () => {
  const { workbook, adapter } = await gradedSample();
  const overdue = (name: string): number => Number(sample.rows[rowOf(name)]?.[column("逾期天数")] ?? 0);
  const first = await adapter.yearEndReview(new Date(2026, 0, 1));
  if (!first.ok) throw new Error(first.error.message.en);
  const byCap = listAfter(workbook, "须先结清本年度欠款的客户");
  expect(byCap.length).toBeGreaterThan(0);
  expect(byCap.every((name) => overdue(name) > 90)).toBe(true);
  const title = rowWith(workbook, "须先结清本年度欠款的客户");
  expect(workbook.cell(REVIEW, title + 1, 0).value).toBe("条件（按分级规则的上限规则）：逾期天数 > 90 且 未结余额 > 0");

  const any = await adapter.yearEndReview(new Date(2026, 0, 1), "anyOverdue");
  if (!any.ok) throw new Error(any.error.message.en);
  const byAny = listAfter(workbook, "须先结清本年度欠款的客户");
  expect(byAny.length).toBeGreaterThan(byCap.length); // customers a few days late are listed now
  expect(byAny).toEqual(expect.arrayContaining(byCap));
  expect(workbook.cell(REVIEW, title + 1, 0).value).toBe("条件：有欠款且已逾期（任何逾期天数）");
  expect(adapter.settleFirst()).toBe("anyOverdue");

  // A new session on the same workbook reads the pick back.
  const again = createExcelAdapter(hostOf(workbook), { today: () => new Date(2026, 10, 22) });
  await again.bind("客户表");
  expect(again.settleFirst()).toBe("anyOverdue");
  const third = await again.yearEndReview(new Date(2026, 0, 1));
  expect(third.ok && third.value.screening.settleRule).toBeNull();
});
