/**
 * The summary sheet's receivables per grade: beside the grade rows, what each grade's customers owe, the
 * overdue part and its share, and the ageing report's five columns, with a total; gathered chunk by chunk.
 * A table without a balance writes the summary as before.
 */
import { type CellValue, fieldValues, gradeTable, parseDate, receivablesByGrade } from "../../../src/engine";
import { createExcelAdapter } from "../../../src/excel";
import { createWorkbook } from "../../../src/simulator";
import { fixedBandRuleSet, fixedBandRuleSetJson } from "../../support/fixedBandRules";
import { SEED_HEADERS, SEED_ROWS, hostOf } from "../fixtures";

const BUCKETS = ["未到期", "逾期1-30天", "逾期31-60天", "逾期61-90天", "逾期91-180天", "账龄180天以上"];
const HEADERS = [...SEED_HEADERS, "年交易额", ...BUCKETS];
const GRADE_COLUMN = SEED_HEADERS.indexOf("客户等级");
/** Three kinds of customer, by annual amount and what they owe in each bucket (91–180 and 180+ fold into "over 90"). */
const KINDS = [
  { amount: 1_200_000, buckets: [1000, 0, 0, 0, 0, 0] },
  { amount: 300_000, buckets: [400, 100, 0, 0, 0, 0] },
  { amount: 80_000, buckets: [0, 0, 50, 20, 300, 200] },
] as const;

function rowsOf(count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % 3] ?? KINDS[0];
    const row: (string | number)[] = [...(SEED_ROWS[i % 3] ?? []), kind.amount, ...kind.buckets];
    row[0] = `客户${i}`;
    return row;
  });
}

const TODAY = () => new Date(2026, 10, 22, 9, 30);
const SUMMARY = "分级汇总 · 客户表";

/** A workbook with the receivables table on "客户". */
async function setUp(count: number, language: "zh-CN" | "zh-TW" | "en" = "zh-CN") {
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [{ name: "客户表", sheet: "客户", topRow: 1, leftColumn: 1, headers: HEADERS, rows: rowsOf(count) }],
  });
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const bound = await adapter.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  // Fixed amount bands: the table is graded chunk by chunk (a rank would read it all before grading any row).
  const saved = await adapter.saveRuleSet({ ...fixedBandRuleSetJson(), language });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  await adapter.setPortfolioViews(true);
  return { workbook, adapter };
}

async function gradeAll(adapter: Awaited<ReturnType<typeof setUp>>["adapter"]) {
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

type Workbook = Awaited<ReturnType<typeof setUp>>["workbook"];

/** The summary's rows from its header row down to the total, as written. */
function summaryRows(workbook: Workbook, sheet: string, width: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = 3; ; row++) {
    const cells = Array.from({ length: width }, (_, c) => workbook.cell(sheet, row, c).value as CellValue);
    rows.push(cells);
    if (["合计", "合計", "Total"].includes(String(cells[0]))) return rows;
    if (row > 40) throw new Error("no total row");
  }
}

/** Per grade (the letter written in the table, "" for none): balance, overdue, the five ageing columns. */
function sumsByWrittenGrade(workbook: Workbook): Map<string, number[]> {
  const sums = new Map<string, number[]>();
  for (const row of workbook.tableValues("客户表").rows) {
    const buckets = BUCKETS.map((_, i) => Number(row[SEED_HEADERS.length + 1 + i]));
    const [notDue = 0, d30 = 0, d60 = 0, d90 = 0, d180 = 0, over180 = 0] = buckets;
    const figures = [
      notDue + d30 + d60 + d90 + d180 + over180,
      d30 + d60 + d90 + d180 + over180,
      notDue,
      d30,
      d60,
      d90,
      d180 + over180,
    ];
    const grade = String(row[GRADE_COLUMN] ?? "");
    const sum = sums.get(grade) ?? [0, 0, 0, 0, 0, 0, 0];
    sums.set(
      grade,
      sum.map((v, i) => v + (figures[i] ?? 0)),
    );
  }
  return sums;
}

