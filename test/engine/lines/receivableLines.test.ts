/**
 * Receivables ageing computed from invoice lines with due dates: each customer's open amounts in the buckets of
 * an ERP's ageing report (not yet due, 1–30, 31–60, 61–90, over 90 days past due, counted from the due date to
 * the as-of date), the balance and the oldest days past due, written under the fields the safety dimension reads.
 * Figures are worked out by hand beside each line.
 */
import { defaultRuleSet, FIELDS, gradeTable, parseDate, type Table } from "../../../src/engine";
import { buildCustomers } from "../../../src/engine/lines";

const asOf = parseDate("2026-12-01") as number;

/** A 应收明细 export: invoice date, customer, invoice amount, due date, what is still unpaid. */
const HEADERS = ["开票日期", "客户名称", "发票号", "开票金额", "到期日", "未收金额"];
const LINES: Table["rows"] = [
  ["2026-09-01", "甲物流", "FP001", 1000, "2026-10-01", 1000], // 61 days past due → 61–90
  ["2026-11-10", "甲物流", "FP002", 500, "2026-12-10", 500], // due in 9 days → not yet due
  ["2026-06-01", "甲物流", "FP003", 800, "2026-07-01", 0], // paid: in no bucket, not the oldest
  ["2025-10-01", "乙贸易", "FP004", 300, "2025-10-31", 300], // 396 days past due → over 90 (before the window)
  ["2026-11-20", "乙贸易", "FP005", 200, "2026-11-25", 200], // 6 days past due → 1–30
];

const label = (field: keyof typeof FIELDS): string => FIELDS[field].label["zh-CN"];

function built(rows: Table["rows"] = LINES) {
  const result = buildCustomers({ headers: HEADERS, rows }, { asOf, lang: "zh-CN" });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe("customers built from invoice lines with due dates", () => {
  test("each customer's open amounts are aged from the due date to the as-of date", () => {
    const { customers } = built();
    expect(customers.map((c) => [c.customer, c.receivable])).toEqual([
      // In code-point order of the names: 乙 (U+4E59) before 甲 (U+7532).
      ["乙贸易", { balance: 500, buckets: [0, 200, 0, 0, 300], oldestDaysPastDue: 396 }],
      ["甲物流", { balance: 1500, buckets: [500, 0, 0, 1000, 0], oldestDaysPastDue: 61 }],
    ]);
  });

  test("the customer table carries the balance, the five buckets and the oldest days past due", () => {
    const { table } = built();
    const columns = ["未结余额", "未到期", "逾期1–30天", "账龄31–60天", "账龄61–90天", "账龄90天以上", "逾期天数"];
    expect(columns).toEqual(
      (
        [
          "outstandingBalance",
          "ageingCurrent",
          "ageing1to30",
          "ageing31to60",
          "ageing61to90",
          "ageingOver90",
          "overdueDays",
        ] as const
      ).map(label),
    );
    const at = columns.map((c) => table.headers.indexOf(c));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(table.rows.map((row) => at.map((i) => row[i]))).toEqual([
      [500, 0, 200, 0, 0, 300, 396],
      [1500, 500, 0, 0, 1000, 0, 61],
    ]);
  });

  test("graded, the overdue share and the days past due drive the safety caps", () => {
    const { table } = built();
    const graded = gradeTable(table, defaultRuleSet(), { asOf });
    if (!graded.ok) throw new Error(graded.error.message.en);
    const caps = (row: number) =>
      (graded.value.row(row) as unknown as { reasons: { kind: string; rule?: string }[] }).reasons
        .filter((r) => r.kind === "cap")
        .map((r) => r.rule);
    // 乙: all of it overdue, some for over 90 days. 甲: 1000 of 1500 overdue (two thirds), for 61 days.
    expect(caps(1)).toContain("mostly-overdue");
    expect(caps(1)).not.toContain("settle-balance");
    expect(caps(0)).toEqual(expect.arrayContaining(["mostly-overdue", "settle-balance"]));
    expect(["C", "D"]).toContain(graded.value.outputs.grades[0]);
  });

  test("without a due date column, the balance alone; an unreadable due date is reported and the line dated by itself", () => {
    const noDue = buildCustomers(
      { headers: ["开票日期", "客户名称", "开票金额", "未收金额"], rows: LINES.map((l) => [l[0], l[1], l[3], l[5]]) },
      { asOf, lang: "zh-CN" },
    );
    if (!noDue.ok) throw new Error(noDue.error.message.en);
    expect(noDue.value.customers.map((c) => c.receivable)).toEqual([
      { balance: 500, buckets: null, oldestDaysPastDue: null },
      { balance: 1500, buckets: null, oldestDaysPastDue: null },
    ]);
    expect(noDue.value.table.headers).toContain("未结余额");
    expect(noDue.value.table.headers).not.toContain("逾期天数");

    const bad = built([["2026-11-01", "丙食品", "FP006", 100, "下月底", 100]]);
    expect(bad.issues.map((i) => [i.row, i.header, i.code])).toEqual([[0, "到期日", "unreadable-date"]]);
    // Dated 2026-11-01 and taken as due then: 30 days past due.
    expect(bad.customers[0]?.receivable).toEqual({ balance: 100, buckets: [0, 100, 0, 0, 0], oldestDaysPastDue: 30 });
  });

  test("lines without an open amount build no receivable columns, as before", () => {
    const plain = built().table.headers.length;
    const { table } = (() => {
      const result = buildCustomers(
        { headers: HEADERS.slice(0, 4), rows: LINES.map((l) => l.slice(0, 4)) },
        { asOf, lang: "zh-CN" },
      );
      if (!result.ok) throw new Error(result.error.message.en);
      return result.value;
    })();
    expect(table.headers).not.toContain("未结余额");
    expect(table.headers.length).toBe(plain - 7);
  });
});
