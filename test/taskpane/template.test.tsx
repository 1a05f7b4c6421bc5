/** @jest-environment jsdom */
/**
 * The "Template and summary" section (#7) on the real adapter over the simulator: the template formatting, the
 * template table, the summary sheet and grade history on Grade all, the year-end review, and their refusals.
 */
import "./support/dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import sample from "../../samples/logistics-customers.json";
import { FIELDS, type Result, type SettleFirst } from "../../src/engine";
import type { AdapterError, YearEndReview } from "../../src/excel";
import { adapterErrors } from "../../src/excel/errors";
import { type CellInput, createWorkbook } from "../../src/simulator";
import type { UiStrings } from "../../src/taskpane/i18n";
import { SEED_HEADERS, SEED_ROWS, type Workbook, workbookWith } from "../excel/fixtures";
import { heldHost, loaded, renderPane } from "./support/pane";

type User = ReturnType<typeof renderPane>["user"];

// Seed 000 with a score, a manual grade and two amounts; its 客户等级 and 备注 hold the analyst's own text.
// The table's header is at B2 of 客户: 客户等级 is column H, 评分 J, 人工等级 K; data rows 3-5.
const HEADERS = [...SEED_HEADERS, "评分", "人工等级", "年交易额", "毛利率"];
const ROWS = SEED_ROWS.map((row, i) => [...row, "", "", [1_200_000, 300_000, 80_000][i] ?? 0, 0.2]);
const seedWorkbook = () =>
  workbookWith(
    "客户表",
    HEADERS,
    ROWS.map((r) => [...r]),
  );
const GRADE = HEADERS.indexOf("客户等级");
/** Seed 000 with its grade cells blank: the first Grade all gives each customer a first grade, a change. */
const ungradedWorkbook = () =>
  workbookWith(
    "客户表",
    HEADERS,
    ROWS.map((r) => r.map((cell, c) => (c === GRADE ? "" : cell))),
  );

function sampleWorkbook(): Workbook {
  return createWorkbook({
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
}

/** Adds sheets of the analyst's own, each with something in A1. */
async function addSheets(workbook: Workbook, names: readonly string[]): Promise<void> {
  await workbook.run(async (context) => {
    for (const name of names) context.workbook.worksheets.add(name).getRange("A1").values = [["the analyst's"]];
    await context.sync();
  });
}

/** "name", "name 2" … "name 9": every name the add-in would try. */
const allCandidates = (name: string): string[] => [name, ...Array.from({ length: 8 }, (_, i) => `${name} ${i + 2}`)];

async function enabled(testId: string): Promise<HTMLElement> {
  const element = await screen.findByTestId(testId);
  await waitFor(() => expect(element.getAttribute("aria-disabled")).not.toBe("true"));
  return element;
}

async function press(user: User, testId: string): Promise<void> {
  await user.click(await enabled(testId));
}

/**
 * Grade all, confirming the replacement of the analyst's text if asked; resolves with the summary once the run
 * is over (pressing it disables the button at once, until the run ends or the dialog asks).
 */
async function gradeAll(strings: UiStrings, user: User): Promise<HTMLElement> {
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

describe("Apply template formatting", () => {
  test("colours the grades, bars the score, adds the lists and says so, without asking: no cell's contents change", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const cells = JSON.stringify(workbook.tableValues("客户表"));
    await press(user, "template-apply");
    const result = await screen.findByTestId("template-result");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    const f = workbook.formatting("客户");
    expect(f.conditionalFormats.filter((c) => c.type === "Custom").map((c) => c.address)).toEqual([
      "H3:H5",
      "H3:H5",
      "H3:H5",
      "H3:H5",
    ]);
    expect(f.conditionalFormats.filter((c) => c.type === "DataBar").map((c) => c.address)).toEqual(["J3:J5"]);
    expect(f.validation("K3")?.rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D" } });
    expect(JSON.stringify(workbook.tableValues("客户表"))).toBe(cells);
    expect(result.textContent).toContain(strings.templateFormatted("客户表"));
    expect(result.textContent).toContain(strings.templateLists(["人工等级", "财务状况", "服务偏好"]));
    expect(result.textContent).toContain(strings.templateNumberFormats(3));
  });

  test("a second press says nothing changed, and leaves the formatting as it was", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await press(user, "template-apply");
    await screen.findByText(strings.templateFormatted("客户表"));
    const formatting = JSON.stringify(workbook.formatting("客户"));
    await press(user, "template-apply");
    await screen.findByText(strings.templateUnchanged("客户表"));
    expect(screen.queryByText(strings.templateFormatted("客户表"))).toBeNull();
    expect(JSON.stringify(workbook.formatting("客户"))).toBe(formatting);
  });

  test("on a table without output columns adds them, and the column list shows them", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      SEED_ROWS.map((r) => r.slice(0, 6)),
    );
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const mapping = await screen.findByTestId("column-mapping");
    expect(mapping.textContent).toContain(strings.mappingCount(6, 0));
    await press(user, "template-apply");
    const added = [FIELDS.grade.label["zh-CN"], FIELDS.score.label["zh-CN"], FIELDS.remark.label["zh-CN"]];
    const result = await screen.findByTestId("template-result");
    expect(result.textContent).toContain(strings.summaryAdded(added));
    expect(workbook.tableValues("客户表").headers.slice(6)).toEqual(added);
    await waitFor(() => expect(screen.getByTestId("column-mapping").textContent).toContain(strings.mappingCount(9, 0)));
  });

  test("turns the summary sheet and grade history on: the switch shows it", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const views = (await screen.findByTestId("portfolio-views-switch")) as HTMLInputElement;
    expect(views.checked).toBe(false);
    await press(user, "template-apply");
    await screen.findByTestId("template-result");
    await waitFor(() => expect(views.checked).toBe(true));
  });
});

