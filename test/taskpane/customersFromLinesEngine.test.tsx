/** @jest-environment jsdom */
/**
 * "Customers from order lines" with the REAL engine (the loader the pane ships, `loadLinesEngine`) on the real
 * adapter over the simulator: build, read the customer table the part wrote against figures worked out by hand
 * from the lines below, check the RFM view against it, then add lines and refresh.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { FIELDS, type FieldId, LANGS, type Lang } from "../../src/engine";
import { RFM_SEGMENTS, type RfmSegment } from "../../src/engine/lines/types";
import type { CellValue } from "../../src/simulator";
import { linesStrings } from "../../src/taskpane/lines/i18n";
import { loadLinesEngine } from "../../src/taskpane/lines/linesEngine";
import { addColumn, appendLines, linesWorkbook } from "../excel/lines/support";
import { loaded, renderPane } from "./support/pane";

/** A date's Excel serial, from the calendar alone (not the engine's date code). */
const serial = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
};

const AS_OF = "2026-11-22"; // the window: 2025-11-22 … 2026-11-21

/** The lines table's columns (linesWorkbook's headers): waybill, date, customer, amount. */
const LINES: (string | number)[][] = [
  ["Y001", "2025-10-01", "华通电子", 700], // before the window: first date only
  ["Y002", "2025-12-05", "华通电子", 1000],
  ["Y003", "2026-01-10", "华通电子", 500],
  ["Y003", "2026-01-10", "华通电子", 250], // a second line of the same waybill: one order
  ["Y004", "2026-06-15", "华通电子", 300],
  ["Y005", "2026-03-02", "申达物资", 250],
  ["Y006", "2026-11-21", "申达物资", 400], // the window's last day
  ["Y007", "2025-11-21", "联运纺织", 90], // the day before the window
  ["Y008", "2025-11-22", "联运纺织", 80], // the window's first day
  ["Y009", "2026-11-22", "顺源家居", 999], // on the as-of date: not counted
  ["Y010", "2026-08-08", "顺源家居", 120],
  ["Y011", "2026-09-01", "盛世食品", 60],
  ["Y012", "2024-05-05", "恒信建材", 500], // only before the window
];

/**
 * By hand. Recency (days to 2026-11-22): 华通 160, 申达 1, 联运 365, 顺源 106, 盛世 82, 恒信 931; mean 274.2.
 * Orders 3, 2, 1, 1, 1, 0 (mean 1.33); amounts 2050, 650, 80, 120, 60, 0 (mean 493.3). "High" is better than
 * the mean: 华通 and 申达 are high on all three (important value), 顺源 and 盛世 only on recency (general
 * develop), 联运 and 恒信 on none (general retain).
 */
const EXPECTED: Readonly<Record<string, Partial<Record<FieldId, CellValue>>>> = {
  华通电子: {
    annualAmount: 2050,
    orderCount: 3,
    month12: 1000,
    month1: 750,
    month6: 300,
    month3: 0,
    relationshipStart: serial("2025-10-01"),
    lastTransaction: serial("2026-06-15"),
    recencyDays: 160,
  },
  申达物资: { annualAmount: 650, orderCount: 2, month3: 250, month11: 400, recencyDays: 1 },
  联运纺织: { annualAmount: 80, orderCount: 1, month11: 80, relationshipStart: serial("2025-11-21"), recencyDays: 365 },
  顺源家居: { annualAmount: 120, orderCount: 1, lastTransaction: serial("2026-08-08"), recencyDays: 106 },
  盛世食品: { annualAmount: 60, orderCount: 1, month9: 60 },
  恒信建材: { annualAmount: 0, orderCount: 0, recencyDays: 931 },
};
const SEGMENTS: Readonly<Record<string, RfmSegment>> = {
  华通电子: "importantValue",
  申达物资: "importantValue",
  顺源家居: "generalDevelop",
  盛世食品: "generalDevelop",
  联运纺织: "generalRetain",
  恒信建材: "generalRetain",
};

