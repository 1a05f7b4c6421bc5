/**
 * End-to-end, in real headless Chromium (the demo page's stand-in workbook, not Excel): learn from my grades on
 * seed 000's worked example (the demo's Sheet2, 示例表, with the analyst's own A级/B级/C级), with the fit the
 * production bundle loads on demand. Learn: the thin-evidence warning, the report and the preview show; nothing
 * is written. Publish, then Grade all: the grade column reads A, B, C as the analyst gave them; going back to
 * the earlier rule set restores the default without writing the table. Discard: the workbook's rules stay as
 * they were.
 */
import type { Frame, FrameLocator, Locator } from "playwright-core";
import { type CellValue, type Lang, defaultRuleSet } from "../../src/engine";
import { fitStrings } from "../../src/taskpane/fit/i18n";
import { uiStrings } from "../../src/taskpane/i18n";
import { type DemoSession, chooseTable, gradeAll, paneFrame } from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";

const TABLE = "示例表";
const RULES_KEY = "customerGrader.ruleSet";

const suite = demoSuite();

type StandIn = {
  workbook: {
    tableValues(name: string): { headers: CellValue[]; rows: CellValue[][] };
    settings: Record<string, unknown>;
  };
};

function workbookIn(frame: Frame): Promise<{ rows: CellValue[][]; headers: CellValue[]; rules: unknown }> {
  return frame.evaluate(
    ([table, key]) => {
      const { workbook } = (window as unknown as { customerGraderStandIn: StandIn }).customerGraderStandIn;
      return { ...workbook.tableValues(table as string), rules: workbook.settings[key as string] ?? null };
    },
    [TABLE, RULES_KEY] as const,
  );
}

/**
 * Waits for `expected` after a click; if it never shows, fails with what the pane showed instead: its status
 * lines, any open dialog, any message bar, and whether the clicked button is disabled.
 */
async function expectShown(pane: FrameLocator, expected: Locator, clicked: Locator): Promise<void> {
  try {
    await expected.waitFor();
  } catch (error) {
    const texts = async (where: Locator) => (await where.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    const shown = {
      status: await texts(pane.locator('[role="status"]')),
      dialogs: await texts(pane.locator('[role="alertdialog"], [role="dialog"]')),
      messages: await texts(pane.locator(".fui-MessageBar")),
      clickedDisabled: await clicked.isDisabled().catch(() => "gone"),
    };
    throw new Error(`${String(error)}\nthe pane showed instead: ${JSON.stringify(shown)}`);
  }
}

/** Opens the demo on seed 000's table, opens the part and learns from 客户等级. */
async function learn(locale: Lang): Promise<{ demo: DemoSession; frame: Frame }> {
  const demo = await suite.open({ lang: locale });
  const frame = await paneFrame(demo.page, locale);
  await chooseTable(demo.pane, locale, TABLE, "Sheet2");
  await demo.pane.getByTestId("fit-open").click();
  const column = demo.pane.getByTestId("fit-column");
  await column.waitFor();
  await column.selectOption("客户等级");
  await demo.pane.getByRole("button", { name: fitStrings[locale].learn }).click();
  await demo.pane.getByTestId("fit-report").waitFor();
  return { demo, frame };
}

test("zh-CN: learned from seed 000's own grades, thin evidence said, published, then graded A, B, C", async () => {
  const { demo, frame } = await learn("zh-CN");
  const fit = fitStrings["zh-CN"];
  const before = await workbookIn(frame);
  expect(await demo.pane.getByTestId("fit-thin").textContent()).toContain(fit.thin(3));
  await demo.pane.getByTestId("fit-preview").waitFor();
  expect(before.rules).toBeNull(); // a draft: nothing saved, nothing written
  await demo.pane.getByRole("button", { name: fit.publish }).click();
  await demo.pane.getByTestId("fit-published").waitFor();
  const published = await workbookIn(frame);
  expect((published.rules as { id: string }).id).toMatch(/-fitted$/);
  expect(published.rows).toEqual(before.rows); // published, not yet graded: the table is as it was
  await gradeAll(demo.pane, "zh-CN");
  const graded = await workbookIn(frame);
  const grade = graded.headers.indexOf("客户等级");
  expect(graded.rows.map((r) => String(r[grade]).replace(/级$/, ""))).toEqual(["A", "B", "C"]);
  // Go back: the rules before the publish (the default) are the workbook's again.
  const ui = uiStrings["zh-CN"];
  await demo.pane.getByRole("button", { name: ui.ruleVersionsHeading }).click();
  const versions = demo.pane.getByTestId("rule-set-versions");
  const goBack = versions.getByRole("button", { name: new RegExp(`^恢复“${defaultRuleSet().name["zh-CN"]}”`) });
  await goBack.click();
  await expectShown(demo.pane, demo.pane.getByText(/已恢复并保存/), goBack);
  const back = await workbookIn(frame);
  expect((back.rules as { id: string }).id).toBe(defaultRuleSet().id);
  expect(back.rows).toEqual(graded.rows); // going back writes nothing to the table
});

test("en: discarding the learned rule set leaves the workbook's rules and table as they were", async () => {
  const { demo, frame } = await learn("en");
  const before = await workbookIn(frame);
  await demo.pane.getByRole("button", { name: fitStrings.en.discard }).click();
  await demo.pane.getByTestId("fit-discarded").waitFor();
  const after = await workbookIn(frame);
  expect(after).toEqual(before);
  expect(after.rules).toBeNull();
  expect(await demo.pane.getByRole("heading", { name: uiStrings.en.fitHeading }).count()).toBe(1);
});

test("en: an unsaved edit of the rules is previewed on the table (who it regrades) before it is saved", async () => {
  const demo = await suite.open({ lang: "en" });
  const frame = await paneFrame(demo.page, "en");
  const ui = uiStrings.en;
  await chooseTable(demo.pane, "en", TABLE, "Sheet2");
  await demo.pane.getByRole("button", { name: ui.gradesHeading }).click();
  const a = demo.pane.getByRole("spinbutton", { name: ui.thresholdLabel("Grade A") });
  await a.fill("99");
  await demo.pane.getByRole("button", { name: ui.previewRules }).click();
  const result = demo.pane.getByTestId("rules-preview-result");
  await result.waitFor();
  expect(await result.textContent()).toContain(ui.previewResult(1, 3));
  expect((await workbookIn(frame)).rules).toBeNull(); // previewed, not saved
});
