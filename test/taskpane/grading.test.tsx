/** @jest-environment jsdom */
/**
 * Grade all from the pane: the question before writing over the analyst's own grades and remarks, the
 * summary, Cancel on a long run, and the unreadable cells (clicking one selects it in the simulated Excel).
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { FIELDS } from "../../src/engine";
import { createExcelAdapter } from "../../src/excel";
import { SEED_HEADERS, SEED_ROWS, STRUCTURED_HEADERS, hostOf, structuredRows, workbookWith } from "../excel/fixtures";
import { heldHost, loaded, openRulePart, renderPane } from "./support/pane";
import { fixedBandRuleSetJson } from "../support/fixedBandRules";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
/** The 客户等级 column of the seed table (B2 is its header, so grades are column H, rows 3–5). */
const gradesOf = (workbook: ReturnType<typeof seedWorkbook>) =>
  [2, 3, 4].map((row) => workbook.cell("客户", row, 7).value);

async function pressGradeAll(strings: { gradeAll: string }, user: { click: (e: Element) => Promise<void> }) {
  const button = await screen.findByRole("button", { name: strings.gradeAll });
  // Disabled but focusable while it cannot be pressed (focus stays on it): aria-disabled, not `disabled`.
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
  await user.click(button);
}

describe("Grade all on seed 000's table, whose grade and remark columns hold the analyst's own text", () => {
  test("asks first, naming the columns and how many cells, and warns that Undo may not take it back", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await pressGradeAll(strings, user);
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain(strings.confirmBody(6, ["客户等级", "备注"]));
    expect(dialog.textContent).toContain(strings.undoWarning);
    expect(gradesOf(workbook)).toEqual(["A级", "B级", "C级"]);
  });

  test("on confirmation grades XX A, YY B, ZZ C into the table and shows the summary", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await pressGradeAll(strings, user);
    await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
    const summary = await screen.findByTestId("grade-summary");
    expect(gradesOf(workbook)).toEqual(["A", "B", "C"]);
    expect(summary.textContent).toContain(strings.summaryGradeCount("A", 1));
    expect(summary.textContent).toContain(strings.summaryGradeCount("D", 0));
    expect(summary.textContent).toContain(strings.summaryIssues(0));
    // 6 cells held text; ZZ's remark already was the add-in's remark for C, so 5 changed.
    expect(summary.textContent).toContain(strings.summaryReplaced(5, 1));
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  test.each(["zh-CN", "en"] as const)(
    "the result counts the cells the question counted, and a re-grade replaces nothing of the analyst's (%s)",
    async (locale) => {
      const workbook = seedWorkbook();
      const { strings, user } = renderPane(workbook, { locale });
      await loaded(strings);
      await pressGradeAll(strings, user);
      const dialog = await screen.findByRole("alertdialog");
      expect(dialog.textContent).toContain(strings.confirmBody(6, ["客户等级", "备注"]));
      await user.click(within(dialog).getByRole("button", { name: strings.confirmReplace }));
      const replaced = await screen.findByTestId("summary-replaced");
      expect(replaced.textContent).toBe(strings.summaryReplaced(5, 1)); // 5 + 1: the 6 cells the question named

      // XX's finances turn bad: its grade, score and remark change, but they were the add-in's own output.
      workbook.userEdit("客户", 2, 6, "较差");
      await pressGradeAll(strings, user);
      await waitFor(() => expect(gradesOf(workbook)[0]).not.toBe("A"));
      const button = screen.getByRole("button", { name: strings.gradeAll });
      await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true")); // the run is over
      expect(screen.getByTestId("grade-summary").textContent).toContain(strings.summaryGradeCount("A", 0));
      expect(screen.queryByTestId("summary-replaced")).toBeNull();
      expect(screen.queryByRole("alertdialog")).toBeNull(); // asked once per table
    },
  );

  test("on Cancel writes nothing", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const before = JSON.stringify(workbook.tableValues("客户表"));
    await pressGradeAll(strings, user);
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: strings.cancel }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(JSON.stringify(workbook.tableValues("客户表"))).toBe(before);
    expect(screen.queryByTestId("grade-summary")).toBeNull();
  });

  test("asks only once per table: the next Grade all, in this session or a later one, just runs", async () => {
    const workbook = seedWorkbook();
    const first = renderPane(workbook);
    await loaded(first.strings);
    await pressGradeAll(first.strings, first.user);
    await first.user.click(await screen.findByRole("button", { name: first.strings.confirmReplace }));
    await screen.findByTestId("grade-summary");
    workbook.userEdit("客户", 4, 6, "良好,长期合作"); // ZZ's finances improve
    document.body.innerHTML = "";
    const later = renderPane(workbook);
    await loaded(later.strings);
    await pressGradeAll(later.strings, later.user);
    await screen.findByTestId("grade-summary");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(gradesOf(workbook)[2]).not.toBe("C");
  });
});

