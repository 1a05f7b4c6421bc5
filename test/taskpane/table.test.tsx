/** @jest-environment jsdom */
/**
 * The table part of the pane: which table it binds on load, picking another, fixing a column's field, and the
 * message bar when there is nothing to grade. Real adapter, simulated workbook.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { createWorkbook } from "../../src/simulator";
import { uiStrings } from "../../src/taskpane/i18n";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );

function twoTables() {
  return createWorkbook({
    sheets: [{ name: "客户" }, { name: "Old" }],
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
        name: "Archive",
        sheet: "Old",
        topRow: 0,
        leftColumn: 0,
        headers: ["Customer", "Financial status"],
        rows: [["Acme", "good"]],
      },
    ],
  });
}

describe("choosing the customer table", () => {
  test("binds the workbook's only table on load and saves the choice in the workbook", async () => {
    const workbook = seedWorkbook();
    const { strings } = renderPane(workbook);
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe("客户表"));
    expect(workbook.settings["customerGrader.binding"]).toMatchObject({ tableName: "客户表" });
  });

  test("with several tables and nothing saved, lets the analyst pick, then remembers the pick", async () => {
    const workbook = twoTables();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    expect(picker.value).toBe("");
    expect(screen.queryByTestId("column-mapping")).toBeNull();
    expect(workbook.settings["customerGrader.binding"]).toBeUndefined();
    await user.selectOptions(picker, "Archive");
    await screen.findByTestId("column-mapping");
    expect(workbook.settings["customerGrader.binding"]).toMatchObject({ tableName: "Archive" });
  });

  test("restores the table saved in the workbook rather than asking again", async () => {
    const workbook = twoTables();
    const first = renderPane(workbook);
    await loaded(first.strings);
    await first.user.selectOptions(await screen.findByTestId("table-picker"), "Archive");
    await screen.findByTestId("column-mapping");
    document.body.innerHTML = "";
    const again = renderPane(workbook);
    await loaded(again.strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe("Archive"));
  });
});

describe("the column mapping", () => {
  test("says how many columns were recognised, and shows each one's field when opened", async () => {
    const { strings, user } = renderPane(seedWorkbook());
    await loaded(strings);
    const mapping = await screen.findByTestId("column-mapping");
    // A part of the pane of its own, under Grade all, named by its heading.
    expect(within(mapping).getByRole("heading", { level: 2 }).textContent).toBe(
      `${strings.mappingHeading}${strings.mappingCount(8, 0)}`,
    );
    expect(screen.getByRole("region", { name: `${strings.mappingHeading}${strings.mappingCount(8, 0)}` })).toBe(
      mapping,
    );
    // Every column read for sure: nothing needs a look, and the dropdowns are folded away (fixing is rare).
    expect(mapping.textContent).toContain(strings.reviewAllClear);
    expect(within(mapping).queryByRole("combobox")).toBeNull();
    const header = within(mapping).getByRole("button", { name: strings.reviewOthers(8) });
    await user.click(header);
    const financial = within(mapping).getByRole("combobox", {
      name: strings.mappingFieldFor("财务状况"),
    }) as HTMLSelectElement;
    expect(financial.value).toBe("financialStatus");
    const grade = within(mapping).getByRole("combobox", {
      name: strings.mappingFieldFor("客户等级"),
    }) as HTMLSelectElement;
    expect(grade.value).toBe("grade");
  });

  test("a fix made with the dropdown is saved in the workbook and used from then on", async () => {
    const workbook = seedWorkbook();
    const { strings, user, adapter } = renderPane(workbook);
    await loaded(strings);
    const mapping = await screen.findByTestId("column-mapping");
    await user.click(within(mapping).getByRole("button", { name: strings.reviewOthers(8) }));
    await user.selectOptions(within(mapping).getByRole("combobox", { name: strings.mappingFieldFor("服务偏好") }), "");
    await waitFor(() =>
      expect(workbook.settings["customerGrader.binding"]).toMatchObject({ overrides: { 服务偏好: null } }),
    );
    expect(adapter.bound()?.mapping.columns.servicePreferences).toBeUndefined();
    const select = within(screen.getByTestId("column-mapping")).getByRole("combobox", {
      name: strings.mappingFieldFor("服务偏好"),
    }) as HTMLSelectElement;
    expect(select.value).toBe("");
  });
});

describe("when there is nothing to grade", () => {
  test("a workbook without tables says to make one with Ctrl+T, and nothing is written", async () => {
    const workbook = createWorkbook({ sheets: [{ name: "Sheet1", cells: [["客户名称"], ["甲"]] }] });
    const { strings } = renderPane(workbook);
    const bar = await screen.findByTestId("message-bar");
    expect(bar.textContent).toContain("Ctrl+T");
    expect(screen.queryByTestId("table-picker")).toBeNull();
    expect(screen.queryByRole("button", { name: strings.gradeAll })).toBeNull();
    expect(workbook.settings).toEqual({});
  });

  test("a table with no recognisable column says so in the pane's language, and Grade all is off", async () => {
    const workbook = workbookWith("杂项", ["序号", "日期"], [[1, "2026-01-01"]]);
    const { strings } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    const bar = await screen.findByTestId("message-bar");
    expect(bar.textContent).toContain("没有识别出可用于分级的列");
    expect(screen.getByRole("button", { name: uiStrings["zh-CN"].gradeAll }).getAttribute("aria-disabled")).toBe(
      "true",
    );
    // Nothing recognised: the mapping is open, so the analyst can say which column is which.
    expect(within(screen.getByTestId("column-mapping")).getAllByRole("combobox")).toHaveLength(2);
    expect(workbook.tableValues("杂项")).toEqual({ headers: ["序号", "日期"], rows: [[1, "2026-01-01"]] });
  });

  test("a host without the needed requirement sets says to update Office, and reads nothing", async () => {
    const workbook = seedWorkbook();
    const { strings } = renderPane(workbook, { excelApi: "none", locale: "zh-TW" });
    const bar = await screen.findByTestId("message-bar");
    expect(bar.textContent).toContain("ExcelApi 1.8");
    expect(bar.textContent).toContain(strings.cannotGradeTitle);
    expect(workbook.stats.syncs).toBe(0);
  });
});

describe("switching to another table", () => {
  const issuesAndArchive = () => {
    const headers = [...SEED_HEADERS.slice(0, 6), "年交易额", "准时付款率"];
    return createWorkbook({
      sheets: [{ name: "客户" }, { name: "Old" }],
      tables: [
        {
          name: "客户表",
          sheet: "客户",
          topRow: 1,
          leftColumn: 1,
          headers,
          rows: [
            [...SEED_ROWS[0]!.slice(0, 6), "很多", "95%"],
            [...SEED_ROWS[1]!.slice(0, 6), "120万", "大概吧"],
            [...SEED_ROWS[2]!.slice(0, 6), "80万", "90%"],
          ],
        },
        {
          name: "Archive",
          sheet: "Old",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS.slice(0, 6),
          rows: SEED_ROWS.map((r) => r.slice(0, 6)),
        },
      ],
    });
  };

  test("clears the summary and the unreadable cells of the table graded before", async () => {
    const workbook = issuesAndArchive();
    const { strings, user, adapter } = renderPane(workbook);
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await user.selectOptions(picker, "客户表");
    await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe("客户表"));
    const button = await screen.findByRole("button", { name: strings.gradeAll });
    await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
    await user.click(button);
    await screen.findByTestId("grade-summary");
    expect(within(screen.getByTestId("issues-list")).getAllByTestId("issue-item")).toHaveLength(2);
    await waitFor(() => expect(picker.disabled).toBe(false));
    await user.selectOptions(picker, "Archive");
    await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe("Archive"));
    await waitFor(() => expect(screen.queryByTestId("grade-summary")).toBeNull());
    expect(within(screen.getByTestId("issues-list")).queryAllByTestId("issue-item")).toHaveLength(0);
    expect(screen.getByTestId("issues-list").textContent).toContain(strings.issuesBeforeGrading);
  });

  test("keeps each table's column fixes: back on the first table, its fix is still there", async () => {
    const workbook = createWorkbook({
      sheets: [{ name: "客户" }, { name: "Old" }],
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
          name: "Archive",
          sheet: "Old",
          topRow: 0,
          leftColumn: 0,
          headers: SEED_HEADERS.slice(0, 6),
          rows: SEED_ROWS.map((r) => r.slice(0, 6)),
        },
      ],
    });
    const { strings, user, adapter } = renderPane(workbook);
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await user.selectOptions(picker, "客户表");
    await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe("客户表"));
    const mapping = await screen.findByTestId("column-mapping");
    await user.click(within(mapping).getByRole("button", { name: strings.reviewOthers(8) }));
    await user.selectOptions(within(mapping).getByRole("combobox", { name: strings.mappingFieldFor("服务偏好") }), "");
    await waitFor(() =>
      expect(workbook.settings["customerGrader.binding"]).toMatchObject({ overrides: { 服务偏好: null } }),
    );
    await waitFor(() => expect(picker.disabled).toBe(false));
    await user.selectOptions(picker, "Archive");
    await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe("Archive"));
    await waitFor(() => expect(picker.disabled).toBe(false));
    await user.selectOptions(picker, "客户表");
    await waitFor(() => expect(adapter.bound()?.binding.tableName).toBe("客户表"));
    expect(workbook.settings["customerGrader.binding"]).toMatchObject({
      tableName: "客户表",
      overrides: { 服务偏好: null },
    });
    expect(adapter.bound()?.mapping.columns.servicePreferences).toBeUndefined();
  });
});

describe("refreshing the list of tables", () => {
  test("a failure when the picker is focused keeps the list and the pane as they were", async () => {
    const workbook = seedWorkbook();
    let calls = 0;
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        listTables: () => (++calls === 1 ? adapter.listTables() : Promise.reject(new Error("the host went away"))),
      }),
    });
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe("客户表"));
    await user.click(picker);
    await waitFor(() => expect(calls).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId("pane-error")).toBeNull();
    expect((screen.getByTestId("table-picker") as HTMLSelectElement).value).toBe("客户表");
    expect(screen.getByRole("button", { name: strings.gradeAll })).toBeTruthy();
  });
});
