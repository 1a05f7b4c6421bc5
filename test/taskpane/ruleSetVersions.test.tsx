/** @jest-environment jsdom */
/**
 * Earlier rule sets in the rules editor: after a save replaces the workbook's rules they are listed with when
 * they were replaced; going back saves the earlier ones and shows them in the editor, asking first only over
 * unsaved edits; nothing in the table changes until the analyst grades again.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { defaultRuleSet } from "../../src/engine";
import { formatSavedAt } from "../../src/taskpane/rules/savedAt";
import type { UiStrings } from "../../src/taskpane/i18n";
import { SEED_HEADERS, SEED_ROWS, TODAY, workbookWith } from "../excel/fixtures";
import { loaded, renderPane, openRulePart } from "./support/pane";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
type User = ReturnType<typeof renderPane>["user"];
const volume = defaultRuleSet().dimensions[0]!;
const savedWeight = (workbook: ReturnType<typeof seedWorkbook>) =>
  (workbook.settings["customerGrader.ruleSet"] as { dimensions: { weight: number }[] } | undefined)?.dimensions[0]
    ?.weight;
/** When the fixtures' clock says every rule set was replaced, as the English pane writes it. */
const WHEN = formatSavedAt(TODAY().toISOString(), "en");

const weightInput = (strings: UiStrings) =>
  screen.getByRole("spinbutton", { name: strings.weightLabel(volume.label.en) }) as HTMLInputElement;

async function typeWeight(strings: UiStrings, user: User, weight: string): Promise<void> {
  await user.clear(weightInput(strings));
  await user.type(weightInput(strings), weight);
}

/** Saves the first dimension's weight as each of `weights` in turn, through the editor. */
async function saveWeights(strings: UiStrings, user: User, ...weights: string[]): Promise<void> {
  await openRulePart(strings.rulesHeading, user);
  for (const weight of weights) {
    await typeWeight(strings, user, weight);
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
  }
}

const versionsHeading = (strings: UiStrings) => screen.queryByRole("button", { name: strings.ruleVersionsHeading });
const goBackButtons = () =>
  within(screen.getByTestId("rule-set-versions")).getAllByRole("button", { name: /^Go back to / });

test("the earlier rule sets are listed once a save has replaced the workbook's rules, newest first", async () => {
  const workbook = seedWorkbook();
  const { strings, user, adapter } = renderPane(workbook);
  await loaded(strings);
  expect(versionsHeading(strings)).toBeNull();
  await saveWeights(strings, user, "35", "40");
  await user.click(versionsHeading(strings)!);
  const items = within(screen.getByTestId("rule-set-versions")).getAllByRole("listitem");
  expect(items).toHaveLength(2);
  // The default with a weight changed was saved under a name of its own; the first one replaced is the default.
  const ownName = /My logistics customer grading \(\d{4}-\d{2}-\d{2}\)/;
  expect(items[0]?.textContent).toMatch(ownName);
  expect(items[1]?.textContent).toContain(defaultRuleSet().name.en);
  for (const item of items) expect(item.textContent).toContain(strings.ruleVersionReplaced(WHEN));
  expect(
    adapter.ruleSetVersions().map((v) => (v.json as { dimensions: { weight: number }[] }).dimensions[0]?.weight),
  ).toEqual([35, 20]);
  const own = adapter.ruleSet().name.en;
  expect(own).toMatch(ownName);
  expect(goBackButtons().map((b) => b.getAttribute("aria-label"))).toEqual([
    strings.goBackToVersionFor(own, WHEN),
    strings.goBackToVersionFor(defaultRuleSet().name.en, WHEN),
  ]);
});

test("Go back saves the earlier rule set, shows it in the editor and lists the replaced one; the table is not written", async () => {
  const workbook = seedWorkbook();
  const { strings, user, adapter } = renderPane(workbook);
  await loaded(strings);
  await saveWeights(strings, user, "35", "40");
  const table = JSON.stringify(workbook.tableValues("客户表"));
  await user.click(versionsHeading(strings)!);
  await user.click(goBackButtons()[0]!);
  // The editor was clean and the rules it replaces are kept: nothing to ask.
  await screen.findByText(strings.rulesWentBack(WHEN));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  await waitFor(() => expect(weightInput(strings).value).toBe("35"));
  expect(adapter.ruleSet().dimensions[0]?.weight).toBe(35);
  expect(savedWeight(workbook)).toBe(35);
  expect(goBackButtons()).toHaveLength(3);
  expect(JSON.stringify(workbook.tableValues("客户表"))).toBe(table);
  // Going back again undoes it: the newest earlier rule set is the one just replaced.
  await user.click(goBackButtons()[0]!);
  await waitFor(() => expect(weightInput(strings).value).toBe("40"));
  expect(adapter.ruleSet().dimensions[0]?.weight).toBe(40);
});

