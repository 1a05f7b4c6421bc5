/** @jest-environment jsdom */
/**
 * Learn from my grades, in the pane on the real adapter over the simulator (not Excel): opened on demand, the
 * analyst's column chosen, learned with progress, the report and the preview of what publishing would change;
 * publish saves the rule set in the workbook, discard leaves everything as it was, Cancel stops; the table is
 * never written by any of it. In three languages.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { LANGS, type Lang } from "../../src/engine";
import { fitStrings } from "../../src/taskpane/fit/i18n";
import { GRADE_HEADER, type TableLang, drawCustomers, gradesOf, tableOf } from "../support/hiddenAnalysts";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { heldHost, loaded, renderPane } from "./support/pane";
import type { CellValue } from "../../src/engine";

const RULES_KEY = "customerGrader.ruleSet";

function analystWorkbook(lang: TableLang, count: number) {
  const customers = drawCustomers(404, count, lang);
  const table = tableOf(customers, gradesOf("capped", customers, 4), lang, 4);
  const cell = (v: CellValue): string | number | boolean | null => v ?? null;
  return workbookWith(
    "客户表",
    table.headers.map((h) => String(h)),
    table.rows.map((r) => r.map(cell)),
  );
}

async function openFit(user: { click: (e: Element) => Promise<void> }, openLabel: string) {
  const section = await screen.findByTestId("fit-section");
  await user.click(within(section).getByRole("button", { name: openLabel }));
  return screen.findByTestId("fit-panel");
}

describe.each(LANGS)("in %s", (locale: Lang) => {
  test("seed 000: learned from its own grade column, thin evidence said, published into the workbook's rules", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS,
      SEED_ROWS.map((r) => [...r]),
    );
    const before = workbook.tableValues("客户表");
    const { strings, user } = renderPane(workbook, { locale });
    const fit = fitStrings[locale];
    await loaded(strings);
    await openFit(user, strings.fitOpen);
    expect((screen.getByTestId("fit-column") as HTMLSelectElement).value).toBe("客户等级");
    await user.click(screen.getByRole("button", { name: fit.learn }));
    const report = await screen.findByTestId("fit-report");
    expect(within(report).getByTestId("fit-thin").textContent).toContain(fit.thin(3));
    expect(report.textContent).toContain(fit.differencesNone);
    expect(screen.getByTestId("fit-confusion").textContent).toContain("A");
    expect(workbook.settings[RULES_KEY]).toBeUndefined(); // a draft: nothing saved yet
    await user.click(screen.getByRole("button", { name: fit.publish }));
    await screen.findByTestId("fit-published");
    expect((workbook.settings[RULES_KEY] as { id: string }).id).toMatch(/-fitted$/);
    expect(workbook.tableValues("客户表")).toEqual(before); // published, not graded: the table is as it was
  });
});

test("a capped analyst's table: the report, the preview of what publishing changes, and discard keeps everything", async () => {
  const workbook = analystWorkbook("zh-TW", 120);
  const before = workbook.tableValues("客户表");
  const { strings, user } = renderPane(workbook, { locale: "zh-TW" });
  const fit = fitStrings["zh-TW"];
  await loaded(strings);
  await openFit(user, strings.fitOpen);
  expect((screen.getByTestId("fit-column") as HTMLSelectElement).value).toBe(GRADE_HEADER["zh-TW"]);
  await user.click(screen.getByRole("button", { name: fit.learn }));
  const report = await screen.findByTestId("fit-report");
  expect(within(report).getByTestId("fit-agreement").textContent).toMatch(/5 折交叉驗證/);
  expect(screen.getByTestId(/fit-verdict-(good|fair)/)).toBeTruthy();
  // The rules today grade most of these customers otherwise: the preview names who would change.
  const preview = screen.getByTestId("fit-preview");
  expect(preview.textContent).toMatch(/發佈後，120 個客戶中有 \d+ 個的等級會改變/);
  expect(within(preview).getAllByRole("listitem").length).toBeGreaterThan(0);
  await user.click(screen.getByRole("button", { name: fit.discard }));
  await screen.findByTestId("fit-discarded");
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
  expect(workbook.tableValues("客户表")).toEqual(before);
});

test("after Grade all, the add-in's own grade column is flagged: it holds the add-in's grades, not the analyst's", async () => {
  const workbook = workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
  const { strings, user } = renderPane(workbook, { locale: "en" });
  await loaded(strings);
  const gradeAll = await screen.findByRole("button", { name: strings.gradeAll });
  await user.click(gradeAll);
  await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
  await screen.findByTestId("grade-summary");
  await openFit(user, strings.fitOpen);
  expect((screen.getByTestId("fit-column") as HTMLSelectElement).value).toBe("客户等级");
  expect(screen.getByText(fitStrings.en.ownGradeColumn)).toBeTruthy();
  await user.selectOptions(screen.getByTestId("fit-column"), "备注");
  expect(screen.queryByText(fitStrings.en.ownGradeColumn)).toBeNull();
});

test("a column with one kind of grade is refused in the analyst's words", async () => {
  const rows = SEED_ROWS.map((r) => r.map((v, i) => (SEED_HEADERS[i] === "客户等级" ? "A级" : v)));
  const workbook = workbookWith("客户表", SEED_HEADERS, rows);
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await openFit(user, strings.fitOpen);
  await user.click(screen.getByRole("button", { name: fitStrings["zh-CN"].learn }));
  const error = await screen.findByTestId("fit-error");
  expect(error.textContent).toContain("客户等级");
  expect(error.textContent).toContain("至少");
});

test("Cancel while the table is read stops, and nothing is saved", async () => {
  const workbook = analystWorkbook("en", 60);
  const held = heldHost(workbook);
  const { strings, user } = renderPane(workbook, { locale: "en", host: held.host });
  const fit = fitStrings.en;
  await loaded(strings);
  await openFit(user, strings.fitOpen);
  held.holdFrom(held.syncs() + 1); // the read's first sync waits
  await user.click(screen.getByRole("button", { name: fit.learn }));
  await user.click(await screen.findByRole("button", { name: fit.cancel }));
  held.release();
  await screen.findByTestId("fit-cancelled");
  expect(screen.queryByTestId("fit-report")).toBeNull();
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
});

test("every fit text is there in every language, and the Chinese ones are not English", () => {
  const render = (locale: Lang, key: string): string => {
    const value: unknown = fitStrings[locale][key as keyof (typeof fitStrings)["en"]];
    return typeof value === "function" ? String((value as (...a: unknown[]) => unknown)(3, 5, 60, 5)) : String(value);
  };
  for (const locale of LANGS)
    for (const key of Object.keys(fitStrings.en)) {
      expect(render(locale, key).trim()).not.toBe("");
      if (locale !== "en") expect(render(locale, key)).not.toBe(render("en", key));
    }
});