describe("Insert template table", () => {
  test("adds a sheet with the template table, binds it, and Grade all grades it A, B, C with the summary and history", async () => {
    const workbook = seedWorkbook();
    const { adapter, strings, user } = renderPane(workbook);
    await loaded(strings);
    await press(user, "template-insert");
    const result = await screen.findByTestId("template-result");
    expect(result.textContent).toContain(strings.templateInserted("客户分级表", "客户分级模板", 3));
    expect(result.textContent).toContain(strings.templateFormatted("客户分级表"));
    expect(workbook.sheetNames()).toContain("客户分级模板");
    const picker = screen.getByTestId("table-picker") as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe("客户分级表"));
    expect(adapter.bound()?.binding.tableName).toBe("客户分级表");
    expect((screen.getByTestId("portfolio-views-switch") as HTMLInputElement).checked).toBe(true);

    const summary = await gradeAll(strings, user);
    const { headers, rows } = workbook.tableValues("客户分级表");
    expect(rows.map((r) => r[headers.indexOf(FIELDS.grade.label["zh-CN"])])).toEqual(["A", "B", "C"]);
    expect(summary.textContent).toContain(strings.portfolioSummaryUpdated("分级汇总 · 客户分级表"));
    expect(within(summary).getByTestId("portfolio-changes").textContent).toBe(
      strings.portfolioChanges(3, "等级变动 · 客户分级表"),
    );
    expect(workbook.tableValues("客户表").rows.map((r) => r[6])).toEqual(["A级", "B级", "C级"]); // the other table untouched
  });

  test("in a workbook without tables, is offered beside the message, and the pane opens on the new table", async () => {
    const workbook = createWorkbook({ sheets: [{ name: "Sheet1", cells: [["the analyst's"]] }] });
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await screen.findByTestId("message-bar");
    await press(user, "template-insert");
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe("客户分级表"));
    expect(screen.queryByTestId("message-bar")).toBeNull();
    expect(workbook.cell("Sheet1", 0, 0).value).toBe("the analyst's");
  });

  test("from a workbook without tables, says what it inserted and formatted on the new table, with the focus there", async () => {
    const workbook = createWorkbook({ sheets: [{ name: "Sheet1" }] });
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await press(user, "template-insert");
    const outcome = await screen.findByTestId("template-insert-outcome");
    expect(workbook.sheetNames()).toHaveLength(2);
    expect(outcome.textContent).toContain(strings.templateFormatted("客户分级表"));
    expect(within(outcome).getByTestId("template-result").textContent).toMatch(/客户分级表/);
    expect(document.activeElement).toBe(outcome);
    expect((screen.getByTestId("table-picker") as HTMLSelectElement).value).toBe("客户分级表");
  });

  test("from a workbook without tables, a formatting failure after the table was bound is shown on the new table", async () => {
    const workbook = createWorkbook({ sheets: [{ name: "Sheet1" }] });
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        // The real insertion (the table is added and bound), then a formatting that failed.
        insertTemplateTable: async () => {
          await adapter.insertTemplateTable();
          const error: AdapterError = {
            code: "name-in-use",
            message: { en: "the sheet is protected", "zh-CN": "工作表受保护", "zh-TW": "工作表受保護" },
          };
          return { ok: false, error };
        },
      }),
    });
    await loaded(strings);
    await press(user, "template-insert");
    const outcome = await screen.findByTestId("template-insert-outcome");
    expect(within(outcome).getByTestId("template-error").textContent).toContain("the sheet is protected");
    expect(document.activeElement).toBe(outcome);
    expect((screen.getByTestId("table-picker") as HTMLSelectElement).value).toBe("客户分级表");
  });

  test("refused in Chinese when every sheet name it could take is the analyst's; nothing added, the table kept", async () => {
    const workbook = seedWorkbook();
    const names = allCandidates("客户分级模板");
    await addSheets(workbook, names);
    const { adapter, strings, user } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    const sheets = workbook.sheetNames();
    await press(user, "template-insert");
    const error = await screen.findByTestId("template-error");
    expect(error.textContent).toContain(adapterErrors.nameInUse("客户分级模板").message["zh-CN"]);
    expect(error.textContent).toContain(strings.actionFailed);
    expect(workbook.sheetNames()).toEqual(sheets);
    expect(adapter.bound()?.binding.tableName).toBe("客户表");
    expect(screen.queryByTestId("template-result")).toBeNull();
  });
});