const TABLE: Readonly<Record<Lang, string>> = {
  "zh-CN": "客户汇总表",
  "zh-TW": "客戶彙總表",
  en: "CustomersFromLines",
};
const SHEET: Readonly<Record<Lang, string>> = { "zh-CN": "客户汇总", "zh-TW": "客戶彙總", en: "Customers from lines" };
const MONTHS = Array.from({ length: 12 }, (_, i) => `month${i + 1}` as FieldId);
/** The columns the engine writes for lines without profit, weight or volume, in order. */
const COLUMNS: readonly FieldId[] = [
  "customerName",
  ...MONTHS,
  "annualAmount",
  "orderCount",
  "relationshipStart",
  "lastTransaction",
  "recencyDays",
  "rfmR",
  "rfmF",
  "rfmM",
  "rfmSegment",
];

type Workbook = ReturnType<typeof linesWorkbook>;

/** The customer table's rows as objects by header. */
function customerRows(workbook: Workbook, lang: Lang): Map<string, Record<string, CellValue>> {
  const { headers, rows } = workbook.tableValues(TABLE[lang]);
  const key = FIELDS.customerName.label[lang];
  const byName = new Map<string, Record<string, CellValue>>();
  for (const row of rows) {
    const record = Object.fromEntries(headers.map((h, i) => [String(h), row[i] ?? ""]));
    byName.set(String(record[key]), record);
  }
  return byName;
}

async function openAndBuild(workbook: Workbook, locale: Lang) {
  if (loadLinesEngine === null) throw new Error("the pane ships no lines engine");
  const pane = renderPane(workbook, { locale, linesEngine: loadLinesEngine });
  const lines = linesStrings[locale];
  await loaded(pane.strings);
  await pane.user.click(await screen.findByRole("button", { name: pane.strings.linesOpen }));
  const picker = await screen.findByTestId("lines-table");
  await waitFor(() => expect((picker as HTMLSelectElement).value).toBe("运单明细"));
  await pane.user.clear(screen.getByTestId("lines-as-of"));
  await pane.user.type(screen.getByTestId("lines-as-of"), AS_OF);
  await pane.user.click(screen.getByRole("button", { name: lines.build }));
  await screen.findByTestId("lines-result");
  return { ...pane, lines };
}

/** The RFM view's count of customers per type, by the row's segment. */
function shownCounts(): Map<string, number> {
  const rows = within(screen.getByTestId("rfm-segments")).getAllByRole("row");
  const counts = new Map<string, number>();
  for (const row of rows) {
    const segment = row.getAttribute("data-segment");
    if (segment !== null) counts.set(segment, Number(within(row).getByTestId("rfm-customers").textContent));
  }
  return counts;
}

test("the pane ships a lines engine (the part is shown)", () => {
  expect(loadLinesEngine).not.toBeNull();
});

