/** @jest-environment jsdom */
/**
 * Grades out of date after the analyst changes the table's data with auto-grade off, and no notice where there
 * are no grades to be out of date (a table never graded whose grade column is empty).
 */
import "./support/dom";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, openRulePart, renderPane } from "./support/pane";
import type { UiStrings } from "../../src/taskpane/i18n";
import { linesStrings } from "../../src/taskpane/lines/i18n";
import { testBuildCustomers, testSegmentName } from "../support/testCustomersBuilder";
import { linesWorkbook } from "../excel/lines/support";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
/** Seed 000 with its grade and remark columns empty: nothing graded yet. */
const ungradedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r.slice(0, 6), null, null]),
  );
type Workbook = ReturnType<typeof seedWorkbook>;
/** The 客户等级 column (column H, rows 3–5). */
const gradesOf = (workbook: Workbook) => [2, 3, 4].map((row) => workbook.cell("客户", row, 7).value);
type User = { click: (e: Element) => Promise<void> };

async function pressGradeAll(strings: UiStrings, user: User) {
  const button = await screen.findByRole("button", { name: strings.gradeAll });
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
  await user.click(button);
}

/** Grade all on seed 000 (confirming the replacement of the analyst's grades), then the watch is on. */
async function gradedSeed(locale: "zh-CN" | "zh-TW" | "en") {
  const workbook = seedWorkbook();
  const pane = renderPane(workbook, { locale });
  await loaded(pane.strings);
  await pressGradeAll(pane.strings, pane.user);
  await pane.user.click(await screen.findByRole("button", { name: pane.strings.confirmReplace }));
  await screen.findByTestId("grade-summary");
  await watchingChanges();
  return { workbook, ...pane };
}

async function watchingChanges(): Promise<void> {
  await waitFor(() =>
    expect(screen.getByTestId("auto-grade-switch").getAttribute("data-watching-changes")).toBe("true"),
  );
}

/** Saves a stricter grade A (99) in the rules editor. */
async function saveStricterRules(
  strings: UiStrings,
  locale: string,
  user: User & { clear: (e: Element) => Promise<void>; type: (e: Element, t: string) => Promise<void> },
) {
  await openRulePart(strings.gradesHeading, user);
  const a = screen.getByRole("spinbutton", { name: strings.thresholdLabel(locale === "en" ? "Grade A" : "A级") });
  await user.clear(a);
  await user.type(a, "99");
  await user.click(screen.getByTestId("rules-save"));
}

describe("an edit with auto-grade off", () => {
  test.each(["zh-CN", "zh-TW", "en"] as const)(
    "shows that the grades are out of date, offering Grade all, which clears it (%s)",
    async (locale) => {
      const { workbook, strings, user } = await gradedSeed(locale);
      expect(screen.queryByTestId("grades-stale")).toBeNull(); // Grade all's own writes are not an edit
      expect(gradesOf(workbook)).toEqual(["A", "B", "C"]);

      workbook.userEdit("客户", 4, 6, "良好"); // ZZ's finances improve
      const stale = await screen.findByTestId("grades-stale");
      expect(stale.textContent).toContain(strings.gradesStale.data);
      expect(gradesOf(workbook)).toEqual(["A", "B", "C"]); // nothing graded by itself

      await user.click(within(stale).getByRole("button", { name: strings.gradesStaleAction }));
      await waitFor(() => expect(gradesOf(workbook)).toEqual(["A", "B", "B"]));
      await waitFor(() => expect(screen.queryByTestId("grades-stale")).toBeNull());
    },
  );

  test("rows added or deleted count as data changes", async () => {
    const { workbook, strings, user } = await gradedSeed("en");
    // Nine columns: Grade all added the score column.
    workbook.userAddRows("客户表", [["新客户", "赵", "", "", "", "良好", "", "", ""]]);
    await screen.findByTestId("grades-stale");
    await user.click(screen.getByTestId("grades-stale-grade"));
    await waitFor(() => expect(screen.queryByTestId("grades-stale")).toBeNull());
    await screen.findByText(strings.summaryGradeCount("A", 1));
    workbook.userDeleteRows("客户表", 3, 1);
    expect(await screen.findByTestId("grades-stale")).toBeTruthy();
  });

  test("switching auto-grade on keeps the notice: it grades edits from then on, not the ones before", async () => {
    const { workbook, strings, user } = await gradedSeed("en");
    workbook.userEdit("客户", 4, 6, "良好");
    await screen.findByTestId("grades-stale");
    const toggle = screen.getByTestId("auto-grade-switch");
    await user.click(toggle);
    await waitFor(() => expect(toggle.getAttribute("data-watching")).toBe("true"));
    await waitFor(() => expect(toggle.getAttribute("data-watching-changes")).toBe("false"));
    expect(screen.getByTestId("grades-stale").textContent).toContain(strings.gradesStale.data);
    workbook.userEdit("客户", 3, 6, "良好"); // graded by auto-grade: YY B → A
    await waitFor(() => expect(gradesOf(workbook)[1]).toBe("A"));
    expect(gradesOf(workbook)[2]).toBe("C"); // the edit made while it was off is still ungraded ...
    expect(screen.getByTestId("grades-stale")).toBeTruthy(); // ... and the notice says so
  });

  test("the watch stops when the pane goes away", async () => {
    const { workbook } = await gradedSeed("en");
    expect(workbook.handlerCount("客户表")).toBeGreaterThan(0);
    cleanup();
    await waitFor(() => expect(workbook.handlerCount("客户表")).toBe(0));
  });
});