describe("the summary sheet and grade history switch", () => {
  test("on: Grade all writes the summary sheet and the history, and the summary says how many changes it recorded", async () => {
    const workbook = ungradedWorkbook();
    const { adapter, strings, user } = renderPane(workbook);
    await loaded(strings);
    await press(user, "portfolio-views-switch");
    await waitFor(() => expect(adapter.portfolioViews()?.enabled).toBe(true));
    const summary = await gradeAll(strings, user);
    expect(workbook.sheetNames()).toEqual(expect.arrayContaining(["分级汇总 · 客户表", "等级变动 · 客户表"]));
    expect(workbook.formatting("分级汇总 · 客户表").charts).toHaveLength(1);
    expect(workbook.tableValues("等级变动记录").rows).toHaveLength(3);
    expect(summary.textContent).toContain(strings.portfolioSummaryUpdated("分级汇总 · 客户表"));
    expect(within(summary).getByTestId("portfolio-changes").textContent).toBe(
      strings.portfolioChanges(3, "等级变动 · 客户表"),
    );
    const again = await gradeAll(strings, user);
    expect(within(again).getByTestId("portfolio-changes").textContent).toBe(strings.portfolioNoChanges);
  });

  test("off again: Grade all leaves the sheets alone and the summary says nothing of them", async () => {
    const workbook = seedWorkbook();
    const { adapter, strings, user } = renderPane(workbook);
    await loaded(strings);
    await press(user, "portfolio-views-switch");
    await waitFor(() => expect(adapter.portfolioViews()?.enabled).toBe(true));
    await press(user, "portfolio-views-switch");
    await waitFor(() => expect(adapter.portfolioViews()?.enabled).toBe(false));
    const summary = await gradeAll(strings, user);
    expect(workbook.sheetNames()).toEqual(["客户", "Notes"]);
    expect(within(summary).queryByTestId("portfolio-changes")).toBeNull();
  });

  test("changes with nowhere to go (every history name is the analyst's): the table is graded and a warning says why", async () => {
    const workbook = ungradedWorkbook();
    await addSheets(workbook, allCandidates("等级变动 · 客户表"));
    const { adapter, strings, user } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    await press(user, "portfolio-views-switch");
    await waitFor(() => expect(adapter.portfolioViews()?.enabled).toBe(true));
    const summary = await gradeAll(strings, user);
    expect(summary.textContent).toContain(strings.portfolioSummaryUpdated("分级汇总 · 客户表"));
    const warning = await screen.findByTestId("portfolio-warning");
    expect(warning.textContent).toContain(strings.portfolioFailedTitle);
    expect(warning.textContent).toContain(adapterErrors.nameInUse("等级变动 · 客户表").message["zh-CN"]);
    expect(workbook.tableValues("客户表").rows.map((r) => r[6])).toEqual(["A", "B", "C"]);
  });
});

