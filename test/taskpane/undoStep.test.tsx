/** @jest-environment jsdom */
/**
 * What the pane says about Excel's Undo before a Grade all writes over the analyst's grades and remarks: one
 * Ctrl+Z takes it back where the host has ExcelApi 1.20, the warning elsewhere; and after a run the host could
 * not keep as one undo step.
 */
import "./support/dom";
import { screen, waitFor } from "@testing-library/react";
import { type WorkbookSpec, createWorkbook } from "../../src/simulator";
import { SEED_HEADERS, SEED_ROWS } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

/** Seed 000's table, whose 客户等级 and 备注 columns hold the analyst's own text (the pane asks first). */
function seedWorkbook(excelApi?: WorkbookSpec["excelApi"], apisWithoutUndo?: readonly string[]) {
  return createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [
      {
        name: "客户表",
        sheet: "客户",
        topRow: 1,
        leftColumn: 1,
        headers: SEED_HEADERS,
        rows: SEED_ROWS.map((r) => [...r]),
      },
    ],
    ...(excelApi ? { excelApi } : {}),
    ...(apisWithoutUndo ? { apisWithoutUndo } : {}),
  });
}

const gradesOf = (workbook: ReturnType<typeof seedWorkbook>) =>
  [2, 3, 4].map((row) => workbook.cell("客户", row, 7).value);

async function askToGrade(strings: { gradeAll: string }, user: { click: (e: Element) => Promise<void> }) {
  const button = await screen.findByRole("button", { name: strings.gradeAll });
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
  await user.click(button);
  return screen.findByRole("alertdialog");
}

test("zh-CN, ExcelApi 1.20: the dialog says one Ctrl+Z takes Grade all back, and one undo does", async () => {
  const workbook = seedWorkbook("1.20");
  const { strings, user } = renderPane(workbook, { locale: "zh-CN", excelApi: "1.20" });
  await loaded(strings);
  const dialog = await askToGrade(strings, user);
  expect(dialog.textContent).toContain("按一次 Excel 的“撤消”(Ctrl+Z) 即可还原这次全部分级");
  expect(dialog.textContent).not.toContain(strings.undoWarning);

  await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
  await screen.findByTestId("grade-summary");
  expect(gradesOf(workbook)).toEqual(["A", "B", "C"]);
  expect(screen.queryByTestId("undo-not-grouped")).toBeNull();
  workbook.undo();
  expect(gradesOf(workbook)).toEqual(["A级", "B级", "C级"]);
});

test("en, an older host: the dialog keeps the warning that Undo may not take it back", async () => {
  const workbook = seedWorkbook();
  const { strings, user } = renderPane(workbook, { locale: "en" });
  await loaded(strings);
  const dialog = await askToGrade(strings, user);
  expect(dialog.textContent).toContain("Excel's Undo may not take this back");
  expect(dialog.textContent).not.toContain(strings.undoOneStep);
});

test("zh-TW, ExcelApi 1.20: the dialog says one step; a run the host would not group says Undo may not take it back", async () => {
  const workbook = seedWorkbook("1.20", ["Range.values"]);
  const { strings, user } = renderPane(workbook, { locale: "zh-TW", excelApi: "1.20" });
  await loaded(strings);
  const dialog = await askToGrade(strings, user);
  expect(dialog.textContent).toContain("按一次 Excel 的「復原」(Ctrl+Z) 即可還原這次全部分級");

  await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
  const summary = await screen.findByTestId("grade-summary");
  expect(gradesOf(workbook)).toEqual(["A", "B", "C"]);
  expect(summary.textContent).toContain("Excel 無法把這次寫入合併為一步復原");
});