describe("a table never graded whose grade column is empty", () => {
  /** The pane over the adapter, keeping every answer of `hasGrades` it asked for. */
  function renderAsking(workbook: Workbook, locale: "zh-CN" | "en") {
    const answers: Promise<unknown>[] = [];
    const pane = renderPane(workbook, {
      locale,
      wrap: (adapter) => ({
        ...adapter,
        hasGrades: () => {
          const answer = adapter.hasGrades();
          answers.push(answer);
          return answer;
        },
      }),
    });
    /**
     * Waits for the pane's n-th question and for what the pane did with its answer (or for a notice shown
     * without asking, so that a pane that does not ask fails on the notice).
     */
    const answered = async (n: number): Promise<void> => {
      await waitFor(() => expect(answers.length >= n || screen.queryByTestId("grades-stale") !== null).toBe(true));
      await act(async () => {
        await answers[n - 1];
      });
    };
    return { ...pane, answered };
  }

  test.each(["zh-CN", "en"] as const)(
    "shows no notice after new rules are saved, nor after an edit (%s)",
    async (locale) => {
      const workbook = ungradedWorkbook();
      const { strings, user, answered } = renderAsking(workbook, locale);
      await loaded(strings);
      await saveStricterRules(strings, locale, user);
      await answered(1);
      expect(screen.queryByTestId("grades-stale")).toBeNull();
      await watchingChanges();
      workbook.userEdit("客户", 4, 6, "良好");
      await answered(2);
      expect(screen.queryByTestId("grades-stale")).toBeNull();
      // Once graded, a change leaves grades out of date.
      await pressGradeAll(strings, user);
      await screen.findByTestId("grade-summary");
      workbook.userEdit("客户", 4, 6, "较差");
      expect((await screen.findByTestId("grades-stale")).textContent).toContain(strings.gradesStale.data);
    },
  );

  test("a table whose grade column holds the analyst's own grades does show it", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, { locale: "en" });
    await loaded(strings);
    await saveStricterRules(strings, "en", user);
    expect((await screen.findByTestId("grades-stale")).textContent).toContain(strings.gradesStale.rules);
  });
});

test("a refresh from order lines that changes the bound, graded table leaves its grades out of date", async () => {
  const workbook = linesWorkbook();
  const engine = async () => ({ build: testBuildCustomers, segmentName: testSegmentName });
  const { strings, user } = renderPane(workbook, { locale: "zh-CN", linesEngine: engine });
  const lines = linesStrings["zh-CN"];
  await loaded(strings);
  await user.click(await screen.findByRole("button", { name: strings.linesOpen }));
  await user.clear(await screen.findByTestId("lines-as-of"));
  await user.type(screen.getByTestId("lines-as-of"), "2026-11-22");
  await user.click(await screen.findByRole("button", { name: lines.build }));
  await user.click(await screen.findByRole("button", { name: lines.gradeThis }));
  await screen.findByTestId("lines-graded");
  await pressGradeAll(strings, user);
  await screen.findByTestId("grade-summary");
  expect(screen.queryByTestId("grades-stale")).toBeNull();
  await workbook.run(async (context) => {
    context.workbook.tables.getItem("运单明细").rows.add(undefined, [["Y9", "2026-10-01", "顺源家居", 120]]);
    await context.sync();
  });
  await user.click(await screen.findByRole("button", { name: lines.refresh }));
  expect((await screen.findByTestId("grades-stale")).textContent).toContain(strings.gradesStale.data);
});
