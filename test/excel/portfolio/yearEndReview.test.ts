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

const column = (header: string): number => sample.headers.indexOf(header);
const rowOf = (name: string): number => sample.rows.findIndex((r) => r[0] === name);

/** Every value in column A of the review sheet from `start` until a blank. */
function listAfter(workbook: Awaited<ReturnType<typeof gradedSample>>["workbook"], title: string): string[] {
  let row = 0;
  while (workbook.cell("年终筛选", row, 0).value !== title) if (++row > 200) throw new Error(`no ${title}`);
  const names: string[] = [];
  for (row += 2; workbook.cell("年终筛选", row, 0).value !== ""; row++)
    names.push(String(workbook.cell("年终筛选", row, 0).value));
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
  expect(review.value.sheet).toBe("年终筛选");
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
  expect(workbook.sheetNames().filter((n) => n.startsWith("年终筛选"))).toEqual(["年终筛选"]);
  expect(workbook.cell("年终筛选", 1, 1).value).toBe(46349); // 2026-11-23
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