describe("Year-end review", () => {
  test("writes the review sheet and shows the counts the adapter returned, with the reminder that nothing is deleted", async () => {
    const workbook = sampleWorkbook();
    const returned: Result<YearEndReview, AdapterError>[] = [];
    const asked: Date[] = [];
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        yearEndReview: async (since) => {
          asked.push(since);
          const review = await adapter.yearEndReview(since);
          returned.push(review);
          return review;
        },
      }),
    });
    await loaded(strings);
    await press(user, "portfolio-views-switch");
    await gradeAll(strings, user);
    const since = screen.getByTestId("year-end-since") as HTMLInputElement;
    fireEvent.change(since, { target: { value: "2026-01-01" } });
    await press(user, "year-end-review");
    const result = await screen.findByTestId("year-end-result");
    expect(returned).toHaveLength(1);
    const review = returned[0];
    if (!review?.ok) throw new Error("the review was refused");
    const { migration, screening } = review.value;
    expect(asked).toEqual([new Date(2026, 0, 1)]); // local midnight, as the adapter counts days
    expect(review.value.sheet).toBe("年终筛选 · 客户表"); // in the rule set's language
    expect(workbook.sheetNames()).toContain("年终筛选 · 客户表");
    expect(migration.customers).toBe(29); // the first Grade all gave 29 of the 30 customers a grade
    expect(screening.dropCandidates.length).toBeGreaterThan(0);
    for (const line of [
      strings.yearEndWritten("年终筛选 · 客户表", "客户表"),
      strings.yearEndMoved(migration.customers),
      strings.yearEndKeyAccounts(screening.keyAccounts.length),
      strings.yearEndToSettle(screening.unsettled.length),
      strings.yearEndToDrop(screening.dropCandidates.length),
      strings.yearEndNothingDeleted,
    ])
      expect(result.textContent).toContain(line);
    expect(workbook.tableValues("客户表").rows).toHaveLength(30);
  });

  test.each(["zh-CN", "en"] as const)(
    "says which table's sheet each review wrote: a new one per table, the same one rewritten the next time (%s)",
    async (locale) => {
      const workbook = createWorkbook({
        sheets: [{ name: "客户" }, { name: "项目B" }],
        tables: [
          {
            name: "客户表",
            sheet: "客户",
            topRow: 0,
            leftColumn: 0,
            headers: sample.headers,
            rows: sample.rows as CellInput[][],
          },
          { name: "项目B表", sheet: "项目B", topRow: 0, leftColumn: 0, headers: HEADERS, rows: ROWS },
        ],
      });
      const { adapter, strings, user } = renderPane(workbook, { locale });
      await loaded(strings);
      const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
      /** Binds `table` in the picker, presses the review, and waits for the result to say `line`. */
      const review = async (table: string, line: string): Promise<void> => {
        if (picker.value !== table) {
          await user.selectOptions(picker, table);
          await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe(table));
          expect(screen.queryByTestId("year-end-result")).toBeNull(); // another table's result is not shown
        }
        await press(user, "year-end-review");
        await waitFor(() => expect(screen.getByTestId("year-end-result").textContent).toContain(line));
      };
      const pick = () => (screen.getByTestId("settle-first") as HTMLSelectElement).selectedOptions[0]?.textContent;
      const capLine =
        locale === "en" ? "Days overdue > 90 and Outstanding balance > 0" : "逾期天数 > 90 且 未结余额 > 0";
      await user.selectOptions(picker, "客户表"); // two tables, none saved: the analyst picks
      await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe("客户表"));
      await user.selectOptions(await screen.findByTestId("settle-first"), strings.settleFirstAnyOverdue);
      // The sheets are named in the rule set's language (zh-CN here), whatever the pane's.
      await review("客户表", strings.yearEndWritten("年终筛选 · 客户表", "客户表"));
      await review("项目B表", strings.yearEndWritten("年终筛选 · 项目B表", "项目B表"));
      expect(pick()).toBe(strings.settleFirstByRule(capLine)); // 客户表's pick is 客户表's own
      await review("客户表", strings.yearEndRewritten("年终筛选 · 客户表", "客户表"));
      expect(pick()).toBe(strings.settleFirstAnyOverdue);
      expect(workbook.sheetNames().filter((name) => name.startsWith("年终筛选"))).toEqual([
        "年终筛选 · 客户表",
        "年终筛选 · 项目B表",
      ]);
      expect(workbook.cell("年终筛选 · 项目B表", 0, 0).value).toBe("年终筛选：表格“项目B表”");
    },
  );

  test.each(["zh-CN", "en"] as const)(
    "asks the customers the overdue cap holds for to settle first, or any overdue when picked (%s)",
    async (locale) => {
      const workbook = sampleWorkbook();
      const asked: (SettleFirst | undefined)[] = [];
      const unsettled: number[] = [];
      const { strings, user } = renderPane(workbook, {
        locale,
        wrap: (adapter) => ({
          ...adapter,
          yearEndReview: async (since, settleFirst) => {
            asked.push(settleFirst);
            const review = await adapter.yearEndReview(since, settleFirst);
            if (review.ok) unsettled.push(review.value.screening.unsettled.length);
            return review;
          },
        }),
      });
      await loaded(strings);
      await gradeAll(strings, user);
      const pick = screen.getByTestId("settle-first") as HTMLSelectElement;
      const capLine =
        locale === "en" ? "Days overdue > 90 and Outstanding balance > 0" : "逾期天数 > 90 且 未结余额 > 0";
      expect(pick.selectedOptions[0]?.textContent).toBe(strings.settleFirstByRule(capLine));
      await press(user, "year-end-review");
      const byCap = await screen.findByTestId("year-end-result");
      expect(byCap.textContent).toContain(strings.yearEndSettleRule(capLine));
      expect(byCap.textContent).toContain(strings.yearEndToSettle(unsettled[0] ?? NaN));

      await user.selectOptions(pick, strings.settleFirstAnyOverdue);
      await press(user, "year-end-review");
      await waitFor(() => expect(asked).toHaveLength(2));
      const byAny = await screen.findByTestId("year-end-result");
      await waitFor(() => expect(byAny.textContent).toContain(strings.settleFirstAnyOverdue));
      expect(asked).toEqual([undefined, "anyOverdue"]);
      expect(byAny.textContent).toContain(strings.yearEndToSettle(unsettled[1] ?? NaN));
      expect(unsettled[1]).toBeGreaterThan(unsettled[0] ?? Infinity); // customers a few days late are listed too
    },
  );

  test("starts on 1 January of this year, and cannot run without a whole date", async () => {
    const workbook = seedWorkbook();
    const { strings } = renderPane(workbook);
    await loaded(strings);
    const since = screen.getByTestId("year-end-since") as HTMLInputElement;
    expect(since.value).toBe(`${new Date().getFullYear()}-01-01`);
    await enabled("year-end-review");
    fireEvent.change(since, { target: { value: "" } });
    await screen.findByText(strings.yearEndBadDate);
    expect(screen.getByTestId("year-end-review").getAttribute("aria-disabled")).toBe("true");
  });

  test("refused in Chinese when every review sheet name is the analyst's", async () => {
    const workbook = seedWorkbook();
    await addSheets(workbook, allCandidates("年终筛选 · 客户表"));
    const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    await press(user, "year-end-review");
    const error = await screen.findByTestId("template-error");
    expect(error.textContent).toContain(adapterErrors.nameInUse("年终筛选 · 客户表").message["zh-CN"]);
    expect(screen.queryByTestId("year-end-result")).toBeNull();
  });
});

