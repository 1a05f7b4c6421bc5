/** @jest-environment jsdom */
/**
 * The column review under the table picker, on tables shaped like real exports: every column with what it was
 * read as, how and how sure, its period, unit and samples, or why it is not used; "Use as" for the columns that
 * need a look, saved as a mapping fix and used by the next Grade all; what the table cannot assess, in the
 * review and after Grade all. Real adapter, simulated workbook.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { uiStrings } from "../../src/taskpane/i18n";
import { createWorkbook } from "../../src/simulator";
import { CRM_HEADERS, TMS_HEADERS, crmRows, tmsRows } from "../excel/exportTables";
import { type Workbook } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

function oneTable(name: string, headers: string[], rows: (string | number)[][]): Workbook {
  return createWorkbook({
    sheets: [{ name: "Export" }],
    tables: [{ name, sheet: "Export", topRow: 0, leftColumn: 0, headers, rows }],
  });
}

const crmWorkbook = () => oneTable("Customers", [...CRM_HEADERS], crmRows());
const tmsWorkbook = () => oneTable("客户台账", TMS_HEADERS, tmsRows());

/** The review's card of the column with this header. */
const card = (header: string) => within(screen.getByTestId("column-mapping")).getByRole("listitem", { name: header });

async function pressGradeAll(label: string, user: ReturnType<typeof renderPane>["user"]) {
  const button = await screen.findByRole("button", { name: label });
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
  await user.click(button);
  await screen.findByTestId("grade-summary");
}

describe("the review of a CRM export in English", () => {
  test("lists a period-qualified column with its field, how it was read, its period and samples", async () => {
    const { strings, user } = renderPane(crmWorkbook());
    await loaded(strings);
    const review = await screen.findByTestId("column-mapping");
    await user.click(within(review).getByRole("button", { name: /^Other columns/ }));
    const sales = card("Sales (2017)");
    expect(sales.textContent).toContain(strings.reviewReadAs("Annual amount"));
    expect(sales.textContent).toContain(strings.reviewViaQualified);
    expect(sales.textContent).toContain(strings.certaintySure);
    expect(sales.textContent).toContain(strings.reviewPeriod("2017"));
    expect(sales.textContent).toContain(strings.reviewSamples(["30,000", "27,600", "25,200"]));
    expect(card("Customer Name").textContent).toContain(strings.reviewViaAlias);
    // Dates handed over as text stay as written; the field's label is the pane's language's.
    expect(card("Last Order Date").textContent).toContain(strings.reviewReadAs("Last transaction"));
    expect(card("Last Order Date").textContent).toContain("2017-12-01");
  });

  test("puts the unrecognised Ship Mode first, with its samples and a Use as dropdown", async () => {
    const { strings } = renderPane(crmWorkbook());
    await loaded(strings);
    const attention = await screen.findByTestId("review-attention");
    const shipMode = within(attention).getByRole("listitem", { name: "Ship Mode" });
    expect(shipMode.textContent).toContain(strings.reviewReasonBadge.unrecognised);
    expect(shipMode.textContent).toContain(strings.reviewUnrecognised);
    expect(shipMode.textContent).toContain(strings.reviewSamples(["Standard Class", "Second Class", "First Class"]));
    const useAs = within(shipMode).getByRole("combobox", { name: strings.mappingFieldFor("Ship Mode") });
    expect((useAs as HTMLSelectElement).value).toBe("");
    // An existing field of the customer data; the columns grading writes are not offered for it.
    const offered = [...(useAs as HTMLSelectElement).options].map((o) => o.value);
    expect(offered).toContain("servicePreferences");
    expect(offered).not.toContain("grade");
    // Only the columns that need a look have their dropdown in first view.
    expect(within(screen.getByTestId("column-mapping")).getAllByRole("combobox")).toHaveLength(
      within(attention).getAllByRole("listitem").length,
    );
  });

  test("says what the table cannot assess, which amount scale is in force, and the as-of date of its year", async () => {
    const { strings } = renderPane(crmWorkbook());
    await loaded(strings);
    const notes = await screen.findByTestId("review-assessment");
    const bar = within(notes).getByTestId("not-assessed");
    expect(bar.textContent).toContain(strings.notAssessedTitle);
    expect(bar.textContent).toContain('"Safety"');
    expect(bar.textContent).toContain('"Days overdue"');
    expect(within(notes).getByTestId("amount-scale").textContent).toContain("by rank in this table");
    const asOf = within(notes).getByTestId("as-of").textContent ?? "";
    expect(asOf).toContain("Sales (2017)");
    expect(asOf).toContain("2017-12-31");
  });
});

