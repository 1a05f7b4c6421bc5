/**
 * End-to-end, in headless Chromium on the demo page at 320 px: the rules switch gives the bound table rules of its
 * own and back; the line under it says which rules are in force; another table shows its own; the grades are
 * marked out of date once its own rules are changed; no word breaks and axe finds nothing serious. In Simplified Chinese and English.
 */
import { uiStrings } from "../../src/taskpane/i18n";
import { chooseTable } from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";
import { expectWordsWholeAndNothingWide, openNarrow, seriousViolations } from "./support/layout";

const suite = demoSuite();

describe.each(["zh-CN", "en"] as const)("rules of the table's own (%s)", (locale) => {
  const strings = uiStrings[locale];

  it("turns on for one table, leaves the other sharing the workbook's, and turns off again", async () => {
    const { demo, frame } = await openNarrow(suite, locale);
    const { pane } = demo;
    await chooseTable(pane, locale, "示例表", "Sheet2");
    const own = pane.getByRole("switch", { name: strings.tableRulesSwitch });
    const inForce = pane.getByTestId("table-rules-in-force");
    await inForce.getByText(strings.tableRulesShared("示例表")).waitFor();
    expect(await own.isChecked()).toBe(false);

    await own.click();
    await inForce.getByText(strings.tableRulesOwn("示例表")).waitFor();
    expect(await own.isChecked()).toBe(true);
    // A copy of the workbook's rules grades as before; the table's own rules changed and saved do not.
    await pane.getByRole("button", { name: strings.rulesHeading, exact: true }).click();
    const weight = pane.getByTestId("weights").getByRole("spinbutton").first();
    await weight.fill("45");
    await pane.getByTestId("rules-save").click();
    await pane.getByText(strings.rulesSavedForTable("示例表")).waitFor();
    await pane.getByTestId("grades-stale").waitFor();
    await own.scrollIntoViewIfNeeded();
    await expectWordsWholeAndNothingWide(frame);
    expect(await seriousViolations(frame, `own rules on, ${locale}`)).toBe("");

    await chooseTable(pane, locale, "客户表", "Sheet1");
    await inForce.getByText(strings.tableRulesShared("客户表")).waitFor();
    expect(await own.isChecked()).toBe(false);

    await chooseTable(pane, locale, "示例表", "Sheet2");
    await inForce.getByText(strings.tableRulesOwn("示例表")).waitFor();
    await own.click();
    await inForce.getByText(strings.tableRulesShared("示例表")).waitFor();
    expect(await own.isChecked()).toBe(false);
    await expectWordsWholeAndNothingWide(frame);
  });
});
