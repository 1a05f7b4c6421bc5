/** @jest-environment jsdom */
/**
 * The rules editor's switch between the bound table's own rules and the workbook's: it says which rules are in
 * force, the editor edits those, another table shows its own, and grades are marked out of date after a switch.
 * A table whose own rules cannot be read is said so. Real adapter, simulated workbook.
 */
import "./support/dom";
import { screen, waitFor } from "@testing-library/react";
import { defaultRuleSet } from "../../src/engine";
import type { UiStrings } from "../../src/taskpane/i18n";
import { twoSeedTables } from "../excel/fixtures";
import { loaded, openRulePart, renderPane } from "./support/pane";

const BY_TABLE = "customerGrader.ruleSetByTable";
const volume = defaultRuleSet().dimensions[0]!;

/** Two tables of the seed customers, the first one bound. */
const twoTables = (settings: Record<string, unknown> = {}) =>
  twoSeedTables({
    "customerGrader.binding": { tableName: "NorthCustomers", tableId: "{N}", overrides: {} },
    ...settings,
  });

const ownSwitch = (strings: UiStrings) =>
  screen.getByRole("switch", { name: strings.tableRulesSwitch }) as HTMLInputElement;
const inForce = () => screen.getByTestId("table-rules-in-force").textContent;

test("in English: the table gets rules of its own, the editor edits them, and each table shows its own", async () => {
  const workbook = twoTables();
  const { strings, user } = renderPane(workbook, { locale: "en" });
  await loaded(strings);
  await waitFor(() => expect(inForce()).toBe(strings.tableRulesShared("NorthCustomers")));
  expect(ownSwitch(strings).checked).toBe(false);

  await user.click(ownSwitch(strings));
  await waitFor(() => expect(ownSwitch(strings).checked).toBe(true));
  expect(inForce()).toBe(strings.tableRulesOwn("NorthCustomers"));
  expect(Object.keys(workbook.settings[BY_TABLE] as object)).toEqual(["{N}"]);

  // The editor now saves the table's own rules; the workbook's stay as they were (none saved).
  expect(screen.queryByTestId("grades-stale")).toBeNull(); // the rules in force grade as before
  await openRulePart(strings.rulesHeading, user);
  const weight = () =>
    screen.getByRole("spinbutton", { name: strings.weightLabel(volume.label.en) }) as HTMLInputElement;
  await user.clear(weight());
  await user.type(weight(), "45");
  await user.click(screen.getByTestId("rules-save"));
  await screen.findByText(strings.rulesSavedForTable("NorthCustomers"));
  // A copy of the workbook's rules switched in graded as before; the save changed them.
  expect((await screen.findByTestId("grades-stale")).textContent).toContain(strings.gradesStale.rules);
  const entry = (workbook.settings[BY_TABLE] as Record<string, { json: { dimensions: { weight: number }[] } }>)["{N}"];
  expect(entry?.json.dimensions[0]?.weight).toBe(45);
  expect(workbook.settings["customerGrader.ruleSet"]).toBeUndefined();

  // Another table shares the workbook's rules: the switch, the line under it and the editor say so.
  await user.selectOptions(screen.getByTestId("table-picker"), "SouthCustomers");
  await waitFor(() => expect(inForce()).toBe(strings.tableRulesShared("SouthCustomers")));
  expect(ownSwitch(strings).checked).toBe(false);
  await waitFor(() => expect(weight().value).toBe(String(volume.weight)));

  await user.selectOptions(screen.getByTestId("table-picker"), "NorthCustomers");
  await waitFor(() => expect(inForce()).toBe(strings.tableRulesOwn("NorthCustomers")));
  expect(ownSwitch(strings).checked).toBe(true);
  await waitFor(() => expect(weight().value).toBe("45"));

  // Resetting them asks about this table's rules, not the workbook's.
  await user.click(screen.getByTestId("rules-reset"));
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog.textContent).toContain(strings.replaceRulesTitle("NorthCustomers"));
  expect(dialog.textContent).toContain(strings.replaceRulesBody(false, true, "NorthCustomers"));
  expect(dialog.textContent).not.toContain(strings.replaceRulesTitle(null));
});

test("in Simplified Chinese: unreadable own rules are said so, and the switch starts them again or shares the workbook's", async () => {
  const broken = { format: "customer-grader/rules", version: 1, grades: "A" };
  const workbook = twoTables({ [BY_TABLE]: { "{N}": { json: broken, versions: [] } } });
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  const message = await screen.findByTestId("table-rules-unreadable");
  expect(message.textContent).toContain("本表自己的规则无法读取");
  expect(message.textContent).toContain("“NorthCustomers”保存的规则无法读取");
  expect(ownSwitch(strings).checked).toBe(false);
  expect(screen.getByRole("switch", { name: "本表使用自己的规则" })).toBeTruthy();
  expect(inForce()).toBe(
    "“NorthCustomers”按工作簿的规则分级，与其他未使用自己规则的表格及 =CG.* 公式共用：这里的修改对它们都有效。",
  );

  await user.click(ownSwitch(strings));
  await waitFor(() => expect(ownSwitch(strings).checked).toBe(true));
  expect(screen.queryByTestId("table-rules-unreadable")).toBeNull();
  expect(inForce()).toBe("“NorthCustomers”按自己的规则分级：这里的修改只用于本表，=CG.* 公式仍按工作簿的规则。");
  // A copy of the workbook's rules, which were in force: the grades are not out of date.
  expect(screen.queryByTestId("grades-stale")).toBeNull();

  await user.click(ownSwitch(strings));
  await waitFor(() => expect(ownSwitch(strings).checked).toBe(false));
  // Kept, turned off: the table shares the workbook's rules, and its own come back when turned on again.
  expect((workbook.settings[BY_TABLE] as Record<string, { shared?: boolean }>)["{N}"]?.shared).toBe(true);
  expect(inForce()).toBe(strings.tableRulesShared("NorthCustomers"));
});
