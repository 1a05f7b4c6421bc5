/** @jest-environment jsdom */
/**
 * The weights as the rule set has them, each with its share of the score: shares in whole percent that add up
 * to 100 (largest remainder), and the weights' total. Pure rounding first, then the editor in the pane.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { defaultRuleSet } from "../../src/engine";
import { percentShares } from "../../src/taskpane/rules/shares";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, openRulePart, renderPane } from "./support/pane";

describe("shares of the score in whole percent", () => {
  test.each([
    { weights: [20, 15, 15, 10, 15, 10, 5, 10], shares: [20, 15, 15, 10, 15, 10, 5, 10] },
    { weights: [1, 1, 1], shares: [34, 33, 33] },
    // Rounded one by one these are 21 + 15 + 15 + 10 + 15 + 10 + 5 + 10 = 101.
    { weights: [21, 15, 15, 10, 15, 10, 5, 10], shares: [20, 15, 15, 10, 15, 10, 5, 10] },
    { weights: [2, 1, 0], shares: [67, 33, 0] },
    { weights: [NaN, 3, 1], shares: [null, 75, 25] },
    { weights: [0, 0], shares: [null, null] },
  ])("$weights → $shares", ({ weights, shares }) => {
    expect(percentShares(weights)).toEqual(shares);
  });

  test("add up to 100 for any weights with a positive total", () => {
    for (let seed = 1; seed < 500; seed += 1) {
      const weights = Array.from({ length: 1 + (seed % 9) }, (_, i) => ((seed * (i + 7) * 7919) % 97) / 3);
      if (weights.every((w) => w === 0)) continue;
      const shares = percentShares(weights);
      expect(shares.reduce<number>((sum, s) => sum + (s ?? 0), 0)).toBe(100);
    }
  });
});

describe("the weights editor", () => {
  test("shows each weight as the rule set has it, shares adding up to 100 %, and the total, as a weight changes", async () => {
    const { strings, user } = renderPane(
      workbookWith(
        "客户表",
        SEED_HEADERS,
        SEED_ROWS.map((r) => [...r]),
      ),
    );
    await loaded(strings);
    await openRulePart(strings.rulesHeading, user);
    const dimensions = defaultRuleSet().dimensions;
    const shown = () =>
      within(screen.getByTestId("weights"))
        .getAllByTestId("weight-share")
        .map((s) => Number(/(\d+)%/.exec(s.textContent ?? "")?.[1]));
    expect(shown()).toEqual(dimensions.map((d) => d.weight));
    expect(screen.getByTestId("weights-total").textContent).toBe(strings.weightsTotal(100));
    const volume = screen.getByRole("spinbutton", { name: strings.weightLabel(dimensions[0]!.label.en) });
    await user.clear(volume);
    await user.type(volume, "21");
    expect((volume as HTMLInputElement).value).toBe("21");
    expect(shown().reduce((a, b) => a + b, 0)).toBe(100);
    expect(shown()).toEqual([20, 15, 15, 10, 15, 10, 5, 10]);
    expect(screen.getByTestId("weights-total").textContent).toBe(strings.weightsTotal(101));
  });
});
