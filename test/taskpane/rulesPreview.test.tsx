/** @jest-environment jsdom */
/**
 * Previewing unsaved rules on the bound table (the real adapter over the simulator, not Excel): how many
 * customers the change regrades and who, before anything is saved or written.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, renderPane, openRulePart } from "./support/pane";

const RULES_KEY = "customerGrader.ruleSet";

test("a raised A threshold: the preview names the customer who falls to B, and nothing is saved or written", async () => {
  const workbook = workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
  const before = workbook.tableValues("客户表");
  const { strings, user } = renderPane(workbook);
  await loaded(strings);
  expect(screen.queryByTestId("rules-preview")).toBeNull(); // nothing to preview before an edit
  await openRulePart(strings.gradesHeading, user);
  const a = screen.getByRole("spinbutton", { name: strings.thresholdLabel("Grade A") });
  await user.clear(a);
  await user.type(a, "99");
  await user.click(
    within(await screen.findByTestId("rules-preview")).getByRole("button", { name: strings.previewRules }),
  );
  const result = await screen.findByTestId("rules-preview-result");
  expect(result.textContent).toContain(strings.previewResult(1, 3));
  expect(result.textContent).toContain(`${SEED_ROWS[0]?.[0]}: A → B`);
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
  expect(workbook.tableValues("客户表")).toEqual(before);
  // Another edit makes the preview stale: it goes away until asked again.
  await user.type(a, "{backspace}8");
  expect(screen.queryByTestId("rules-preview-result")).toBeNull();
});

test("rules that do not validate are not previewed: the analyst is sent to save's list of problems", async () => {
  const workbook = workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await openRulePart(strings.gradesHeading, user);
  await user.clear(screen.getByRole("spinbutton", { name: strings.thresholdLabel("A级") }));
  await user.click(
    within(await screen.findByTestId("rules-preview")).getByRole("button", { name: strings.previewRules }),
  );
  expect(await screen.findByText(strings.previewInvalid)).toBeTruthy();
});
