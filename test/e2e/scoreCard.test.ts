/**
 * The score card's explanation in real Chromium, at the narrowest pane (320 px): with every dimension opened,
 * nothing in the card sticks out sideways and no Latin word or number is broken across two lines; axe finds
 * nothing serious or critical. Customers of the demo's sample table: one with a manual grade and a change that
 * would lift it, one capped; and seed 000's table, graded on half its dimensions.
 */
import type { Frame } from "playwright-core";
import type { Lang } from "../../src/engine";
import { describeViolations, runAxe } from "./support/axe";
import { type DemoSession, chooseTable, paneFrame } from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";
import { sampleAddress } from "./support/expected";

const suite = demoSuite();

/** Opens the demo with the pane 320 px wide and the table bound. */
async function openNarrow(locale: Lang, table: string, sheet: string): Promise<{ demo: DemoSession; frame: Frame }> {
  const demo = await suite.open({ lang: locale });
  await demo.page.evaluate(() => {
    const main = document.querySelector("main");
    const pane = document.getElementById("pane");
    if (main) main.style.gridTemplateColumns = "1fr 320px";
    if (pane) pane.style.width = "320px";
  });
  const frame = await paneFrame(demo.page, locale);
  await frame.waitForFunction(() => document.documentElement.clientWidth <= 320);
  await chooseTable(demo.pane, locale, table, sheet);
  return { demo, frame };
}

/** Selects a customer's row in the grid and opens every dimension of its card. */
async function showCustomer(demo: DemoSession, frame: Frame, address: string, name: string): Promise<void> {
  await demo.page.locator(`td[data-address="${address}"]`).click();
  const card = demo.pane.getByTestId("score-card");
  await card.getByText(name).first().waitFor();
  await card.getByTestId("score-card-thresholds").waitFor();
  await frame.evaluate(() => {
    for (const details of document.querySelectorAll('[data-testid="score-card"] details'))
      details.setAttribute("open", "");
  });
}

/**
 * What of the card sticks out past its own right edge or the pane's, and each Latin word or number of the card
 * broken across lines.
 */
function layoutProblems(frame: Frame) {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const card = document.querySelector('[data-testid="score-card"]');
    if (!card) return { width, cardRight: Infinity, cardScrollWidth: 0, cardWidth: 0, wide: ["no card"], broken: [] };
    const cardRight = card.getBoundingClientRect().right;
    const where = (el: Element): string =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 40)}" in ${el.closest("[data-testid]")?.getAttribute("data-testid")}`;
    const wide = [...card.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > Math.min(width, cardRight) + 0.5)
      .map(where);
    const broken: string[] = [];
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      // A run of Latin letters, digits and the marks inside numbers: it may only break where a space is.
      for (const match of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.,%/≥()'"-]*/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`"${match[0]}" in ${where(node.parentElement as Element)}`);
      }
    }
    return { width, cardRight, cardScrollWidth: card.scrollWidth, cardWidth: card.clientWidth, wide, broken };
  });
}

async function expectLaidOut(frame: Frame): Promise<void> {
  const layout = await layoutProblems(frame);
  expect(layout.width).toBeLessThanOrEqual(320);
  expect(layout.cardRight).toBeLessThanOrEqual(layout.width);
  expect(layout.wide).toEqual([]);
  expect(layout.broken).toEqual([]);
  expect(layout.cardScrollWidth).toBeLessThanOrEqual(layout.cardWidth);
}

async function seriousViolations(frame: Frame, moment: string): Promise<string> {
  await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const violations = await runAxe(frame);
  if (violations.length > 0) console.log(`axe (${moment}):\n${describeViolations(violations)}`);
  return describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"));
}

describe("the score card's explanation at 320 px", () => {
  it.each(["en", "zh-CN"] as const)(
    "nothing overflows or breaks mid-word, and axe finds nothing serious, for a manual, a capped and a seed customer (%s)",
    async (locale) => {
      const { demo, frame } = await openNarrow(locale, "客户表", "Sheet1");
      const customers = [
        ["远航国际货代公司", 19],
        ["宏远钢铁贸易公司", 15],
      ] as const;
      for (const [name, row] of customers) {
        await showCustomer(demo, frame, sampleAddress("客户名称", row), name);
        await demo.pane.getByTestId("score-card-lift").waitFor();
        await expectLaidOut(frame);
        expect(await seriousViolations(frame, `score card of ${name}, ${locale}`)).toBe("");
      }
      await chooseTable(demo.pane, locale, "示例表", "Sheet2");
      await demo.page.getByRole("tab", { name: "Sheet2" }).click();
      await showCustomer(demo, frame, "Sheet2!A3", "YY贸易公司");
      await demo.pane.getByTestId("score-card-not-assessed").first().waitFor();
      await expectLaidOut(frame);
      expect(await seriousViolations(frame, `score card of seed 000, ${locale}`)).toBe("");
    },
  );
});