describe("the review of a Chinese TMS ledger in 万元", () => {
  test("shows units, and lists 结算方式 and 往来余额 as not recognised, in Chinese", async () => {
    const { strings, user } = renderPane(tmsWorkbook(), { locale: "zh-CN" });
    await loaded(strings);
    const attention = await screen.findByTestId("review-attention");
    await user.click(within(screen.getByTestId("column-mapping")).getByRole("button", { name: /^其余/ }));
    const headers = within(attention)
      .getAllByRole("listitem")
      .map((item) => item.querySelector("[id]")?.textContent);
    expect(headers).toEqual(["结算方式", "往来余额(万元)", "客户评价"]);
    expect(card("结算方式").textContent).toContain("未识别");
    expect(card("结算方式").textContent).toContain("样例：现结、月结");
    const credit = card("月结额度(万元)");
    expect(credit.textContent).toContain("读作“信用额度”");
    expect(credit.textContent).toContain("单位：万元");
    expect(card("本年运费收入(万元)").textContent).toContain("期间：本年");
  });

  test("Use as for an unrecognised column saves the fix, changes the mapping and the next Grade all", async () => {
    const workbook = tmsWorkbook();
    const { strings, user, adapter } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    await screen.findByTestId("review-attention");
    const grade = () => workbook.tableValues("客户台账").rows[0]?.[TMS_HEADERS.length];
    await pressGradeAll(strings.gradeAll, user);
    // 华通 is 120 days overdue, but without a balance column the settle-first cap cannot see its 86 万元.
    expect(grade()).toBe("B");
    const useAs = within(card("往来余额(万元)")).getByRole("combobox", {
      name: strings.mappingFieldFor("往来余额(万元)"),
    });
    await waitFor(() => expect((useAs as HTMLSelectElement).disabled).toBe(false));
    await user.selectOptions(useAs, "outstandingBalance");
    await waitFor(() =>
      expect(workbook.settings["customerGrader.binding"]).toMatchObject({
        overrides: { "往来余额(万元)": "outstandingBalance" },
      }),
    );
    // The grades in the table were worked out without the balance: the pane says so until Grade all runs.
    const stale = await screen.findByTestId("grades-stale");
    expect(stale.textContent).toContain(strings.gradesStale.mapping);
    expect(adapter.bound()?.mapping.columns.outstandingBalance?.header).toBe("往来余额(万元)");
    // The column no longer needs a look: it is read as chosen, with the 万元 of its header.
    await waitFor(() =>
      expect(
        within(screen.getByTestId("review-attention")).queryByRole("listitem", { name: "往来余额(万元)" }),
      ).toBeNull(),
    );
    expect(adapter.bound()?.mapping.columns.outstandingBalance?.scale).toBe(10_000);
    await pressGradeAll(strings.gradeAll, user);
    await waitFor(() => expect(grade()).toBe("C"));
  });

  test("after Grade all, a message bar under the summary names what was not assessed", async () => {
    const { strings, user } = renderPane(tmsWorkbook(), { locale: "zh-CN" });
    await loaded(strings);
    await pressGradeAll(strings.gradeAll, user);
    const notes = await screen.findByTestId("grade-assessment");
    const bar = within(notes).getByTestId("not-assessed");
    expect(bar.textContent).toContain("本表无法评估的方面");
    expect(bar.textContent).toContain("“发展前景”");
    expect(bar.textContent).toContain("添加“发展潜力”或“行业地位”等列");
    expect(within(notes).getByTestId("amount-scale").textContent).toContain("金额口径：");
    // Figures of 本年 are current: days are counted to today, and the pane does not say otherwise.
    expect(within(notes).queryByTestId("as-of")).toBeNull();
  });
});

describe("why a column is not used", () => {
  const headers = ["客户名称", "客户名称及联系人", "本年运费收入(万元)", "上年运费收入(万元)", "客户简称", ""];
  const rows = [["甲公司", "甲公司 王经理", 120, 100, "甲", "x"]];

  test("ambiguous and duplicate columns need a look; an older period beside a newer one does not", async () => {
    const { strings, user } = renderPane(oneTable("T", headers, rows), { locale: "zh-TW" });
    await loaded(strings);
    const attention = await screen.findByTestId("review-attention");
    const ambiguous = within(attention).getByRole("listitem", { name: "客户名称及联系人" });
    expect(ambiguous.textContent).toContain(uiStrings["zh-TW"].reviewReasonBadge.ambiguous);
    expect(ambiguous.textContent).toContain("可能是「客戶名稱」或「聯絡人」");
    const duplicate = within(attention).getByRole("listitem", { name: "客户简称" });
    expect(duplicate.textContent).toContain("「客戶名稱」已由「客户名称」欄讀取");
    await user.click(within(screen.getByTestId("column-mapping")).getByRole("button", { name: /^其餘/ }));
    const older = within(screen.getByTestId("review-others")).getByRole("listitem", { name: "上年运费收入(万元)" });
    expect(older.textContent).toContain("已使用較新的「本年运费收入(万元)」");
    // A column without a header cannot be fixed (fixes are kept by header): no dropdown.
    const blank = within(screen.getByTestId("review-others")).getByRole("listitem", {
      name: strings.reviewNoHeaderName,
    });
    expect(within(blank).queryByRole("combobox")).toBeNull();
  });

  test("a column the analyst set to not used says so, and is folded away with the others", async () => {
    const workbook = crmWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const review = await screen.findByTestId("column-mapping");
    await user.click(within(review).getByRole("button", { name: /^Other columns/ }));
    await user.selectOptions(within(card("Region")).getByRole("combobox"), "");
    await waitFor(() => expect(card("Region").textContent).toContain(strings.reviewByYou));
    expect(within(screen.getByTestId("review-others")).getByRole("listitem", { name: "Region" })).toBeTruthy();
  });
});

describe("the review from the keyboard", () => {
  test("Use as is reached with Tab from the table picker, and the folded list opens with Enter", async () => {
    const { strings, user } = renderPane(crmWorkbook());
    await loaded(strings);
    const useAs = within(await screen.findByTestId("review-attention")).getByRole("combobox", {
      name: strings.mappingFieldFor("Ship Mode"),
    });
    await waitFor(() => expect((useAs as HTMLSelectElement).disabled).toBe(false));
    screen.getByTestId("table-picker").focus();
    for (let i = 0; i < 10 && document.activeElement !== useAs; i++) await user.tab();
    expect(document.activeElement).toBe(useAs);
    await user.tab();
    const others = within(screen.getByTestId("column-mapping")).getByRole("button", { name: /^Other columns/ });
    expect(document.activeElement).toBe(others);
    await user.keyboard("{Enter}");
    expect(others.getAttribute("aria-expanded")).toBe("true");
    expect(within(screen.getByTestId("review-others")).getAllByRole("combobox").length).toBeGreaterThan(0);
  });
});