describe("the summary's receivables per grade", () => {
  test("a table graded in several chunks shows what each grade owes, as the whole table sums, with a total", async () => {
    const count = 3000;
    const { workbook, adapter } = await setUp(count);
    const result = await gradeAll(adapter);
    expect(result.reads).toBeGreaterThanOrEqual(2); // really graded in chunks
    const rows = summaryRows(workbook, SUMMARY, 13);
    expect(rows[0]).toEqual([
      "等级",
      "客户数",
      "年交易额",
      "客户占比",
      "交易额占比",
      "未结余额",
      "逾期金额",
      "逾期占比",
      "未到期",
      "1–30天",
      "31–60天",
      "61–90天",
      "90天以上",
    ]);
    // Each grade's row against the sums of the rows the table now shows with that grade.
    const byGrade = sumsByWrittenGrade(workbook);
    const gradeRows = rows.slice(1, -1);
    for (const row of gradeRows) {
      const grade = row[0] === "未评级" ? "" : String(row[0]);
      const [balance = 0, overdue = 0, ...ageing] = byGrade.get(grade) ?? [0, 0, 0, 0, 0, 0, 0];
      expect([row[5], row[6], ...row.slice(8)]).toEqual([balance, overdue, ...ageing]);
      expect(row[7]).toBeCloseTo(balance === 0 ? 0 : overdue / balance, 12);
    }
    // By hand: 1000 customers of each kind; each owes 1000, 500 and 570, of which 0, 100 and 570 are overdue.
    const total = rows[rows.length - 1] ?? [];
    expect([total[5], total[6], ...total.slice(8)]).toEqual([
      1000 * (1000 + 500 + 570),
      1000 * (100 + 570),
      1000 * (1000 + 400),
      1000 * 100,
      1000 * 50,
      1000 * 20,
      1000 * (300 + 200),
    ]);
    expect(total[7]).toBeCloseTo(670 / 2070, 12);
    // The same figures as the engine gives for the whole table graded at once.
    const asOf = parseDate("2026-11-22") as number;
    const table = { headers: HEADERS, rows: rowsOf(count) };
    const whole = gradeTable(table, fixedBandRuleSet(), { asOf });
    if (!whole.ok) throw new Error(whole.error.message.en);
    const once = receivablesByGrade(whole.value, fieldValues(table, whole.value, asOf));
    expect(gradeRows.map((r) => [r[5], r[6], ...r.slice(8)])).toEqual(
      once?.grades.map((g) => [g.balance, g.overdue, ...(g.ageing ?? [])]),
    );
    expect(result.portfolio?.ok && result.portfolio.value.receivables).toEqual(once);
    // Money and share formats; the chart still reads the first three columns.
    expect(workbook.cell(SUMMARY, 4, 5).numberFormat).toBe("#,##0.00");
    expect(workbook.cell(SUMMARY, 4, 7).numberFormat).toBe("0.0%");
    expect(workbook.cell(SUMMARY, 4, 12).numberFormat).toBe("#,##0.00");
    expect(workbook.formatting(SUMMARY).charts[0]?.source).toBe(`A4:C${4 + gradeRows.length}`);
  });

  test("a table without a balance writes the summary as before, and blanks the receivables a wider one left", async () => {
    const { workbook, adapter } = await setUp(3);
    await gradeAll(adapter);
    expect(workbook.cell(SUMMARY, 3, 12).value).toBe("90天以上");
    // The analyst tells the add-in to leave the ageing columns alone: the table has no balance any more.
    const rebound = await adapter.bind("客户表", Object.fromEntries(BUCKETS.map((b) => [b, null])));
    if (!rebound.ok) throw new Error(rebound.error.message.en);
    const result = await gradeAll(adapter);
    expect(result.portfolio).toEqual({
      ok: true,
      value: expect.objectContaining({ summarySheet: SUMMARY, chart: "updated" }),
    });
    expect(result.portfolio?.ok && "receivables" in result.portfolio.value).toBe(false);
    const rows = summaryRows(workbook, SUMMARY, 5);
    expect(rows[0]).toEqual(["等级", "客户数", "年交易额", "客户占比", "交易额占比"]);
    expect(rows[rows.length - 1]).toEqual(["合计", 3, 1_580_000, 1, 1]);
    for (let row = 0; row < 40; row++)
      for (let column = 5; column < 13; column++) {
        expect(workbook.cell(SUMMARY, row, column).value).toBe("");
        expect(workbook.cell(SUMMARY, row, column).numberFormat).toBe("General");
      }
  });

  test.each([
    [
      "zh-TW",
      "分級彙總 · 客户表",
      ["未結餘額", "逾期金額", "逾期佔比", "未到期", "1–30天", "31–60天", "61–90天", "90天以上"],
    ],
    [
      "en",
      "Grade summary · 客户表",
      [
        "Outstanding balance",
        "Overdue amount",
        "Overdue share",
        "Not yet due",
        "1–30 days",
        "31–60 days",
        "61–90 days",
        "Over 90 days",
      ],
    ],
    ["zh-CN", SUMMARY, ["未结余额", "逾期金额", "逾期占比", "未到期", "1–30天", "31–60天", "61–90天", "90天以上"]],
  ] as const)("the receivables headers in %s", async (language, sheet, headers) => {
    const { workbook, adapter } = await setUp(3, language);
    const result = await gradeAll(adapter);
    expect(result.portfolio?.ok && result.portfolio.value.summarySheet).toBe(sheet);
    expect(Array.from({ length: 8 }, (_, c) => workbook.cell(sheet, 3, 5 + c).value)).toEqual(headers);
  });
});
