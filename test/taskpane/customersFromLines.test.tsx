/** @jest-environment jsdom */
/**
 * "Customers from order lines" on the real adapter over the simulator, with the test double of the builder
 * (test/support/testCustomersBuilder.ts): opened on demand, built, the RFM view, graded; in three languages.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { LANGS, type Lang } from "../../src/engine";
import { linesStrings } from "../../src/taskpane/lines/i18n";
import { testBuildCustomers, testSegmentName } from "../support/testCustomersBuilder";
import { linesWorkbook } from "../excel/lines/support";
import { loaded, renderPane } from "./support/pane";

const engine = async () => ({ build: testBuildCustomers, segmentName: testSegmentName });

test("not shown until a lines builder is wired", async () => {
  const { strings } = renderPane(linesWorkbook());
  await loaded(strings);
  expect(screen.queryByTestId("lines-section")).toBeNull();
});

describe.each(LANGS)("in %s", (locale: Lang) => {
  test("opens, builds the customer table from the lines, shows the RFM counts, and chooses it for grading", async () => {
    const workbook = linesWorkbook();
    const { strings, user } = renderPane(workbook, { locale, linesEngine: engine });
    const lines = linesStrings[locale];
    await loaded(strings);
    await user.click(await screen.findByRole("button", { name: strings.linesOpen }));
    const picker = await screen.findByTestId("lines-table");
    await waitFor(() => expect((picker as HTMLSelectElement).value).toBe("运单明细"));
    await user.clear(screen.getByTestId("lines-as-of"));
    await user.type(screen.getByTestId("lines-as-of"), "2026-11-22");
    await user.click(screen.getByRole("button", { name: lines.build }));
    const result = await screen.findByTestId("lines-result");
    const table = locale === "en" ? "CustomersFromLines" : locale === "zh-CN" ? "客户汇总表" : "客戶彙總表";
    expect(result.textContent).toContain(lines.added(3));
    expect(workbook.tableValues(table).rows).toHaveLength(3);
    const segments = screen.getByTestId("rfm-segments");
    const rows = within(segments).getAllByRole("row");
    expect(rows).toHaveLength(1 + 8 + 1);
    const importantValue = rows.find((r) => r.getAttribute("data-segment") === "importantValue");
    expect(importantValue?.textContent).toContain(testSegmentName("importantValue", locale));
    expect(within(importantValue as HTMLElement).getByTestId("rfm-customers").textContent).toBe("1");
    expect(screen.getByTestId("rfm-total-customers").textContent).toBe("3");
    await user.click(screen.getByRole("button", { name: lines.gradeThis }));
    await screen.findByTestId("lines-graded");
    await user.click(screen.getByRole("button", { name: strings.gradeAll }));
    await screen.findByTestId("grade-summary");
    expect(workbook.tableValues(table).headers.length).toBeGreaterThan(4);
  });
});

test("a refresh says how many customers were added and updated, and that the analyst's columns stayed", async () => {
  const workbook = linesWorkbook();
  const { strings, user } = renderPane(workbook, { locale: "zh-CN", linesEngine: engine });
  const lines = linesStrings["zh-CN"];
  await loaded(strings);
  await user.click(await screen.findByRole("button", { name: strings.linesOpen }));
  await user.clear(await screen.findByTestId("lines-as-of"));
  await user.type(screen.getByTestId("lines-as-of"), "2026-11-22");
  await user.click(await screen.findByRole("button", { name: lines.build }));
  await screen.findByTestId("lines-result");
  await workbook.run(async (context) => {
    context.workbook.tables.getItem("运单明细").rows.add(undefined, [["Y9", "2026-10-01", "顺源家居", 120]]);
    await context.sync();
  });
  await user.click(await screen.findByRole("button", { name: lines.refresh }));
  await waitFor(() => expect(screen.getByTestId("lines-result").textContent).toContain(lines.keptColumns));
  expect(screen.getByTestId("lines-added").textContent).toBe(lines.added(1));
});

test("every lines text is there in every language, and the Chinese ones are not English", () => {
  const render = (locale: Lang, key: string): string => {
    const value: unknown = linesStrings[locale][key as keyof (typeof linesStrings)["en"]];
    return typeof value === "function" ? String((value as (...a: unknown[]) => unknown)("X", "Y", "Z")) : String(value);
  };
  for (const locale of LANGS)
    for (const key of Object.keys(linesStrings.en)) {
      expect(render(locale, key).trim()).not.toBe("");
      if (locale !== "en" && !["tableOption"].includes(key)) expect(render(locale, key)).not.toBe(render("en", key));
    }
});