describe("Grade all on a table without grade columns", () => {
  test("does not ask, and adds the Grade, Score and Remark columns in the table's language", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      SEED_ROWS.map((r) => r.slice(0, 6)),
    );
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await pressGradeAll(strings, user);
    const summary = await screen.findByTestId("grade-summary");
    const added = [FIELDS.grade.label["zh-CN"], FIELDS.score.label["zh-CN"], FIELDS.remark.label["zh-CN"]];
    expect(workbook.tableValues("客户表").headers.slice(6)).toEqual(added);
    expect(summary.textContent).toContain(strings.summaryAdded(added));
    expect(workbook.tableValues("客户表").rows.map((r) => r[6])).toEqual(["A", "B", "C"]);
  });
});

describe("a long run", () => {
  test("shows progress, and Cancel stops between chunks leaving every written row whole", async () => {
    const rowCount = 100_000;
    const workbook = workbookWith("大表", STRUCTURED_HEADERS, structuredRows(rowCount));
    // Fixed amount bands: graded chunk by chunk, so Cancel leaves some rows written (a rank reads all first).
    const saved = await createExcelAdapter(hostOf(workbook)).saveRuleSet(fixedBandRuleSetJson());
    expect(saved.ok).toBe(true);
    const held = heldHost(workbook);
    const { strings, user } = renderPane(workbook, { host: held.host });
    await loaded(strings);
    // After pressing: the output check (2 syncs), then Grade all's header (1), new columns (1), first chunk (1);
    // the second chunk's read waits, with the first chunk's progress on screen.
    held.holdFrom(held.syncs() + 6);
    await pressGradeAll(strings, user);
    const progress = await screen.findByTestId("grade-progress");
    expect(progress.getAttribute("role")).toBe("progressbar");
    await screen.findByText(new RegExp(`of ${rowCount} rows done`));
    await user.click(screen.getByRole("button", { name: strings.cancel }));
    held.release();
    const summary = await screen.findByTestId("grade-summary");
    expect(screen.queryByTestId("grade-progress")).toBeNull();
    const { rows } = workbook.tableValues("大表");
    const done = rows.filter((r) => r[8] !== "").length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(rowCount);
    expect(summary.textContent).toContain(strings.summaryCancelled(done, rowCount));
    // Whole rows: a row has all three outputs or none, and the graded rows come first.
    expect(rows.every((r) => (r[8] === "") === (r[10] === ""))).toBe(true);
    expect(rows.slice(0, done).every((r) => r[8] !== "")).toBe(true);
  });
});

describe("the unreadable cells", () => {
  const withIssues = () =>
    workbookWith(
      "客户表",
      [...SEED_HEADERS.slice(0, 6), "年交易额", "准时付款率"],
      [
        [...SEED_ROWS[0]!.slice(0, 6), "很多", "95%"],
        [...SEED_ROWS[1]!.slice(0, 6), "120万", "大概吧"],
        [...SEED_ROWS[2]!.slice(0, 6), "80万", "90%"],
      ],
    );

  test("are listed with their addresses after Grade all, and clicking one selects that cell in Excel", async () => {
    const workbook = withIssues();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await pressGradeAll(strings, user);
    await screen.findByTestId("grade-summary");
    const items = within(screen.getByTestId("issues-list")).getAllByTestId("issue-item");
    expect(items.map((i) => i.getAttribute("data-address"))).toEqual(["客户!H3", "客户!I4"]);
    expect(items[0]?.textContent).toContain("年交易额");
    workbook.userSelect("Notes", 0, 0);
    await user.click(items[1]!);
    await waitFor(() => expect(workbook.selectedAddress()).toBe("客户!I4"));
    expect(workbook.activeSheet()).toBe("客户");
  });

  test("come a page at a time on a large table", async () => {
    const rows = structuredRows(130).map((r, i) => (i % 2 === 0 ? [r[0]!, "不详", ...r.slice(2)] : r));
    const workbook = workbookWith("大表", STRUCTURED_HEADERS, rows);
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await pressGradeAll(strings, user);
    await screen.findByTestId("grade-summary");
    const list = screen.getByTestId("issues-list");
    expect(within(list).getAllByTestId("issue-item")).toHaveLength(50);
    expect(list.textContent).toContain(strings.issuesPage(1, 50, 65));
    await user.click(within(list).getByRole("button", { name: strings.nextPage }));
    await user.click(within(list).getByRole("button", { name: strings.nextPage }));
    expect(within(list).getAllByTestId("issue-item")).toHaveLength(15);
    expect(list.textContent).toContain(strings.issuesPage(51, 65, 65));
  });
});

