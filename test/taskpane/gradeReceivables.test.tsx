/** @jest-environment jsdom */
/**
 * The receivables per grade under the last Grade all's summary, on the real adapter over the simulator: shown
 * for a table with ageing buckets when the summary sheet is on, not at all for a table without a balance.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../src/engine";
import type { UiStrings } from "../../src/taskpane/i18n";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

type User = ReturnType<typeof renderPane>["user"];

// The seed's three customers with an annual amount and what they owe per bucket (91–180 and 180+ are "over 90").
const BUCKETS = ["未到期", "逾期1-30天", "逾期31-60天", "逾期61-90天", "逾期91-180天", "账龄180天以上"];
const OWED = [
  [1000, 0, 0, 0, 0, 0],
  [400, 100, 0, 0, 0, 0],
  [0, 0, 50, 20, 300, 200],
];
const AMOUNTS = [1_200_000, 300_000, 80_000];

function workbook(withBuckets: boolean) {
  const headers = [...SEED_HEADERS, "年交易额", ...(withBuckets ? BUCKETS : [])];
  const rows = SEED_ROWS.map((row, i) => [...row, AMOUNTS[i] ?? 0, ...(withBuckets ? (OWED[i] ?? []) : [])]);
  return workbookWith("客户表", headers, rows);
}

async function gradeAllWithViews(strings: UiStrings, user: User, adapter: ReturnType<typeof renderPane>["adapter"]) {
  await user.click(await screen.findByTestId("portfolio-views-switch"));
  await waitFor(() => expect(adapter.portfolioViews()?.enabled).toBe(true));
  const button = await screen.findByRole("button", { name: strings.gradeAll });
  const idle = () => button.getAttribute("aria-disabled") !== "true";
  await waitFor(() => expect(idle()).toBe(true));
  await user.click(button);
  await waitFor(() => expect(idle() || screen.queryByTestId("confirm-replace") !== null).toBe(true));
  const confirm = screen.queryByTestId("confirm-replace");
  if (confirm) await user.click(confirm);
  await waitFor(() => expect(idle()).toBe(true));
  return screen.getByTestId("grade-summary");
}

const cells = (row: HTMLElement) => Array.from(row.querySelectorAll("th, td"), (c) => c.textContent);

describe("the receivables per grade in the pane", () => {
  test.each<[Lang, string[], string[]]>([
    ["en", ["Grade", "Balance", "Overdue", "Overdue share"], ["Grade", "Not due", "1–30", "31–60", "61–90", "Over 90"]],
    [
      "zh-CN",
      ["等级", "未结余额", "逾期金额", "逾期占比"],
      ["等级", "未到期", "1–30天", "31–60天", "61–90天", "90天以上"],
    ],
    [
      "zh-TW",
      ["等級", "未結餘額", "逾期金額", "逾期佔比"],
      ["等級", "未到期", "1–30天", "31–60天", "61–90天", "90天以上"],
    ],
  ])(
    "in %s: balance, overdue and its share, and the ageing per grade, with a total",
    async (locale, owedHeaders, ageingHeaders) => {
      const { adapter, strings, user } = renderPane(workbook(true), { locale });
      await loaded(strings);
      const summary = await gradeAllWithViews(strings, user, adapter);
      const owed = await within(summary).findByTestId("receivables-owed");
      expect(within(summary).getByRole("table", { name: strings.receivablesHeading })).toBe(owed);
      const owedRows = within(owed).getAllByRole("row");
      expect(cells(owedRows[0] as HTMLElement)).toEqual(owedHeaders);
      // One row per grade with customers (three, one each), then the total: 2,070 owed, 670 of it overdue.
      expect(owedRows).toHaveLength(1 + 3 + 1);
      // Compact amounts to fit the pane (Chinese compacts from 万 up); the sheet has them in full.
      const compact = locale === "en" ? ["2.1K", "670", "1.4K", "1K"] : ["2070", "670", "1400", "1000"];
      expect(cells(owedRows[4] as HTMLElement)).toEqual([strings.receivablesTotal, compact[0], compact[1], "32.4%"]);
      const ageing = within(summary).getByRole("table", { name: strings.ageingHeading });
      const ageingRows = within(ageing).getAllByRole("row");
      expect(cells(ageingRows[0] as HTMLElement)).toEqual(ageingHeaders);
      expect(cells(ageingRows[4] as HTMLElement)).toEqual([
        strings.receivablesTotal,
        compact[2],
        "100",
        "50",
        "20",
        "500",
      ]);
      // The grade whose one customer owes only what is not yet due: nothing overdue.
      const notDueOnly = owedRows.find((r) => cells(r)[1] === compact[3] && cells(r)[2] === "0");
      expect(cells(notDueOnly as HTMLElement)[3]).toBe("0%");
    },
  );

  test("a table without a balance shows the summary without receivables", async () => {
    const { adapter, strings, user } = renderPane(workbook(false));
    await loaded(strings);
    const summary = await gradeAllWithViews(strings, user, adapter);
    expect(summary.textContent).toContain(strings.portfolioSummaryUpdated("分级汇总 · 客户表"));
    expect(within(summary).queryByTestId("grade-receivables")).toBeNull();
    expect(within(summary).queryByRole("table")).toBeNull();
  });
});