test("Go back over unsaved edits asks first: Cancel keeps the edits and saves nothing, Replace goes back", async () => {
  const workbook = seedWorkbook();
  const { strings, user, adapter } = renderPane(workbook);
  await loaded(strings);
  await saveWeights(strings, user, "35", "40");
  await typeWeight(strings, user, "50");
  await user.click(versionsHeading(strings)!);
  await user.click(goBackButtons()[0]!);
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog.textContent).toContain(strings.replaceRulesBody(true, false, null));
  await user.click(within(dialog).getByRole("button", { name: strings.cancel }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  // The rest of the pane is hidden from the accessibility tree until the closing dialog has gone: wait for it.
  await waitFor(() => expect(weightInput(strings).value).toBe("50"));
  expect(savedWeight(workbook)).toBe(40);
  expect(adapter.ruleSetVersions()).toHaveLength(2);

  await user.click(goBackButtons()[0]!);
  await user.click(await screen.findByTestId("confirm-rules-replace"));
  await screen.findByText(strings.rulesWentBack(WHEN));
  await waitFor(() => expect(weightInput(strings).value).toBe("35"));
  expect(savedWeight(workbook)).toBe(35);
});

/**
 * Whether each Go back button was disabled at the moment the Grade all summary entered the page, read in the
 * mutation observer's microtask: before any later task (a deferred effect) can change the pane again.
 */
function goBackStateWhenSummaryAppears(): { readonly disabled: (boolean | null)[] } {
  const seen: { disabled: (boolean | null)[] } = { disabled: [] };
  const observer = new MutationObserver(() => {
    if (seen.disabled.length > 0 || document.querySelector('[data-testid="grade-summary"]') === null) return;
    // By element, not role: the page may still be hidden behind the closing confirmation.
    const buttons = document.querySelectorAll<HTMLButtonElement>('[data-testid="rule-set-versions"] button');
    seen.disabled = [...buttons].map((b) => b.disabled);
    observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return seen;
}

test("once Grade all's summary shows, Go back can be pressed: the rules are unlocked in the same commit", async () => {
  const workbook = seedWorkbook();
  const { strings, user } = renderPane(workbook);
  await loaded(strings);
  await saveWeights(strings, user, "35");
  await user.click(versionsHeading(strings)!);
  expect((goBackButtons()[0] as HTMLButtonElement).disabled).toBe(false);
  const seen = goBackStateWhenSummaryAppears();
  await user.click(screen.getByRole("button", { name: strings.gradeAll }));
  // While the run asks and runs, going back would grade part of the table with each rule set.
  await waitFor(() => expect((goBackButtons()[0] as HTMLButtonElement).disabled).toBe(true));
  await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
  await screen.findByTestId("grade-summary");
  // A click landing as the summary shows must not meet a button that a later render only then enables.
  expect(seen.disabled).toEqual([false]);
  await user.click(goBackButtons()[0]!);
  await screen.findByText(strings.rulesWentBack(WHEN));
});

test("the list and the status are in the pane's language", async () => {
  const workbook = seedWorkbook();
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await openRulePart(strings.rulesHeading, user);
  const input = screen.getByRole("spinbutton", { name: strings.weightLabel(volume.label["zh-CN"]) });
  await user.clear(input);
  await user.type(input, "35");
  await user.click(screen.getByTestId("rules-save"));
  await screen.findByText(strings.rulesSaved);
  await user.click(versionsHeading(strings)!);
  const when = formatSavedAt(TODAY().toISOString(), "zh-CN");
  const item = within(screen.getByTestId("rule-set-versions")).getByRole("listitem");
  expect(item.textContent).toContain(defaultRuleSet().name["zh-CN"]);
  expect(item.textContent).toContain(strings.ruleVersionReplaced(when));
  await user.click(
    within(item).getByRole("button", { name: strings.goBackToVersionFor(defaultRuleSet().name["zh-CN"], when) }),
  );
  await screen.findByText(strings.rulesWentBack(when));
});

test("when a rule set was replaced is written as each language writes a date and a time", () => {
  const savedAt = "2026-12-07T10:32:00.000Z";
  expect(formatSavedAt(savedAt, "en", "UTC")).toMatch(/^Dec 7, 2026, 10:32\sAM$/);
  expect(formatSavedAt(savedAt, "zh-CN", "UTC")).toBe("2026年12月7日 10:32");
  expect(formatSavedAt(savedAt, "zh-TW", "UTC")).toBe("2026年12月7日 上午10:32");
  expect(formatSavedAt(savedAt, "zh-CN", "Asia/Shanghai")).toBe("2026年12月7日 18:32");
});