describe("while Grade all runs", () => {
  test("the table picker, the column fixes and saving rules wait; Cancel has the focus, and the summary has it after", async () => {
    const workbook = workbookWith("大表", STRUCTURED_HEADERS, structuredRows(20_000));
    const held = heldHost(workbook);
    const { strings, user } = renderPane(workbook, { host: held.host });
    await loaded(strings);
    const mapping = screen.getByTestId("column-mapping");
    await user.click(within(mapping).getByRole("button", { name: strings.reviewOthers(8) }));
    held.holdFrom(held.syncs() + 6);
    await pressGradeAll(strings, user);
    await screen.findByText(/of 20000 rows done/);
    // Grade all stays focusable while disabled, and focus went to Cancel.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: strings.cancel }));
    expect((screen.getByTestId("table-picker") as HTMLSelectElement).disabled).toBe(true);
    expect(
      within(mapping)
        .getAllByRole("combobox")
        .every((c) => (c as HTMLSelectElement).disabled),
    ).toBe(true);
    expect((screen.getByTestId("rules-save") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(strings.busyGrading)).toBeTruthy();
    held.release();
    const summary = await screen.findByTestId("grade-summary");
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // Focus reads it out; a live region as well would have it read twice.
    expect(summary.getAttribute("role")).toBeNull();
    expect((screen.getByTestId("table-picker") as HTMLSelectElement).disabled).toBe(false);
    expect((screen.getByTestId("rules-save") as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("after a run that wrote the table", () => {
  test("a failure to remember the columns as the add-in's is a warning: the summary is shown all the same", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, {
      // Remembered in Grade all's own run: the adapter hands the failure back with the summary.
      wrap: (adapter) => ({
        ...adapter,
        gradeAll: async (options) => {
          const result = await adapter.gradeAll(options);
          return result.ok
            ? { ok: true, value: { ...result.value, claimError: new Error("settings are read-only") } }
            : result;
        },
      }),
    });
    await loaded(strings);
    await pressGradeAll(strings, user);
    await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
    const summary = await screen.findByTestId("grade-summary");
    expect(summary.textContent).toContain(strings.summaryGradeCount("A", 1));
    expect(screen.getByTestId("claim-warning").textContent).toContain(strings.claimFailed("settings are read-only"));
    expect(screen.queryByTestId("grade-error")).toBeNull();
    expect(gradesOf(workbook)).toEqual(["A", "B", "C"]);
  });
});

describe("selecting an unreadable cell that cannot be selected", () => {
  test("says so in a message bar instead of failing silently", async () => {
    const workbook = workbookWith(
      "客户表",
      [...SEED_HEADERS.slice(0, 6), "年交易额"],
      SEED_ROWS.map((r, i) => [...r.slice(0, 6), i === 0 ? "很多" : "80万"]),
    );
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({ ...adapter, selectCell: () => Promise.reject(new Error("the sheet is protected")) }),
    });
    await loaded(strings);
    await pressGradeAll(strings, user);
    await screen.findByTestId("grade-summary");
    await user.click(within(screen.getByTestId("issues-list")).getAllByTestId("issue-item")[0]!);
    const bar = await screen.findByTestId("select-cell-error");
    expect(bar.textContent).toContain(strings.selectCellFailed);
    expect(bar.textContent).toContain("the sheet is protected");
  });
});

describe("with rank criteria, once every row is being written", () => {
  test("Cancel is shown as unavailable, and the pane says this part cannot be cancelled", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      SEED_ROWS.map((r) => r.slice(0, 6)),
    );
    let release = (): void => undefined;
    const writing = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        // The adapter's progress as it reports the write of a rank rule set's rows (gradeAll.ts, readAllThenWrite).
        gradeAll: async (options = {}) => {
          options.onProgress?.({ phase: "writing", rowsDone: 1, rowCount: 3 });
          await writing;
          return adapter.gradeAll(options);
        },
      }),
    });
    await loaded(strings);
    await pressGradeAll(strings, user);
    await screen.findByText(strings.writingCannotCancel);
    expect(screen.getByRole("button", { name: strings.cancel }).getAttribute("aria-disabled")).toBe("true");
    release();
    await screen.findByTestId("grade-summary");
  });
});

