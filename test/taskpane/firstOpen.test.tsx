/** @jest-environment jsdom */
/**
 * The pane as it opens: Grade all beside the table picker whether or not a table is bound, what pressing it does
 * with no table yet, and the review of the columns under Grade all, showing in first view only what needs a
 * look (the rest folded under its count). Real adapter, simulated workbook.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { createWorkbook } from "../../src/simulator";
import { TMS_HEADERS, tmsRows } from "../excel/exportTables";
import { SEED_HEADERS, SEED_ROWS } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

const BINDING = "customerGrader.binding";

function workbookOf(
  tables: readonly { name: string; headers: string[]; rows: (string | number)[][] }[],
  settings: Readonly<Record<string, unknown>> = {},
) {
  return createWorkbook({
    sheets: tables.map((t) => ({ name: `${t.name} sheet` })),
    tables: tables.map((t) => ({ ...t, sheet: `${t.name} sheet`, topRow: 0, leftColumn: 0 })),
    settings,
  });
}

const seedTable = { name: "客户表", headers: [...SEED_HEADERS], rows: SEED_ROWS.map((r) => [...r]) };
const archiveTable = { name: "Archive", headers: ["Customer", "Financial status"], rows: [["Acme", "good"]] };
const ledgerTable = { name: "客户台账", headers: TMS_HEADERS, rows: tmsRows() };

/** The pane's first part: the one holding Grade all. */
const startPart = (gradeHeading: string) => screen.getByRole("region", { name: gradeHeading });

describe("Grade all on first open", () => {
  test("with several tables and none chosen, sits beside the table picker and can be pressed", async () => {
    const { strings } = renderPane(workbookOf([seedTable, archiveTable]));
    await loaded(strings);
    const part = startPart(strings.gradeHeading);
    const picker = within(part).getByTestId("table-picker") as HTMLSelectElement;
    const button = within(part).getByRole("button", { name: strings.gradeAll });
    expect(picker.value).toBe("");
    // One row holds both, the button in reading order right after the picker.
    const row = within(part).getByTestId("grade-start-row");
    expect(row.contains(picker) && row.contains(button)).toBe(true);
    expect(picker.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.getAttribute("aria-disabled")).not.toBe("true");
  });

  test("pressed with no table among several, asks for one, takes the analyst to the picker and writes nothing", async () => {
    const workbook = workbookOf([seedTable, archiveTable]);
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await user.click(screen.getByRole("button", { name: strings.gradeAll }));
    const asked = await screen.findByTestId("pick-table-first");
    expect(asked.textContent).toContain(strings.pickTableFirstTitle);
    expect(asked.textContent).toContain(strings.pickTableFirst);
    expect(document.activeElement).toBe(screen.getByTestId("table-picker"));
    expect(workbook.settings[BINDING]).toBeUndefined();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    // Picking a table answers it.
    await user.selectOptions(screen.getByTestId("table-picker"), "Archive");
    await screen.findByTestId("column-mapping");
    expect(screen.queryByTestId("pick-table-first")).toBeNull();
  });

  test("pressed with the workbook's only table not bound (the saved one is gone), picks it and waits for a second press", async () => {
    const workbook = workbookOf([seedTable], { [BINDING]: { tableName: "Gone", tableId: "{gone}", overrides: {} } });
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const picker = (await screen.findByTestId("table-picker")) as HTMLSelectElement;
    expect(picker.value).toBe("");
    await user.click(screen.getByRole("button", { name: strings.gradeAll }));
    await waitFor(() => expect(picker.value).toBe("客户表"));
    await screen.findByTestId("column-mapping");
    expect(screen.queryByTestId("pick-table-first")).toBeNull();
    // Bound, not graded: nothing asked, nothing summarised until Grade all is pressed on the table it now shows.
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.queryByTestId("grade-summary")).toBeNull();
  });

  test("with a table bound, comes before the review of its columns", async () => {
    const { strings } = renderPane(workbookOf([ledgerTable]));
    await loaded(strings);
    const review = await screen.findByTestId("column-mapping");
    const button = within(startPart(strings.gradeHeading)).getByRole("button", { name: strings.gradeAll });
    expect(button.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(startPart(strings.gradeHeading).contains(review)).toBe(false);
  });
});

describe("the review of the columns in first view", () => {
  test.each(["zh-CN", "en"] as const)(
    "shows only the columns that need a look, the others folded under their count; opening shows them all (%s)",
    async (locale) => {
      const { strings, user } = renderPane(workbookOf([ledgerTable]), { locale });
      await loaded(strings);
      const review = await screen.findByTestId("column-mapping");
      const attention = within(review).getAllByTestId("review-column");
      expect(attention.length).toBeGreaterThan(0);
      expect(attention.length).toBeLessThan(TMS_HEADERS.length);
      const others = TMS_HEADERS.length - attention.length;
      // Each card in first view is one of the list that needs a look, with its dropdown; nothing else is.
      expect(attention.every((c) => within(review).getByTestId("review-attention").contains(c))).toBe(true);
      expect(within(review).getAllByRole("combobox")).toHaveLength(attention.length);
      expect(review.textContent).not.toContain(strings.mappingHint);
      const disclosure = within(review).getByRole("button", { name: strings.reviewOthers(others) });
      expect(disclosure.getAttribute("aria-expanded")).toBe("false");
      await user.click(disclosure);
      await within(review).findByTestId("review-others");
      expect(within(review).getAllByTestId("review-column")).toHaveLength(TMS_HEADERS.length);
      expect(review.textContent).toContain(strings.mappingHint);
      expect(review.textContent).toContain(strings.mappingAddedByGrading);
    },
  );
});