describe.each(LANGS)("with the real engine, in %s", (locale: Lang) => {
  const label = (field: FieldId): string => FIELDS[field].label[locale];

  test("builds the customer table on its own sheet with the measures worked out by hand, and the RFM view adds up", async () => {
    const workbook = linesWorkbook(LINES);
    const { lines } = await openAndBuild(workbook, locale);
    const result = screen.getByTestId("lines-result");
    expect(result.textContent).toContain(lines.created(TABLE[locale], SHEET[locale]));
    expect(result.textContent).toContain(lines.added(6));
    expect(result.textContent).toContain(lines.afterAsOf(1));
    expect(workbook.sheetNames()).toContain(SHEET[locale]);

    const { headers } = workbook.tableValues(TABLE[locale]);
    expect(headers).toEqual(COLUMNS.map(label));
    const rows = customerRows(workbook, locale);
    expect([...rows.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [customer, fields] of Object.entries(EXPECTED)) {
      const row = rows.get(customer) ?? {};
      const got = Object.fromEntries(Object.keys(fields).map((f) => [f, row[label(f as FieldId)]]));
      expect({ customer, ...got }).toEqual({ customer, ...fields });
      const months = MONTHS.reduce((sum, month) => sum + Number(row[label(month)]), 0);
      expect(months).toBeCloseTo(Number(row[label("annualAmount")]), 6);
    }
    const segmentOf = (customer: string): CellValue => rows.get(customer)?.[label("rfmSegment")] ?? "";
    const engine = await loadLinesEngine?.();
    for (const [customer, segment] of Object.entries(SEGMENTS))
      expect([customer, segmentOf(customer)]).toEqual([customer, engine?.segmentName(segment, locale)]);

    // The view: the counts per type are the table's, and add up to the customers.
    const counts = shownCounts();
    expect([...counts.keys()]).toEqual([...RFM_SEGMENTS]);
    const expectedCounts = Object.fromEntries(
      RFM_SEGMENTS.map((s) => [s, Object.values(SEGMENTS).filter((x) => x === s).length]),
    );
    expect(Object.fromEntries(counts)).toEqual(expectedCounts);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(rows.size);
    expect(screen.getByTestId("rfm-total-customers").textContent).toBe(String(rows.size));
    const importantValue = within(screen.getByTestId("rfm-segments"))
      .getAllByRole("row")
      .find((r) => r.getAttribute("data-segment") === "importantValue");
    expect(importantValue?.textContent).toContain(engine?.segmentName("importantValue", locale));
  });

  test("a refresh after new lines changes only measure cells and keeps the analyst's own column", async () => {
    const workbook = linesWorkbook(LINES);
    const { user, lines } = await openAndBuild(workbook, locale);
    const table = TABLE[locale];
    const own = locale === "en" ? "Account manager" : "客户经理";
    const before = workbook.tableValues(table);
    await addColumn(
      workbook,
      table,
      own,
      before.rows.map((_, i) => `经理${i + 1}`),
    );
    const withOwn = workbook.tableValues(table);
    await appendLines(workbook, [
      ["Y013", "2026-10-10", "联运纺织", 200],
      ["Y006", "2026-11-21", "申达物资", 100], // another line of a waybill already counted
      ["Y014", "2026-11-01", "新港物流", 500],
    ]);
    await user.click(await screen.findByRole("button", { name: lines.refresh }));
    await waitFor(() => expect(screen.getByTestId("lines-result").textContent).toContain(lines.keptColumns));
    expect(screen.getByTestId("lines-added").textContent).toBe(lines.added(1));

    const after = workbook.tableValues(table);
    expect(after.headers).toEqual([...COLUMNS.map(label), own]);
    expect(after.rows).toHaveLength(withOwn.rows.length + 1);
    // Old rows stay where they were; the cells that changed are measure cells only.
    const measures = new Set(COLUMNS.filter((f) => f !== "customerName").map(label));
    const changed = new Set<string>();
    withOwn.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (after.rows[r]?.[c] !== cell) changed.add(String(after.headers[c]));
      }),
    );
    expect([...changed].filter((header) => !measures.has(header))).toEqual([]);
    expect([...changed]).toEqual(
      expect.arrayContaining([label("annualAmount"), label("orderCount"), label("month10"), label("month11")]),
    );
    const ownColumn = after.headers.indexOf(own);
    expect(after.rows.slice(0, withOwn.rows.length).map((row) => row[ownColumn])).toEqual(
      withOwn.rows.map((row) => row[ownColumn]),
    );
    const rows = customerRows(workbook, locale);
    expect(rows.get("联运纺织")?.[label("annualAmount")]).toBe(280);
    expect(rows.get("联运纺织")?.[label("orderCount")]).toBe(2);
    expect(rows.get("联运纺织")?.[label("recencyDays")]).toBe(43);
    expect(rows.get("申达物资")?.[label("annualAmount")]).toBe(750);
    expect(rows.get("申达物资")?.[label("orderCount")]).toBe(2);
    expect(rows.get("华通电子")?.[label("annualAmount")]).toBe(2050);
    const added = after.rows[after.rows.length - 1] ?? [];
    expect([added[0], added[after.headers.indexOf(label("annualAmount"))], added[ownColumn]]).toEqual([
      "新港物流",
      500,
      "",
    ]);
    expect(screen.getByTestId("rfm-total-customers").textContent).toBe("7");
  });
});