describe("one thing at a time", () => {
  test("while Grade all runs, the section's buttons and switch wait; then they work again", async () => {
    const workbook = seedWorkbook();
    const held = heldHost(workbook);
    const { strings, user } = renderPane(workbook, { host: held.host });
    await loaded(strings);
    await press(user, "portfolio-views-switch");
    const views = screen.getByTestId("portfolio-views-switch") as HTMLInputElement;
    await waitFor(() => expect(views.checked && !views.disabled).toBe(true));
    await user.click(screen.getByRole("button", { name: strings.gradeAll }));
    const confirm = await screen.findByTestId("confirm-replace");
    held.holdFrom(held.syncs() + 1); // Grade all's first read waits
    await user.click(confirm);
    await waitFor(() => expect(screen.getByTestId("template-apply").getAttribute("aria-disabled")).toBe("true"));
    expect(screen.getByTestId("template-insert").getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByTestId("year-end-review").getAttribute("aria-disabled")).toBe("true");
    expect(views.disabled).toBe(true);
    held.release();
    await screen.findByTestId("grade-summary");
    await enabled("template-apply");
  });

  test("while the formatting is written, Grade all waits", async () => {
    const workbook = seedWorkbook();
    const held = heldHost(workbook);
    const { strings, user } = renderPane(workbook, { host: held.host });
    await loaded(strings);
    held.holdFrom(held.syncs() + 1);
    await press(user, "template-apply");
    const gradeButton = screen.getByRole("button", { name: strings.gradeAll });
    await waitFor(() => expect(gradeButton.getAttribute("aria-disabled")).toBe("true"));
    expect(screen.getByText(strings.templateWorking)).toBeTruthy();
    held.release();
    await screen.findByTestId("template-result");
    await waitFor(() => expect(gradeButton.getAttribute("aria-disabled")).not.toBe("true"));
  });

  test("a refusal on one table is not shown after picking another", async () => {
    const workbook = createWorkbook({
      sheets: [{ name: "客户" }, { name: "客户2" }],
      tables: [
        {
          name: "客户表",
          sheet: "客户",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.map((r) => [...r]),
        },
        {
          name: "另一表",
          sheet: "客户2",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS,
          rows: SEED_ROWS.map((r) => [...r]),
        },
      ],
    });
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        applyTemplateFormatting: () => Promise.reject(new Error("the sheet is protected")),
      }),
    });
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await user.selectOptions(picker, strings.tableOption("客户表", "客户"));
    await waitFor(() => expect(picker.value).toBe("客户表"));
    await press(user, "template-apply");
    await screen.findByTestId("template-error");
    await user.selectOptions(picker, strings.tableOption("另一表", "客户2"));
    await waitFor(() => expect(picker.value).toBe("另一表"));
    expect(screen.queryByTestId("template-error")).toBeNull();
    await user.selectOptions(picker, strings.tableOption("客户表", "客户"));
    await waitFor(() => expect(picker.value).toBe("客户表"));
    expect(screen.queryByTestId("template-error")).not.toBeNull();
  });

  test("a call that throws ends in a message bar with its text", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        applyTemplateFormatting: () => Promise.reject(new Error("the sheet is protected")),
      }),
    });
    await loaded(strings);
    await press(user, "template-apply");
    const error = await screen.findByTestId("template-error");
    expect(error.textContent).toContain(strings.unexpectedError("the sheet is protected"));
    await enabled("template-apply");
  });
});
