/** @jest-environment jsdom */
/**
 * The score card explains a grade well enough to act on it: each dimension's weight and points out of its
 * maximum, each criterion's value with its cell, points and why, the thresholds, the dimensions not assessed and
 * why, a manual or capped grade beside the score's own, and what single change would reach the next grade. Real
 * adapter on the simulator; the sample table sits at B2 of 客户, so data row r is sheet row r + 3.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import sample from "../../samples/logistics-customers.json";
import { type CellValue, defaultRuleSet } from "../../src/engine";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

const sampleWorkbook = () =>
  workbookWith(
    "客户表",
    sample.headers,
    sample.rows.map((r) => [...r] as (string | number | null)[]),
  );
const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
const rowOf = (rows: readonly (readonly CellValue[])[], name: string): number => rows.findIndex((r) => r[0] === name);
const rules = defaultRuleSet();
const dimensionLabel = (id: string) => rules.dimensions.find((d) => d.id === id)?.label;
const criterionLabel = (id: string) => rules.dimensions.flatMap((d) => d.criteria).find((c) => c.id === id)?.label;

/** Opens the pane with the customer's row selected and waits for the detailed part. */
async function cardFor(workbook: ReturnType<typeof workbookWith>, row: number, locale: "en" | "zh-CN") {
  workbook.userSelect("客户", row + 2, 1);
  const pane = renderPane(workbook, { locale });
  await loaded(pane.strings);
  const card = await screen.findByTestId("score-card");
  await within(card).findByTestId("score-card-thresholds");
  return { card, ...pane };
}

describe("the score card's explanation (en)", () => {
  test("shows each dimension's weight and points out of its maximum, and each criterion's value with its cell and why", async () => {
    const workbook = sampleWorkbook();
    const { card, user } = await cardFor(workbook, rowOf(sample.rows, "锦绣纺织品进出口公司"), "en");
    const volume = within(card).getByTestId("score-card-dimension-volume");
    expect(volume.textContent).toContain(dimensionLabel("volume")?.en);
    expect(volume.textContent).toContain("weight 20% · 9/20 pts");
    const safety = within(card).getByTestId("score-card-dimension-safety") as HTMLDetailsElement;
    expect(safety.open).toBe(false);
    await user.click(within(safety).getByText(dimensionLabel("safety")?.en ?? ""));
    expect(safety.open).toBe(true);
    const onTime = within(safety)
      .getByText(criterionLabel("on-time-payment")?.en ?? "")
      .closest("li");
    // 准时付款率 is the table's 21st column (V, the table starts at B); row 4 of the data is sheet row 7.
    expect(onTime?.textContent).toContain("88% (V7) · in proportion from 60% (0) to 100% (100)");
    expect(onTime?.textContent).toContain("70 pts");
    expect(card.textContent).toContain("Grade thresholds: A ≥ 80 · B ≥ 50 · C ≥ 30 · D ≥ 0");
  });

  test("says when no single change reaches the next grade, and which criteria it could not look at", async () => {
    const workbook = sampleWorkbook();
    const { card } = await cardFor(workbook, rowOf(sample.rows, "锦绣纺织品进出口公司"), "en");
    const lift = within(card).getByTestId("score-card-lift");
    expect(lift.textContent).toContain("To reach A: no change of one input is enough; several must improve");
    expect(lift.textContent).toContain(
      `${criterionLabel("annual-amount-rank")?.en}: ranked against the other customers`,
    );
  });

  test("a capped grade shows the score's own grade beside it, and the cap's condition instead of a change", async () => {
    const workbook = sampleWorkbook();
    const { card } = await cardFor(workbook, rowOf(sample.rows, "宏远钢铁贸易公司"), "en");
    expect(within(card).getByTestId("score-card-basis").textContent).toBe("Capped at C · by score B");
    expect(within(card).getByTestId("score-card-lift").textContent).toContain(
      "To reach B: lift the cap first (Days overdue > 90 and Outstanding balance > 0)",
    );
  });
});

describe("the score card's explanation (zh-CN)", () => {
  test("a manual grade shows the score's own grade, and the change that would reach the next grade with its cell", async () => {
    const workbook = sampleWorkbook();
    const row = rowOf(sample.rows, "远航国际货代公司");
    const { card } = await cardFor(workbook, row, "zh-CN");
    await waitFor(() =>
      expect(within(card).getByTestId("score-card-basis").textContent).toBe("人工等级 A · 按分数为 B"),
    );
    const lift = within(card).getByTestId("score-card-lift");
    expect(lift.textContent).toContain("升到 A（任改一项即可）：");
    // 毛利率 is the table's 20th column (U); data row 19 is sheet row 22.
    expect(lift.textContent).toContain("毛利率 达到 18%（现为 10%）");
    expect(lift.textContent).toContain(`U${row + 3}`);
  });

  test("names the dimensions not assessed and why, the rescaled weights, and a word read from its cell", async () => {
    const workbook = seedWorkbook();
    const { card } = await cardFor(workbook, rowOf(SEED_ROWS, "YY贸易公司"), "zh-CN");
    const notes = within(card)
      .getAllByTestId("score-card-not-assessed")
      .map((n) => n.textContent);
    expect(notes).toContain(`未评估：${dimensionLabel("safety")?.["zh-CN"]}（该行没有可评分的数据）`);
    expect(notes.find((n) => n?.startsWith(`未评估：${dimensionLabel("volume")?.["zh-CN"]}（表中没有`))).toBeTruthy();
    const cooperation = within(card).getByTestId("score-card-dimension-cooperation");
    expect(cooperation.textContent).toContain("权重 37.5% · 15/37.5 分");
    expect(cooperation.textContent).toContain("规则中 15%");
    const financial = within(card).getByTestId("score-card-dimension-financial");
    // 财务状况 is the table's 6th column (G); YY is data row 1, sheet row 4.
    expect(financial.textContent).toContain("一般,偶尔合作（G4） · “一般” → 55");
  });
});