describe("the auto-grade switch", () => {
  test("shows it is starting until the adapter's watch is registered, and only then that edits are re-graded", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      SEED_ROWS.map((r) => r.slice(0, 6)),
    );
    let calls = 0;
    let release = (): void => undefined;
    const registered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        startAutoGrade: async (...args: Parameters<typeof adapter.startAutoGrade>) => {
          calls += 1;
          await registered;
          return adapter.startAutoGrade(...args);
        },
      }),
    });
    await loaded(strings);
    const toggle = (await screen.findByTestId("auto-grade-switch")) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.getAttribute("data-watching")).toBe("false");
    await user.click(toggle);
    await waitFor(() => expect(calls).toBe(1));
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute("aria-busy")).toBe("true");
    expect(toggle.getAttribute("data-watching")).toBe("false");
    release();
    await waitFor(() => expect(toggle.getAttribute("data-watching")).toBe("true"));
    expect(toggle.getAttribute("aria-busy")).toBe("false");
    await user.click(toggle);
    await waitFor(() => expect(toggle.getAttribute("data-watching")).toBe("false"));
  });

  test.each(["zh-CN", "en"] as const)(
    "after an auto-graded edit the summary's counts and the unreadable cells are those of the table now (%s)",
    async (locale) => {
      // 乙公司's annual amount cannot be read; fixing it with auto-grade on re-grades that row alone.
      const workbook = workbookWith(
        "客户表",
        ["客户名称", "年交易额", "准时付款率", "财务状况"],
        [
          ["甲公司", "500万", "98%", "良好"],
          ["乙公司", "很多很多", "99%", "良好"],
          ["丙公司", "20万", "60%", "较差"],
        ],
      );
      const { adapter, strings, user } = renderPane(workbook, { locale });
      await loaded(strings);
      await pressGradeAll(strings, user);
      const summary = await screen.findByTestId("grade-summary");
      expect(summary.textContent).toContain(strings.summaryIssues(1));
      expect(screen.getAllByTestId("issue-item")).toHaveLength(1);
      const toggle = (await screen.findByTestId("auto-grade-switch")) as HTMLInputElement;
      await user.click(toggle);
      await waitFor(() => expect(toggle.getAttribute("data-watching")).toBe("true"));

      workbook.userEdit("客户", 3, 2, "480万");
      await waitFor(() => expect(screen.queryAllByTestId("issue-item")).toHaveLength(0));
      const now = screen.getByTestId("grade-summary").textContent ?? "";
      expect(now).toContain(strings.summaryIssues(0));
      // The counts are those of the table as it now is: grade it whole and compare.
      const whole = await adapter.gradeAll();
      if (!whole.ok) throw new Error("the table grades");
      for (const [grade, count] of Object.entries(whole.value.counts))
        expect(now).toContain(strings.summaryGradeCount(grade, count));
    },
  );
});

describe("grades out of date", () => {
  test.each(["zh-CN", "en"] as const)(
    "after new rules are saved the pane says the grades are out of date, until Grade all runs again (%s)",
    async (locale) => {
      const workbook = seedWorkbook();
      const { strings, user } = renderPane(workbook, { locale });
      await loaded(strings);
      await pressGradeAll(strings, user);
      await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
      await screen.findByTestId("grade-summary");
      expect(screen.queryByTestId("grades-stale")).toBeNull();

      await openRulePart(strings.gradesHeading, user);
      const a = screen.getByRole("spinbutton", { name: strings.thresholdLabel(locale === "en" ? "Grade A" : "A级") });
      await user.clear(a);
      await user.type(a, "99");
      await user.click(screen.getByTestId("rules-save"));
      const stale = await screen.findByTestId("grades-stale");
      expect(stale.textContent).toContain(strings.gradesStale.rules);
      expect(gradesOf(workbook)[0]).toBe("A"); // written by the rules before

      await user.click(within(stale).getByRole("button", { name: strings.gradesStaleAction }));
      await waitFor(() => expect(screen.queryByTestId("grades-stale")).toBeNull());
      await waitFor(() => expect(gradesOf(workbook)[0]).toBe("B")); // 97.3 is below the new 99
    },
  );
});
